import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { discipline, initiative, person } from './records';

describe('CSTD_TQ: CSTD_TP twice (two consecutive three-year cycles) in the 6 years before the year judged, and an unused national initiative in them', () => {
  const national = initiative(2022, 'NATIONAL');

  test.each([
    ['two cycles: CSTD_TP 2020 and 2023', [2020, 2023], [national], []],
    ['the first of the 6 years and the last: 2018 and 2023', [2018, 2023], [national], []],
    ['CSTD_TP 2023 only', [2023], [national], ['CSTD_TP_TWICE']],
    ['the earlier title before the 6 years: 2017 and 2023', [2017, 2023], [national], ['CSTD_TP_TWICE']],
    ['the later title in the year judged: 2020 and 2024', [2020, 2024], [national], ['CSTD_TP_TWICE']],
    ['a city initiative only', [2020, 2023], [initiative(2022, 'CITY')], ['NATIONAL_INITIATIVE']],
    ['the national initiative used for the CSTD_TP of 2023', [2020, 2023], [initiative(2022, 'NATIONAL', 'CSTD_TP', 2023)], ['NATIONAL_INITIATIVE']],
    ['the national initiative used for this very award', [2020, 2023], [initiative(2022, 'NATIONAL', 'CSTD_TQ', 2024)], []],
    ['a national initiative of the first of the 6 years, 2018', [2020, 2023], [initiative(2018, 'NATIONAL')], []],
    ['a national initiative before the 6 years', [2020, 2023], [initiative(2017, 'NATIONAL')], ['NATIONAL_INITIATIVE']],
    ['a national initiative of the year judged, after the 6 years', [2020, 2023], [initiative(2024, 'NATIONAL')], ['NATIONAL_INITIATIVE']],
  ])('judged for 2024: %s', (_, held, initiatives, failed) => {
    expect(judge(person({ awards: { CSTD_TP: held }, initiatives }), 'CSTD_TQ', 2024).failed).toEqual(failed);
  });

  test('the evidence gives the two CSTD_TP years of the 6 years read', () => {
    const verdict = judge(person({ awards: { CSTD_TP: [2017, 2020, 2023] }, initiatives: [national] }), 'CSTD_TQ', 2024);
    expect(conditionOf(verdict, 'CSTD_TP_TWICE').evidence).toMatchObject({ years: [2020, 2023], count: 2, of: 2, note: 'CSTD_TP held in 2 of the 6 years 2018–2023' });
    expect(conditionOf(verdict, 'NATIONAL_INITIATIVE').evidence).toMatchObject({ years: [2018, 2019, 2020, 2021, 2022, 2023], initiatives: [national] });
  });

  test('the period ends with the year before: CSTD_TP 2021 and 2024 make CSTD_TQ 2025 eligible, not CSTD_TQ 2024', () => {
    const record = person({ awards: { CSTD_TP: [2021, 2024] }, initiatives: [initiative(2023, 'NATIONAL')] });
    expect(judge(record, 'CSTD_TQ', 2025).eligible).toBe(true);
    expect(judge(record, 'CSTD_TQ', 2024).failed).toEqual(['CSTD_TP_TWICE']);
  });

  test('the switch of legal basis: 2023 under Decree 91 (reading 2017–2022) repeats the rule, 2024 under Law 06 (reading 2018–2023)', () => {
    const record = person({ awards: { CSTD_TP: [2019, 2022] }, initiatives: [initiative(2021, 'NATIONAL')] });
    const before = judge(record, 'CSTD_TQ', 2023);
    expect([before.version.id, before.eligible]).toEqual(['DECREE_91_2017', true]);
    expect(conditionOf(before, 'CSTD_TP_TWICE').evidence.note).toBe('CSTD_TP held in 2 of the 6 years 2017–2022');
    const after = judge(record, 'CSTD_TQ', 2024);
    expect([after.version.id, after.eligible]).toEqual(['LAW_06_2022', true]);
    expect(before.conditions.map((condition) => condition.code)).toEqual(after.conditions.map((condition) => condition.code));
  });

  test.each([
    ['ending mid-2020 voids the first CSTD_TP year', discipline('2020-01-15', '2020-07-15'), ['CSTD_TP_TWICE']],
    ['ending in 2019 leaves both cycles', discipline('2019-01-15', '2019-07-15'), []],
  ])('judged for 2024, a discipline %s', (_, fact, failed) => {
    const verdict = judge(person({ awards: { CSTD_TP: [2020, 2023] }, initiatives: [national], disciplines: [fact] }), 'CSTD_TQ', 2024);
    expect(verdict.failed).toEqual(failed);
  });
});
