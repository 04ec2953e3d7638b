import { CriterionKind } from '../../services/cluster/entities/scoring-criterion';
import { cityRanking, clusterStandings, type Standing } from '../../services/cluster/standings';

const TABLE = [
  { id: 'A01', clusterId: 'I', kind: CriterionKind.BASE, maxPoints: 60 },
  { id: 'A02', clusterId: 'I', kind: CriterionKind.BASE, maxPoints: 40 },
  { id: 'B01', clusterId: 'I', kind: CriterionKind.BONUS, maxPoints: 5 },
  { id: 'C01', clusterId: 'I', kind: CriterionKind.PENALTY, maxPoints: 5 },
];

/** One district's scores on TABLE: base A01, base A02, bonus, penalty. */
function scored(districtId: string, [a01, a02, bonus, penalty]: number[]) {
  return [a01, a02, bonus, penalty].map((points, index) => ({ clusterId: 'I', districtId, criterionId: TABLE[index].id, points }));
}

describe('cluster standings', () => {
  test('score is base and bonus less penalty, maxScore the base and bonus maxima, percent to 2 decimals', () => {
    const [standing] = clusterStandings(TABLE, scored('a', [50.5, 30, 2, 1.5]));
    expect(standing).toEqual({ clusterId: 'I', districtId: 'a', rank: 1, score: 81, maxScore: 105, percent: 77.14, penaltyPoints: 1.5 });
  });

  test('sums decimal points without binary noise', () => {
    const [standing] = clusterStandings(TABLE, scored('a', [0.1, 0.2, 0, 0]));
    expect(standing.score).toBe(0.3);
  });

  test('on equal score, fewer penalty points first; on equal score and penalty, district id ascending', () => {
    const standings = clusterStandings(TABLE, [
      // 80 with 2 penalty points; 80 with 0; 80 with 2 again; 85; 70.
      ...scored('c', [50, 30, 2, 2]),
      ...scored('d', [50, 30, 0, 0]),
      ...scored('b', [50, 30, 2, 2]),
      ...scored('e', [55, 30, 0, 0]),
      ...scored('a', [40, 30, 0, 0]),
    ]);
    expect(standings.map(({ districtId, rank, score, penaltyPoints }) => [rank, districtId, score, penaltyPoints])).toEqual([
      [1, 'e', 85, 0],
      [2, 'd', 80, 0],
      [3, 'b', 80, 2],
      [4, 'c', 80, 2],
      [5, 'a', 70, 0],
    ]);
  });

  test('ranks only the districts with scores, each cluster inside itself, clusters by id', () => {
    const other = TABLE.map((criterion) => ({ ...criterion, id: `II-${criterion.id}`, clusterId: 'II' }));
    const inII = (districtId: string, points: number[]) =>
      scored(districtId, points).map((score) => ({ ...score, clusterId: 'II', criterionId: `II-${score.criterionId}` }));
    const scores = [...inII('x', [10, 10, 0, 0]), ...scored('a', [10, 10, 0, 0]), ...inII('y', [20, 10, 0, 0])];
    const standings = clusterStandings([...other, ...TABLE], scores);
    expect(standings.map(({ clusterId, districtId, rank }) => [clusterId, districtId, rank])).toEqual([
      ['I', 'a', 1],
      ['II', 'y', 1],
      ['II', 'x', 2],
    ]);
  });

  test('a score on a criterion outside the table is an error, not a silent zero', () => {
    expect(() => clusterStandings(TABLE.slice(1), scored('a', [1, 1, 0, 0]))).toThrow(/outside its table/);
  });
});

describe('the city-wide order', () => {
  const standing = (districtId: string, clusterId: string, rank: number, percent: number, penaltyPoints: number): Standing => ({
    clusterId,
    districtId,
    rank,
    score: percent,
    maxScore: 100,
    percent,
    penaltyPoints,
  });

  test('percent descending, then the better cluster rank, then fewer penalty points, then district id; ranks 1..n', () => {
    const ranking = cityRanking([
      standing('a', 'I', 3, 90, 0),
      standing('b', 'II', 1, 90, 1),
      standing('c', 'III', 1, 90, 0),
      standing('d', 'IV', 1, 90, 0),
      standing('e', 'I', 1, 95, 3),
      standing('f', 'II', 2, 80, 0),
    ]);
    expect(ranking.map(({ rank, districtId, clusterRank }) => [rank, districtId, clusterRank])).toEqual([
      [1, 'e', 1],
      [2, 'c', 1],
      [3, 'd', 1],
      [4, 'b', 1],
      [5, 'a', 3],
      [6, 'f', 2],
    ]);
  });
});
