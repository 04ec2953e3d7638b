import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { collective, discipline, members } from './records';

describe('TTLDTT under Law 06/2022: rated GOOD+, at least 70% of members LDTT, no member disciplined at WARNING or above', () => {
  test.each([
    ['699 of 1000 (69.9%)', 1000, 699, false],
    ['700 of 1000 (70.0%)', 1000, 700, true],
    ['7 of 10', 10, 7, true],
    ['6 of 10', 10, 6, false],
    ['all 3', 3, 3, true],
    ['2 of 3 (66.7%)', 3, 2, false],
    ['no members on the record', 0, 0, false],
  ])('%s hold LDTT', (_, total, ldtt, met) => {
    const verdict = judge(collective(2024, 'GOOD', members({ total, ldtt })), 'TTLDTT', 2024);
    expect(conditionOf(verdict, 'LDTT_SHARE_70_PERCENT').met).toBe(met);
    expect(verdict.eligible).toBe(met);
  });

  test('the evidence counts holders among members', () => {
    const verdict = judge(collective(2024, 'GOOD', members({ total: 1000, ldtt: 699 })), 'TTLDTT', 2024);
    expect(conditionOf(verdict, 'LDTT_SHARE_70_PERCENT').evidence).toMatchObject({ count: 699, of: 1000, note: '699 of 1000 members hold LDTT (69.9%); at least 70% needed' });
  });

  test.each([
    ['EXCELLENT', true],
    ['GOOD', true],
    ['COMPLETED', false],
    [null, false],
  ] as const)('the collective rated %p → eligible %p', (rating, eligible) => {
    expect(judge(collective(2024, rating, members({ total: 10, ldtt: 10 })), 'TTLDTT', 2024).eligible).toBe(eligible);
  });

  test.each([
    ['a reprimand does not bar', discipline('2024-02-01', '2024-08-01', 'REPRIMAND'), true],
    ['a warning in force bars', discipline('2024-02-01', '2024-08-01', 'WARNING'), false],
    ['a demotion ending on 1 January bars', discipline('2023-06-01', '2024-01-01', 'DEMOTION'), false],
    ['a warning ended the year before does not bar', discipline('2023-01-01', '2023-12-31', 'WARNING'), true],
    ['a dismissal beginning the next year does not bar', discipline('2025-01-01', '2025-12-31', 'DISMISSAL'), true],
  ])('%s', (_, fact, eligible) => {
    const verdict = judge(collective(2024, 'GOOD', members({ total: 10, ldtt: 10, overrides: { 3: { disciplines: [fact] } } })), 'TTLDTT', 2024);
    expect(conditionOf(verdict, 'NO_MEMBER_DISCIPLINED').met).toBe(eligible);
    expect(verdict.eligible).toBe(eligible);
  });
});

describe('TTLDTT under Decree 91/2017: more than 50% of members LDTT (strictly)', () => {
  test.each([
    ['500 of 1000 (50.0%)', 1000, 500, false],
    ['501 of 1000', 1000, 501, true],
    ['1 of 2', 2, 1, false],
    ['2 of 3', 3, 2, true],
    ['600 of 1000: passes before 2024, fails after', 1000, 600, true],
  ])('%s hold LDTT in 2023', (_, total, ldtt, met) => {
    const verdict = judge(collective(2023, 'GOOD', members({ total, ldtt })), 'TTLDTT', 2023);
    expect(verdict.version.id).toBe('DECREE_91_2017');
    expect(conditionOf(verdict, 'LDTT_SHARE_OVER_50_PERCENT').met).toBe(met);
  });

  test('the switch of legal basis: 60% passes in 2023, fails in 2024', () => {
    expect(judge(collective(2023, 'GOOD', members({ total: 10, ldtt: 6 })), 'TTLDTT', 2023).eligible).toBe(true);
    expect(judge(collective(2024, 'GOOD', members({ total: 10, ldtt: 6 })), 'TTLDTT', 2024).failed).toEqual(['LDTT_SHARE_70_PERCENT']);
  });
});
