import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { collective, district, members, target } from './records';

const leader = [{ year: 2024, clusterId: 'IX', rank: 1, members: 6 }];
const exceeded = [target(2024, 100, 103), target(2024, 50, 50)];

describe('CO_TP to a district: rank 1 in its cluster that year, and its targets exceeded', () => {
  test.each([
    ['rank 1, targets met and one exceeded', leader, exceeded, []],
    ['rank 2', [{ year: 2024, clusterId: 'IX', rank: 2, members: 6 }], exceeded, ['CLUSTER_LEADER']],
    ['rank 1 the year before only', [{ year: 2023, clusterId: 'IX', rank: 1, members: 6 }], exceeded, ['CLUSTER_LEADER']],
    ['no standing', [], exceeded, ['CLUSTER_LEADER']],
    ['every target met, none exceeded', leader, [target(2024, 100, 100), target(2024, 50, 50)], ['TARGETS_EXCEEDED']],
    ['one target missed', leader, [target(2024, 100, 120), target(2024, 50, 49.9)], ['TARGETS_EXCEEDED']],
    ['a lower-is-better target under its plan is exceeded', leader, [target(2024, 5, 3, false), target(2024, 10, 10)], []],
    ['a lower-is-better target over its plan is missed', leader, [target(2024, 5, 6, false), target(2024, 10, 12)], ['TARGETS_EXCEEDED']],
    ['targets without a result are left aside', leader, [target(2024, 100, 101), target(2024, 50, null), target(2024, null, 7)], []],
    ['no measured target', leader, [target(2024, 100, null)], ['TARGETS_EXCEEDED']],
    ['targets of another year do not count', leader, [target(2023, 100, 120)], ['TARGETS_EXCEEDED']],
  ])('%s', (_, standings, targets, failed) => {
    expect(judge(district({ standings, targets }), 'CO_TP', 2024).failed).toEqual(failed);
  });

  test('the evidence gives the rank, the cluster and the targets counted', () => {
    const verdict = judge(district({ standings: leader, targets: [...exceeded, target(2024, 10, 9, true, 'jobs')] }), 'CO_TP', 2024);
    expect(conditionOf(verdict, 'CLUSTER_LEADER').evidence).toMatchObject({ rank: 1, of: 6, clusterId: 'IX' });
    expect(conditionOf(verdict, 'TARGETS_EXCEEDED').evidence).toMatchObject({ count: 1, of: 3, note: '1 of 3 measured targets exceeded in 2024; not met: jobs' });
  });

  test('Đống Đa 2023 (Decree 91): 14 targets, 7 exceeded, the rest met, rank 1', () => {
    const targets = [...Array.from({ length: 7 }, (_, index) => target(2023, 100, 105 + index)), ...Array.from({ length: 7 }, () => target(2023, 100, 100))];
    const verdict = judge(district({ standings: [{ year: 2023, clusterId: 'I', rank: 1, members: 6 }], targets }), 'CO_TP', 2023);
    expect([verdict.version.id, verdict.eligible]).toEqual(['DECREE_91_2017', true]);
  });
});

describe('CO_TP to a collective: the thematic-movement branch is not in the record', () => {
  test('never met: NOT_RECORDED, conferred ad hoc with a reason', () => {
    const verdict = judge(collective(2024, 'EXCELLENT', members({ total: 5, ldtt: 5 })), 'CO_TP', 2024);
    expect(verdict.failed).toEqual(['THEMATIC_MOVEMENT_LEADER']);
    expect(verdict.conditions[0].kind).toBe('NOT_RECORDED');
    expect(verdict.conditions[0].en).toMatch(/ad hoc/);
  });
});
