import { judge } from '../../../services/core/rules';
import { collective, district, members } from './records';

const rank = (year: number, place: number) => [{ year, clusterId: 'III', rank: place, members: 6 }];

describe('CO_CP to a district: rank 1 that year, and a CO_TP of that year or before', () => {
  test.each([
    ['rank 1, CO_TP the same year', rank(2024, 1), { CO_TP: [2024] }, []],
    ['rank 1, CO_TP years before', rank(2024, 1), { CO_TP: [2019] }, []],
    ['rank 1, CO_TP only the year after', rank(2024, 1), { CO_TP: [2025] }, ['HOLDS_CO_TP']],
    ['rank 1, never a CO_TP', rank(2024, 1), {}, ['HOLDS_CO_TP']],
    ['rank 3 with a CO_TP (the issue\'s 5 CO_CP)', rank(2024, 3), { CO_TP: [2024] }, ['CLUSTER_LEADER']],
  ])('%s', (_, standings, awards, failed) => {
    expect(judge(district({ standings, awards }), 'CO_CP', 2024).failed).toEqual(failed);
  });

  test('the switch of legal basis: the same rule in 2023 under Decree 91', () => {
    const verdict = judge(district({ standings: rank(2023, 1), awards: { CO_TP: [2023] } }), 'CO_CP', 2023);
    expect([verdict.version.id, verdict.eligible]).toEqual(['DECREE_91_2017', true]);
  });

  test('to a collective: NOT_RECORDED, never met', () => {
    const verdict = judge(collective(2024, 'EXCELLENT', members({ total: 5, ldtt: 5 })), 'CO_CP', 2024);
    expect(verdict.conditions.map((condition) => [condition.kind, condition.met])).toEqual([['NOT_RECORDED', false]]);
  });
});
