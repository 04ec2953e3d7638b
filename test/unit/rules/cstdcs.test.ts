import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { discipline, initiative, person } from './records';

describe('CSTDCS under Law 06/2022 (from 2024): LDTT that year, and EXCELLENT or a grassroots initiative', () => {
  test.each([
    ['LDTT and EXCELLENT', { LDTT: [2024] }, 'EXCELLENT', [], []],
    ['LDTT and a grassroots initiative', { LDTT: [2024] }, 'GOOD', [initiative(2024, 'GRASSROOTS')], []],
    ['LDTT and a city initiative (wider scope counts)', { LDTT: [2024] }, 'GOOD', [initiative(2024, 'CITY')], []],
    ['LDTT, GOOD, no initiative', { LDTT: [2024] }, 'GOOD', [], ['EXCELLENT_OR_INITIATIVE']],
    ['LDTT, an initiative of the year before', { LDTT: [2024] }, 'GOOD', [initiative(2023, 'GRASSROOTS')], ['EXCELLENT_OR_INITIATIVE']],
    ['LDTT, the initiative already used for another award', { LDTT: [2024] }, 'GOOD', [initiative(2024, 'GRASSROOTS', 'GK', 2024)], ['EXCELLENT_OR_INITIATIVE']],
    ['LDTT, the initiative used for this CSTDCS (judged again)', { LDTT: [2024] }, 'GOOD', [initiative(2024, 'GRASSROOTS', 'CSTDCS', 2024)], []],
    ['LDTT, the initiative used for CSTDCS of another year', { LDTT: [2023, 2024] }, 'GOOD', [initiative(2024, 'GRASSROOTS', 'CSTDCS', 2023)], ['EXCELLENT_OR_INITIATIVE']],
    ['EXCELLENT without LDTT', {}, 'EXCELLENT', [], ['LDTT_SAME_YEAR']],
    ['LDTT of the year before only', { LDTT: [2023] }, 'EXCELLENT', [], ['LDTT_SAME_YEAR']],
  ])('%s', (_, awards, rating, initiatives, failed) => {
    const verdict = judge(person({ awards, ratings: { 2024: rating as 'GOOD' }, initiatives }), 'CSTDCS', 2024);
    expect(verdict.version.id).toBe('LAW_06_2022');
    expect(verdict.failed).toEqual(failed);
  });

  test('no quota under Law 06: 50 of 100 LDTT already CSTDCS', () => {
    const verdict = judge(person({ awards: { LDTT: [2024] }, ratings: { 2024: 'EXCELLENT' }, unitCounts: { 2024: { LDTT: 100, CSTDCS: 50 } } }), 'CSTDCS', 2024);
    expect(verdict.eligible).toBe(true);
  });

  test('the evidence names the initiative it rests on, and the used one it could not', () => {
    const fresh = initiative(2024, 'GRASSROOTS');
    const used = initiative(2024, 'GRASSROOTS', 'LDTT', 2024);
    const verdict = judge(person({ awards: { LDTT: [2024] }, ratings: { 2024: 'GOOD' }, initiatives: [fresh, used] }), 'CSTDCS', 2024);
    const evidence = conditionOf(verdict, 'GRASSROOTS_INITIATIVE').evidence;
    expect(evidence.initiatives).toEqual([fresh]);
    expect(evidence.note).toContain(`already used: ${used.id} for LDTT 2024`);
  });

  test('a discipline that ended mid-year voids the year: its LDTT and its initiative do not count', () => {
    const verdict = judge(
      person({ awards: { LDTT: [2024] }, ratings: { 2024: 'EXCELLENT' }, initiatives: [initiative(2024, 'GRASSROOTS')], disciplines: [discipline('2023-09-01', '2024-03-31')] }),
      'CSTDCS',
      2024,
    );
    expect(verdict.failed).toEqual(['LDTT_SAME_YEAR', 'EXCELLENT_OR_INITIATIVE', 'NO_DISCIPLINE']);
  });
});

describe('CSTDCS under Decree 91/2017 (to 2023): LDTT plus an initiative, at most 15% of the unit\'s LDTT', () => {
  const qualified = (unitCounts: Record<string, number>, awards: Record<string, number[]> = { LDTT: [2023] }) =>
    person({ awards, ratings: { 2023: 'EXCELLENT' }, initiatives: [initiative(2023, 'GRASSROOTS')], unitCounts: { 2023: unitCounts } });

  test('EXCELLENT alone does not suffice before 2024: the initiative is required', () => {
    const verdict = judge(person({ awards: { LDTT: [2023] }, ratings: { 2023: 'EXCELLENT' }, unitCounts: { 2023: { LDTT: 100 } } }), 'CSTDCS', 2023);
    expect(verdict.version.id).toBe('DECREE_91_2017');
    expect(verdict.failed).toEqual(['GRASSROOTS_INITIATIVE']);
  });

  test.each([
    ['14 of 100 held: the 15th fits', { LDTT: 100, CSTDCS: 14 }, true],
    ['15 of 100 held: a 16th exceeds', { LDTT: 100, CSTDCS: 15 }, false],
    ['Cẩm Lệ 2017: the 38th of 304 LDTT fits (cap 45.6)', { LDTT: 304, CSTDCS: 37 }, true],
    ['45 of 304 held: a 46th exceeds (not rounded up)', { LDTT: 304, CSTDCS: 45 }, false],
    ['a unit of 6 LDTT: 15% is 0.9, no one fits', { LDTT: 6 }, false],
    ['a unit of 7 LDTT: 15% is 1.05, one fits', { LDTT: 7 }, true],
    ['no counts for the unit: no LDTT, no room', {}, false],
  ])('%s', (_, counts, eligible) => {
    const verdict = judge(qualified(counts), 'CSTDCS', 2023);
    expect(verdict.eligible).toBe(eligible);
    expect(conditionOf(verdict, 'QUOTA_15_PERCENT').met).toBe(eligible);
  });

  test('an award held, judged again, is already among the unit\'s count', () => {
    const verdict = judge(qualified({ LDTT: 100, CSTDCS: 15 }, { LDTT: [2023], CSTDCS: [2023] }), 'CSTDCS', 2023);
    expect(verdict.eligible).toBe(true);
    expect(conditionOf(verdict, 'QUOTA_15_PERCENT').evidence).toMatchObject({ count: 15, of: 100 });
  });

  test('the switch of legal basis: the same record passes in 2024 without an initiative, fails in 2023', () => {
    const shape = { awards: { LDTT: [2023, 2024] }, ratings: { 2023: 'EXCELLENT', 2024: 'EXCELLENT' } as const, unitCounts: { 2023: { LDTT: 100 }, 2024: { LDTT: 100 } } };
    expect(judge(person(shape), 'CSTDCS', 2023).eligible).toBe(false);
    expect(judge(person(shape), 'CSTDCS', 2024).eligible).toBe(true);
  });
});
