import type { DataSource } from 'typeorm';
import type { SubgraphName } from '../../services/core/config';
import type { RecipientKindName, RecipientRecord, StandingFact } from '../../services/core/rules';
import { Award } from '../../services/city/entities/award';
import { awardFacts } from '../../services/city/award-facts';
import { ClusterMembership } from '../../services/cluster/entities/cluster-membership';
import { Score } from '../../services/cluster/entities/score';
import { ScoringCriterion } from '../../services/cluster/entities/scoring-criterion';
import { clusterStandings } from '../../services/cluster/standings';
import { Discipline } from '../../services/district/entities/discipline';
import { Initiative } from '../../services/district/entities/initiative';
import { LocalAward } from '../../services/district/entities/local-award';
import { Person } from '../../services/district/entities/person';
import { Target } from '../../services/district/entities/target';
import { Unit } from '../../services/district/entities/unit';
import { YearRating } from '../../services/district/entities/year-rating';
import { countUnitTitles, RecordBook, type DistrictRows } from '../../services/district/eligibility/records';

/**
 * Every award of a seeded federation's three databases, each with its recipient's record built the
 * way the district subgraph builds it (services/district/eligibility/records.ts), from rows read
 * straight from the databases: the district's own, the city's awards as the facts the city sends,
 * and the standings the cluster computes from its scores. Tests judge the awards against the rules.
 */

export interface AwardOnRecord {
  table: 'local_award' | 'award';
  id: number;
  awardTypeCode: string;
  year: number;
  recipientKind: RecipientKindName;
  recipientId: string;
  districtId: string;
  basis: string;
  basisNote: string | null;
  source: string;
}

export interface AwardsOnRecord {
  awards: AwardOnRecord[];
  /** The district's rows, for measurements that read them without the rule module. */
  rows: DistrictRows;
  /** `${districtId}|${year}` → the district's place in its cluster. */
  standings: Map<string, StandingFact>;
  /** The recipient's record as the rules read it (built once per recipient, or per unit and year). */
  recordOf(award: AwardOnRecord): RecipientRecord;
}

/** The standings of every cluster-year, as the cluster subgraph serves them, by district and year. */
async function standingsOf(cluster: DataSource): Promise<Map<string, StandingFact>> {
  const [memberships, criteria, scores] = await Promise.all([
    cluster.getRepository(ClusterMembership).find(),
    cluster.getRepository(ScoringCriterion).find(),
    cluster.getRepository(Score).find({ select: { clusterId: true, year: true, districtId: true, criterionId: true, points: true } }),
  ]);
  const byClusterYear = <T extends { clusterId: string; year: number }>(rows: T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = `${row.clusterId}|${row.year}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return groups;
  };
  const criteriaOf = byClusterYear(criteria);
  const scoresOf = byClusterYear(scores);
  const standings = new Map<string, StandingFact>();
  for (const [key, clusterScores] of scoresOf) {
    const ranked = clusterStandings(criteriaOf.get(key) ?? [], clusterScores);
    const year = clusterScores[0].year;
    for (const standing of ranked) {
      // As the cluster serves it: a district's standing of a year it was a member of that cluster.
      const member = memberships.some((membership) => membership.districtId === standing.districtId && membership.year === year && membership.clusterId === standing.clusterId);
      if (member) standings.set(`${standing.districtId}|${year}`, { year, clusterId: standing.clusterId, rank: standing.rank, members: ranked.length });
    }
  }
  return standings;
}

async function districtRows(district: DataSource): Promise<DistrictRows> {
  const [people, units, ratings, initiatives, disciplines, localAwards, targets] = await Promise.all([
    district.getRepository(Person).find({ select: { id: true, districtId: true, unitId: true, gender: true } }),
    district.getRepository(Unit).find({ select: { id: true, districtId: true } }),
    district.getRepository(YearRating).find({ select: { personId: true, unitId: true, year: true, rating: true } }),
    district.getRepository(Initiative).find({ select: { id: true, personId: true, year: true, title: true, scope: true, usedForAwardCode: true } }),
    district.getRepository(Discipline).find({ select: { personId: true, level: true, from: true, to: true } }),
    district.getRepository(LocalAward).find(),
    district.getRepository(Target).find(),
  ]);
  return { people, units, ratings, initiatives, disciplines, localAwards, targets, unitTitleCounts: countUnitTitles(people, localAwards) };
}

export async function readAwardsOnRecord(dbs: Record<SubgraphName, DataSource>): Promise<AwardsOnRecord> {
  const [rows, cityAwards, standings] = await Promise.all([districtRows(dbs.district), dbs.city.getRepository(Award).find(), standingsOf(dbs.cluster)]);
  const cityAwardFacts = awardFacts(cityAwards);
  const book = new RecordBook(rows, { cityAwardFacts, standingFacts: [] });

  const awards: AwardOnRecord[] = [
    ...rows.localAwards.map((award) => {
      const local = award as LocalAward;
      return {
        table: 'local_award' as const,
        id: local.id,
        awardTypeCode: local.awardTypeCode,
        year: local.year,
        recipientKind: (local.personId ? 'INDIVIDUAL' : 'COLLECTIVE') as RecipientKindName,
        recipientId: (local.personId ?? local.unitId)!,
        districtId: local.districtId,
        basis: local.basis,
        basisNote: local.basisNote,
        source: local.source,
      };
    }),
    ...cityAwards.map((award) => ({
      table: 'award' as const,
      id: award.id,
      awardTypeCode: award.awardTypeCode,
      year: award.year,
      recipientKind: award.recipientKind as RecipientKindName,
      recipientId: (award.recipientKind === 'INDIVIDUAL' ? award.personId : award.recipientKind === 'COLLECTIVE' ? award.unitId : award.districtId)!,
      districtId: award.districtId,
      basis: award.basis,
      basisNote: award.basisNote,
      source: award.source,
    })),
  ];

  // A district's record reads the standings and targets of that district only: a book of its own.
  const districtRecord = (districtId: string): RecipientRecord =>
    new RecordBook(
      { people: [], units: [], ratings: [], initiatives: [], disciplines: [], localAwards: [], unitTitleCounts: [], targets: rows.targets.filter((target) => target.districtId === districtId) },
      {
        cityAwardFacts: cityAwardFacts.filter((fact) => fact.recipientKind === 'DISTRICT' && fact.recipientId === districtId),
        standingFacts: [...standings].filter(([key]) => key.startsWith(`${districtId}|`)).map(([, standing]) => standing),
      },
    ).district(districtId);

  const records = new Map<string, RecipientRecord>();
  const recordOf = (award: AwardOnRecord): RecipientRecord => {
    // A collective's members are read for the year judged; a person's or a district's record is the same every year.
    const key = award.recipientKind === 'COLLECTIVE' ? `${award.recipientKind}|${award.recipientId}|${award.year}` : `${award.recipientKind}|${award.recipientId}`;
    let record = records.get(key);
    if (!record) {
      const built =
        award.recipientKind === 'INDIVIDUAL'
          ? book.person(award.recipientId)
          : award.recipientKind === 'COLLECTIVE'
            ? book.unit(award.recipientId, award.year)
            : districtRecord(award.recipientId);
      if (!built) throw new Error(`${award.table} ${award.id}: no ${award.recipientKind} ${award.recipientId} in the district's database`);
      record = built;
      records.set(key, record);
    }
    return record;
  };
  return { awards, rows, standings, recordOf };
}
