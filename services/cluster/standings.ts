import { groupBy } from '../core/loaders';
import { CriterionKind } from './entities/scoring-criterion';

/** What a standing reads of a criterion: the database's rows and the seed's alike. */
export interface CriterionPoints {
  id: string;
  clusterId: string;
  kind: CriterionKind;
  maxPoints: number;
}

/** What a standing reads of a score. */
export interface ScorePoints {
  clusterId: string;
  districtId: string;
  criterionId: string;
  points: number;
}

/** A member district's total on its cluster's table for a year, and its place in the cluster. */
export interface Standing {
  clusterId: string;
  districtId: string;
  /** 1..n inside the cluster, always distinct. */
  rank: number;
  /** BASE and BONUS points less PENALTY points. */
  score: number;
  /** The table's BASE and BONUS maxima. */
  maxScore: number;
  /** score / maxScore × 100, to 2 decimals. */
  percent: number;
  penaltyPoints: number;
}

/** A standing placed among every scored district of the city that year. */
export interface CityStanding extends Standing {
  /** 1..n across the city, always distinct; `clusterRank` is the place inside the cluster. */
  rank: number;
  clusterRank: number;
}

type Unranked = Omit<Standing, 'rank'>;

// Points are decimals (0.5, 0.25): summing them in binary leaves noise (0.1 + 0.2), which would
// break ties that are equal on paper.
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const SUM_DECIMALS = 6;
const PERCENT_DECIMALS = 2;

// By code unit, not by locale: the order of ids must not depend on the server's language.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Higher score first; on equal score, fewer penalty points; then district id ascending. */
const clusterOrder = (a: Unranked, b: Unranked) => b.score - a.score || a.penaltyPoints - b.penaltyPoints || byId(a.districtId, b.districtId);

/** Higher percent first; then the better place in its cluster; then fewer penalty points; then district id ascending. */
const cityOrder = (a: Standing, b: Standing) =>
  b.percent - a.percent || a.rank - b.rank || a.penaltyPoints - b.penaltyPoints || byId(a.districtId, b.districtId);

/** One cluster-year: only the districts with scores are ranked. */
function rankCluster(criteria: readonly CriterionPoints[], scores: readonly ScorePoints[]): Standing[] {
  const kinds = new Map(criteria.map((criterion) => [criterion.id, criterion.kind]));
  const maxScore = round(
    criteria.filter((criterion) => criterion.kind !== CriterionKind.PENALTY).reduce((sum, criterion) => sum + criterion.maxPoints, 0),
    SUM_DECIMALS,
  );
  const unranked = [...groupBy(scores, (score) => score.districtId)].map(([districtId, own]): Unranked => {
    let score = 0;
    let penaltyPoints = 0;
    for (const { criterionId, points } of own) {
      const kind = kinds.get(criterionId);
      if (!kind) throw new Error(`the score of ${districtId} on ${criterionId} names a criterion outside its table`);
      if (kind === CriterionKind.PENALTY) penaltyPoints += points;
      else score += points;
    }
    score = round(score - penaltyPoints, SUM_DECIMALS);
    // A table of penalties only has nothing to reach: 0%, not a division by zero.
    const percent = maxScore > 0 ? round((score / maxScore) * 100, PERCENT_DECIMALS) : 0;
    return { clusterId: own[0].clusterId, districtId, score, maxScore, percent, penaltyPoints: round(penaltyPoints, SUM_DECIMALS) };
  });
  return unranked.sort(clusterOrder).map((standing, index) => ({ ...standing, rank: index + 1 }));
}

/**
 * The standings of every cluster in the rows (one year's), each ranked inside its cluster: by
 * cluster id, then by rank. The API and the seed's honouring votes both rank with it.
 */
export function clusterStandings(criteria: readonly CriterionPoints[], scores: readonly ScorePoints[]): Standing[] {
  const tables = groupBy(criteria, (criterion) => criterion.clusterId);
  return [...groupBy(scores, (score) => score.clusterId)]
    .sort(([a], [b]) => byId(a, b))
    .flatMap(([clusterId, clusterScores]) => rankCluster(tables.get(clusterId) ?? [], clusterScores));
}

/** One year's standings of all clusters in one city-wide order, ranked 1..n. */
export function cityRanking(standings: readonly Standing[]): CityStanding[] {
  return [...standings].sort(cityOrder).map((standing, index) => ({ ...standing, clusterRank: standing.rank, rank: index + 1 }));
}
