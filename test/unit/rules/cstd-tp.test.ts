import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { discipline, initiative, person, years } from './records';

describe('CSTD_TP: 3 consecutive CSTDCS years ending with the year before the year judged, and an unused city initiative in them', () => {
  const cityInitiative = initiative(2022, 'CITY');

  test.each([
    ['3 consecutive years 2021–2023', years(2021, 2023), [cityInitiative], []],
    ['5 consecutive years 2019–2023', years(2019, 2023), [cityInitiative], []],
    ['2 consecutive years 2022–2023', [2022, 2023], [cityInitiative], ['CSTDCS_3_YEARS']],
    ['a gap year: 2020, 2021, 2023', [2020, 2021, 2023], [cityInitiative], ['CSTDCS_3_YEARS']],
    ['3 years ending with the year judged: 2022–2024', years(2022, 2024), [cityInitiative], ['CSTDCS_3_YEARS']],
    ['3 years ending two years before: 2020–2022', years(2020, 2022), [cityInitiative], ['CSTDCS_3_YEARS']],
    ['no initiative', years(2021, 2023), [], ['CITY_INITIATIVE']],
    ['a grassroots initiative only', years(2021, 2023), [initiative(2022, 'GRASSROOTS')], ['CITY_INITIATIVE']],
    ['a national initiative (wider scope counts)', years(2021, 2023), [initiative(2021, 'NATIONAL')], []],
    ['a city initiative of the first of the 3 years', years(2021, 2023), [initiative(2021, 'CITY')], []],
    ['a city initiative before the 3 years', years(2021, 2023), [initiative(2020, 'CITY')], ['CITY_INITIATIVE']],
    ['a city initiative of the year judged, after the 3 years', years(2021, 2023), [initiative(2024, 'CITY')], ['CITY_INITIATIVE']],
    ['a city initiative already used for a BK_TP', years(2021, 2023), [initiative(2022, 'CITY', 'BK_TP', 2023)], ['CITY_INITIATIVE']],
    ['a city initiative used for this very award', years(2021, 2023), [initiative(2022, 'CITY', 'CSTD_TP', 2024)], []],
  ])('judged for 2024: %s', (_, cstdcsYears, initiatives, failed) => {
    const verdict = judge(person({ awards: { CSTDCS: cstdcsYears }, initiatives }), 'CSTD_TP', 2024);
    expect(verdict.failed).toEqual(failed);
  });

  test('the period ends with the year before: CSTDCS 2022–2024 makes CSTD_TP 2025 eligible, not CSTD_TP 2024', () => {
    const record = person({ awards: { CSTDCS: years(2022, 2024) }, initiatives: [initiative(2023, 'CITY')] });
    const next = judge(record, 'CSTD_TP', 2025);
    expect([next.version.id, next.eligible]).toEqual(['LAW_06_2022', true]);
    expect(conditionOf(next, 'CSTDCS_3_YEARS').evidence).toMatchObject({ years: [2022, 2023, 2024], note: 'CSTDCS held in 3 of the 3 years 2022–2024' });
    expect(conditionOf(next, 'CITY_INITIATIVE').evidence.years).toEqual([2022, 2023, 2024]);
    const same = judge(record, 'CSTD_TP', 2024);
    expect(same.failed).toEqual(['CSTDCS_3_YEARS']);
    expect(conditionOf(same, 'CSTDCS_3_YEARS').evidence).toMatchObject({ years: [2022, 2023], count: 2, of: 3, note: 'CSTDCS held in 2 of the 3 years 2021–2023' });
  });

  test('the evidence gives the years and the awards it rests on', () => {
    const verdict = judge(person({ awards: { CSTDCS: [2020, 2022, 2023] }, initiatives: [cityInitiative] }), 'CSTD_TP', 2024);
    const run = conditionOf(verdict, 'CSTDCS_3_YEARS');
    expect(run.evidence.years).toEqual([2022, 2023]);
    expect(run.evidence).toMatchObject({ count: 2, of: 3, note: 'CSTDCS held in 2 of the 3 years 2021–2023' });
    expect(run.evidence.awards).toEqual([
      { awardTypeCode: 'CSTDCS', year: 2022 },
      { awardTypeCode: 'CSTDCS', year: 2023 },
    ]);
    expect(conditionOf(verdict, 'CITY_INITIATIVE').evidence).toMatchObject({ years: [2021, 2022, 2023], initiatives: [cityInitiative], count: 1, of: 1 });
  });

  test.each([
    ['ended in 2020: the run 2021–2023 counts', discipline('2020-02-01', '2020-11-30'), []],
    ['ended mid-2021: 2021 is void, the run breaks', discipline('2020-09-01', '2021-06-30'), ['CSTDCS_3_YEARS']],
    ['ended mid-2023, the last year of the period: the whole period and its initiative are void, though none is in force in 2024', discipline('2023-03-01', '2023-04-30'), ['CSTDCS_3_YEARS', 'CITY_INITIATIVE']],
    ['in force in 2024 itself', discipline('2024-03-01', '2024-04-30'), ['CSTDCS_3_YEARS', 'CITY_INITIATIVE', 'NO_DISCIPLINE']],
    ['beginning after the year judged changes nothing', discipline('2025-02-01', '2025-11-30'), []],
  ])('judged for 2024, a discipline %s', (_, fact, failed) => {
    const verdict = judge(person({ awards: { CSTDCS: years(2021, 2023) }, initiatives: [initiative(2023, 'CITY')], disciplines: [fact] }), 'CSTD_TP', 2024);
    expect(verdict.failed).toEqual(failed);
  });

  test('the switch of legal basis: 2023 under Decree 91, 2024 under Law 06, the same conditions', () => {
    const shape = { awards: { CSTDCS: years(2020, 2023) }, initiatives: [initiative(2021, 'CITY')] };
    const before = judge(person(shape), 'CSTD_TP', 2023);
    const after = judge(person(shape), 'CSTD_TP', 2024);
    expect([before.version.id, before.eligible]).toEqual(['DECREE_91_2017', true]);
    expect([after.version.id, after.eligible]).toEqual(['LAW_06_2022', true]);
    expect(before.conditions.map((condition) => condition.code)).toEqual(after.conditions.map((condition) => condition.code));
  });

  test('the version is chosen by the year judged, not by the years read: CSTD_TP 2024 is under Law 06 and reads 2021–2023, CSTD_TP 2023 under Decree 91 reads 2020–2022', () => {
    const record = person({ awards: { CSTDCS: years(2021, 2023) }, initiatives: [initiative(2022, 'CITY')] });
    const law06 = judge(record, 'CSTD_TP', 2024);
    expect([law06.version.id, law06.eligible]).toEqual(['LAW_06_2022', true]);
    expect(conditionOf(law06, 'CSTDCS_3_YEARS').evidence).toMatchObject({ years: [2021, 2022, 2023], note: 'CSTDCS held in 3 of the 3 years 2021–2023' });
    const decree91 = judge(record, 'CSTD_TP', 2023);
    expect(decree91.version.id).toBe('DECREE_91_2017');
    expect(decree91.failed).toEqual(['CSTDCS_3_YEARS']);
    expect(conditionOf(decree91, 'CSTDCS_3_YEARS').evidence).toMatchObject({ years: [2021, 2022], note: 'CSTDCS held in 2 of the 3 years 2020–2022' });
  });

  test('the issue\'s example: CSTD_TP 2017 without any CSTDCS fails under Decree 91', () => {
    const verdict = judge(person({ id: 'ba-dinh-p0126', awards: { CSTD_TP: [2017] } }), 'CSTD_TP', 2017);
    expect(verdict.version.id).toBe('DECREE_91_2017');
    expect(verdict.failed).toEqual(['CSTDCS_3_YEARS', 'CITY_INITIATIVE']);
  });
});
