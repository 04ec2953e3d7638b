import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import { discipline, person, rated, type PersonShape } from './records';

describe('BK_TTG to a person: BK_TP before the 5 years before the year judged, GOOD+ in those 5 years, 3 CSTDCS in them', () => {
  const base: PersonShape = { awards: { BK_TP: [2018], CSTDCS: [2019, 2021, 2023] }, ratings: rated(2019, 2023, 'GOOD') };
  const cases: Array<[string, PersonShape, string[]]> = [
    ['BK_TP 2018, GOOD 2019–2023, CSTDCS 2019, 2021, 2023', base, []],
    ['BK_TP 2019: inside the period, not before it', { ...base, awards: { BK_TP: [2019], CSTDCS: [2019, 2021, 2023] } }, ['HOLDS_BK_TP_BEFORE']],
    ['no BK_TP', { ...base, awards: { CSTDCS: [2019, 2021, 2023] } }, ['HOLDS_BK_TP_BEFORE']],
    ['a gap year: COMPLETED in 2021', { ...base, ratings: { ...rated(2019, 2023, 'GOOD'), 2021: 'COMPLETED' } }, ['GOOD_5_YEARS']],
    ['4 years GOOD: 2020–2023', { ...base, ratings: rated(2020, 2023, 'GOOD') }, ['GOOD_5_YEARS']],
    ['GOOD 2020–2024: the year judged does not count', { ...base, ratings: rated(2020, 2024, 'GOOD') }, ['GOOD_5_YEARS']],
    ['2 CSTDCS in the period', { ...base, awards: { BK_TP: [2018], CSTDCS: [2018, 2021, 2023] } }, ['CSTDCS_3_IN_5_YEARS']],
    ['the third CSTDCS in the year judged', { ...base, awards: { BK_TP: [2018], CSTDCS: [2019, 2021, 2024] } }, ['CSTDCS_3_IN_5_YEARS']],
    ['a discipline ended mid-2019: 2019 is void', { ...base, disciplines: [discipline('2018-10-01', '2019-03-31')] }, ['GOOD_5_YEARS', 'CSTDCS_3_IN_5_YEARS']],
    ['a discipline ended in 2018: the BK_TP still held, the period clear', { ...base, disciplines: [discipline('2018-03-01', '2018-09-30')] }, []],
  ];

  test.each(cases)('judged for 2024: %s', (_, shape, failed) => {
    expect(judge(person(shape), 'BK_TTG', 2024).failed).toEqual(failed);
  });

  test('the evidence gives the BK_TP year and the CSTDCS years', () => {
    const verdict = judge(person(base), 'BK_TTG', 2024);
    expect(conditionOf(verdict, 'HOLDS_BK_TP_BEFORE').evidence.years).toEqual([2018]);
    expect(conditionOf(verdict, 'CSTDCS_3_IN_5_YEARS').evidence).toMatchObject({ years: [2019, 2021, 2023], note: 'CSTDCS held in 3 of the 5 years 2019–2023' });
    expect(conditionOf(verdict, 'GOOD_5_YEARS').evidence.years).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  test('the period ends with the year before: BK_TP 2019, GOOD 2020–2024, CSTDCS 2020, 2022, 2024 make BK_TTG 2025 eligible, not BK_TTG 2024', () => {
    const record = person({ awards: { BK_TP: [2019], CSTDCS: [2020, 2022, 2024] }, ratings: rated(2020, 2024, 'GOOD') });
    expect(judge(record, 'BK_TTG', 2025).eligible).toBe(true);
    expect(judge(record, 'BK_TTG', 2024).failed).toEqual(['HOLDS_BK_TP_BEFORE', 'GOOD_5_YEARS', 'CSTDCS_3_IN_5_YEARS']);
  });

  test('the switch of legal basis: 2023 under Decree 91 with the same rule, reading 2018–2022', () => {
    const verdict = judge(person({ awards: { BK_TP: [2017], CSTDCS: [2018, 2020, 2022] }, ratings: rated(2018, 2022, 'EXCELLENT') }), 'BK_TTG', 2023);
    expect([verdict.version.id, verdict.eligible]).toEqual(['DECREE_91_2017', true]);
    expect(conditionOf(verdict, 'CSTDCS_3_IN_5_YEARS').evidence.note).toBe('CSTDCS held in 3 of the 5 years 2018–2022');
  });
});

describe('HCLD_3 to a person: BK_TTG before the 5 years before the year judged, GOOD+ in those 5 years, at least 1 EXCELLENT, 3 CSTDCS in them', () => {
  const base: PersonShape = { awards: { BK_TTG: [2018], CSTDCS: [2020, 2021, 2022] }, ratings: { ...rated(2019, 2023, 'GOOD'), 2022: 'EXCELLENT' } };
  const cases: Array<[string, PersonShape, string[]]> = [
    ['all met', base, []],
    ['no EXCELLENT year', { ...base, ratings: rated(2019, 2023, 'GOOD') }, ['EXCELLENT_IN_5_YEARS']],
    ['EXCELLENT only in 2018, before the period', { ...base, ratings: { ...rated(2019, 2023, 'GOOD'), 2018: 'EXCELLENT' } }, ['EXCELLENT_IN_5_YEARS']],
    ['EXCELLENT only in 2024, the year judged', { ...base, ratings: { ...rated(2019, 2023, 'GOOD'), 2024: 'EXCELLENT' } }, ['EXCELLENT_IN_5_YEARS']],
    ['BK_TTG 2019: inside the period, not before it', { ...base, awards: { BK_TTG: [2019], CSTDCS: [2020, 2021, 2022] } }, ['HOLDS_BK_TTG_BEFORE']],
    ['BK_TP instead of BK_TTG', { ...base, awards: { BK_TP: [2018], CSTDCS: [2020, 2021, 2022] } }, ['HOLDS_BK_TTG_BEFORE']],
    ['a gap year in the ratings', { ...base, ratings: { 2019: 'GOOD', 2020: 'GOOD', 2022: 'EXCELLENT', 2023: 'GOOD' } }, ['GOOD_5_YEARS']],
    ['a discipline in force in 2024', { ...base, disciplines: [discipline('2024-11-01', '2025-04-30')] }, ['GOOD_5_YEARS', 'EXCELLENT_IN_5_YEARS', 'CSTDCS_3_IN_5_YEARS', 'NO_DISCIPLINE']],
  ];

  test.each(cases)('judged for 2024: %s', (_, shape, failed) => {
    expect(judge(person(shape), 'HCLD_3', 2024).failed).toEqual(failed);
  });

  test('the period ends with the year before: a record through 2024 makes HCLD_3 2025 eligible, not HCLD_3 2024', () => {
    const record = person({ awards: { BK_TTG: [2019], CSTDCS: [2021, 2022, 2024] }, ratings: { ...rated(2020, 2024, 'GOOD'), 2024: 'EXCELLENT' } });
    expect(judge(record, 'HCLD_3', 2025).eligible).toBe(true);
    expect(judge(record, 'HCLD_3', 2024).failed).toEqual(['HOLDS_BK_TTG_BEFORE', 'GOOD_5_YEARS', 'EXCELLENT_IN_5_YEARS', 'CSTDCS_3_IN_5_YEARS']);
  });

  test('the switch of legal basis: 2023 under Decree 91 with the same rule, reading 2018–2022', () => {
    const verdict = judge(person({ awards: { BK_TTG: [2017], CSTDCS: [2019, 2020, 2021] }, ratings: rated(2018, 2022, 'EXCELLENT') }), 'HCLD_3', 2023);
    expect([verdict.version.id, verdict.eligible]).toEqual(['DECREE_91_2017', true]);
    expect(conditionOf(verdict, 'GOOD_5_YEARS').evidence.years).toEqual([2018, 2019, 2020, 2021, 2022]);
  });
});
