import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { collective, discipline, district, initiative, members, person, type PersonShape } from './records';

describe('BK_TP to a person: 2 consecutive CSTDCS years, or 2 consecutive EXCELLENT years with 2 initiatives in them, ending with the year before the year judged', () => {
  const cases: Array<[string, PersonShape, string[]]> = [
    ['CSTDCS 2022 and 2023', { awards: { CSTDCS: [2022, 2023] } }, []],
    ['CSTDCS 2021–2023 (a longer run includes the 2 years)', { awards: { CSTDCS: [2021, 2022, 2023] } }, []],
    ['CSTDCS 2023 only', { awards: { CSTDCS: [2023] } }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['CSTDCS 2023 and 2024: the year judged does not count', { awards: { CSTDCS: [2023, 2024] } }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['CSTDCS with a gap year: 2021 and 2023', { awards: { CSTDCS: [2021, 2023] } }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['EXCELLENT 2022–2023 and 2 initiatives', { ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' }, initiatives: [initiative(2022, 'GRASSROOTS'), initiative(2023, 'GRASSROOTS')] }, []],
    ['EXCELLENT 2022–2023 and 1 initiative', { ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' }, initiatives: [initiative(2022, 'GRASSROOTS')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    [
      'EXCELLENT 2022–2023, 2 initiatives, one used for the CSTDCS 2022',
      { ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' }, initiatives: [initiative(2022, 'GRASSROOTS', 'CSTDCS', 2022), initiative(2023, 'GRASSROOTS')] },
      ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES'],
    ],
    ['EXCELLENT 2023, GOOD 2022, 2 initiatives', { ratings: { 2022: 'GOOD', 2023: 'EXCELLENT' }, initiatives: [initiative(2022, 'GRASSROOTS'), initiative(2023, 'CITY')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['EXCELLENT 2023–2024, 2 initiatives: the year judged does not count', { ratings: { 2023: 'EXCELLENT', 2024: 'EXCELLENT' }, initiatives: [initiative(2023, 'GRASSROOTS'), initiative(2023, 'GRASSROOTS')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['EXCELLENT 2022–2023, initiatives 2021 and 2023', { ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' }, initiatives: [initiative(2021, 'GRASSROOTS'), initiative(2023, 'GRASSROOTS')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['EXCELLENT 2022–2023, initiatives 2022 and 2024 (the year judged)', { ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' }, initiatives: [initiative(2022, 'GRASSROOTS'), initiative(2024, 'GRASSROOTS')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['CSTDCS 2022–2023, a discipline ended mid-2022', { awards: { CSTDCS: [2022, 2023] }, disciplines: [discipline('2021-08-01', '2022-05-31')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']],
    ['CSTDCS 2022–2023, a discipline ended in 2021', { awards: { CSTDCS: [2022, 2023] }, disciplines: [discipline('2021-01-01', '2021-12-31')] }, []],
    ['CSTDCS 2022–2023, a discipline in force in 2024', { awards: { CSTDCS: [2022, 2023] }, disciplines: [discipline('2024-02-01', '2024-03-31')] }, ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES', 'NO_DISCIPLINE']],
  ];

  test.each(cases)('judged for 2024: %s', (_, shape, failed) => {
    expect(judge(person(shape), 'BK_TP', 2024).failed).toEqual(failed);
  });

  test('the period ends with the year before: CSTDCS 2023–2024 makes BK_TP 2025 eligible, not BK_TP 2024', () => {
    const record = person({ awards: { CSTDCS: [2023, 2024] } });
    const next = judge(record, 'BK_TP', 2025);
    expect(next.eligible).toBe(true);
    expect(conditionOf(next, 'CSTDCS_2_YEARS').evidence).toMatchObject({ years: [2023, 2024], note: 'CSTDCS held in 2 of the 2 years 2023–2024' });
    const same = judge(record, 'BK_TP', 2024);
    expect(same.failed).toEqual(['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']);
    expect(conditionOf(same, 'CSTDCS_2_YEARS').evidence).toMatchObject({ years: [2023], count: 1, of: 2, note: 'CSTDCS held in 1 of the 2 years 2022–2023' });
  });

  test('both branches are judged and shown', () => {
    const verdict = judge(person({ awards: { CSTDCS: [2022, 2023] }, ratings: { 2023: 'EXCELLENT' } }), 'BK_TP', 2024);
    expect(conditionOf(verdict, 'CSTDCS_2_YEARS').met).toBe(true);
    expect(conditionOf(verdict, 'EXCELLENT_2_YEARS_WITH_2_INITIATIVES').met).toBe(false);
    expect(conditionOf(verdict, 'EXCELLENT_2_YEARS').met).toBe(false);
    expect(conditionOf(verdict, 'TWO_INITIATIVES').evidence).toMatchObject({ years: [2022, 2023], count: 0, of: 2 });
  });

  test('the switch of legal basis: 2023 judged under Decree 91 with the same rule, reading 2021–2022', () => {
    const record = person({ awards: { CSTDCS: [2021, 2022] } });
    const before = judge(record, 'BK_TP', 2023);
    expect([before.version.id, before.eligible]).toEqual(['DECREE_91_2017', true]);
    const after = judge(record, 'BK_TP', 2024);
    expect([after.version.id, after.failed]).toEqual(['LAW_06_2022', ['CSTDCS_OR_EXCELLENT_WITH_INITIATIVES']]);
    expect(before.conditions.map((condition) => condition.code)).toEqual(after.conditions.map((condition) => condition.code));
  });
});

describe('BK_TP to a collective or a district: DOMAIN.md sets no history rule', () => {
  test('no conditions: eligible on the record', () => {
    expect(judge(collective(2024, null, []), 'BK_TP', 2024)).toMatchObject({ eligible: true, conditions: [] });
    expect(judge(district({}), 'BK_TP', 2024)).toMatchObject({ eligible: true, conditions: [] });
    expect(judge(collective(2024, 'GOOD', members({ total: 3 })), 'BK_TP', 2023).version.id).toBe('DECREE_91_2017');
  });
});
