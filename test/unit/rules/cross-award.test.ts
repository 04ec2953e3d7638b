import { GraphQLError } from 'graphql';
import { compareCandidates, judge, notEligible, redactPersonal, type ConditionResult } from '../../../services/core/rules';
import { collective, discipline, initiative, members, person, years } from './records';

describe('award types with no history rule get the cross-award conditions only', () => {
  test.each(['GK', 'HCLD_1', 'HCLD_2'])('%s to a person: NO_DISCIPLINE', (awardType) => {
    expect(judge(person(), awardType, 2024).conditions.map((condition) => condition.code)).toEqual(['NO_DISCIPLINE']);
    expect(judge(person({ disciplines: [discipline('2024-06-01', '2024-06-30')] }), awardType, 2024).failed).toEqual(['NO_DISCIPLINE']);
  });

  test.each(['GK', 'HCLD_1', 'HCLD_2', 'HCLD_3', 'BK_TTG', 'HCDL_1', 'HCDL_2', 'HCDL_3'])('%s to a collective: no condition', (awardType) => {
    expect(judge(collective(2024, null, []), awardType, 2024)).toMatchObject({ eligible: true, conditions: [], failed: [] });
  });
});

describe('an initiative is used once', () => {
  test('an initiative used for CSTDCS 2022 cannot carry the CSTD_TP of 2024; a fresh one can', () => {
    const used = initiative(2022, 'CITY', 'CSTDCS', 2022);
    const shape = { awards: { CSTDCS: years(2021, 2023) }, initiatives: [used] };
    expect(judge(person(shape), 'CSTD_TP', 2024).failed).toEqual(['CITY_INITIATIVE']);
    expect(judge(person({ ...shape, initiatives: [used, initiative(2023, 'CITY')] }), 'CSTD_TP', 2024).eligible).toBe(true);
  });

  test('an initiative used for this award with no year known does not count (usedForYear must be filled)', () => {
    const verdict = judge(person({ awards: { CSTDCS: years(2021, 2023) }, initiatives: [initiative(2022, 'CITY', 'CSTD_TP', null)] }), 'CSTD_TP', 2024);
    expect(verdict.failed).toEqual(['CITY_INITIATIVE']);
  });
});

describe('women first among equally qualified candidates, then by id', () => {
  test('sorts FEMALE before MALE and unknown, each by id', () => {
    const candidates = [
      person({ id: 'b-3', gender: 'MALE' }),
      person({ id: 'b-1', gender: null }),
      person({ id: 'b-4', gender: 'FEMALE' }),
      person({ id: 'b-2', gender: 'FEMALE' }),
      person({ id: 'b-0', gender: 'MALE' }),
    ];
    expect([...candidates].sort(compareCandidates).map((candidate) => candidate.id)).toEqual(['b-2', 'b-4', 'b-0', 'b-1', 'b-3']);
  });

  test('equal candidates compare as 0', () => {
    expect(compareCandidates(person({ id: 'x', gender: 'FEMALE' }), person({ id: 'x', gender: 'FEMALE' }))).toBe(0);
  });
});

describe('redactPersonal: which conditions failed stays, the ratings and disciplines behind them go', () => {
  const record = person({
    awards: { CSTDCS: [2022, 2023] },
    ratings: { 2022: 'EXCELLENT', 2023: 'EXCELLENT' },
    initiatives: [initiative(2023, 'GRASSROOTS')],
    disciplines: [discipline('2021-11-01', '2022-02-28')],
  });
  const verdict = judge(record, 'BK_TP', 2024);
  const redacted = redactPersonal(verdict);
  const all = (conditions: ConditionResult[]): ConditionResult[] => conditions.flatMap((condition) => [condition, ...all(condition.parts)]);

  test('no rating and no discipline anywhere; the same met flags', () => {
    expect(all(verdict.conditions).some((condition) => condition.evidence.ratings.length > 0 || condition.evidence.disciplines.length > 0)).toBe(true);
    for (const condition of all(redacted.conditions)) {
      expect(condition.evidence.ratings).toEqual([]);
      expect(condition.evidence.disciplines).toEqual([]);
    }
    expect(all(redacted.conditions).map((condition) => [condition.code, condition.met])).toEqual(all(verdict.conditions).map((condition) => [condition.code, condition.met]));
    expect(redacted.eligible).toBe(verdict.eligible);
    expect(redacted.failed).toEqual(verdict.failed);
  });

  test('a rating condition loses its years, counts and note too; a title condition keeps its awards', () => {
    const rating = all(redacted.conditions).find((condition) => condition.code === 'EXCELLENT_2_YEARS')!;
    expect(rating.evidence).toMatchObject({ years: [], count: null, of: null, note: 'Ratings and disciplines withheld: the caller may not read this personal data.' });
    const title = all(redacted.conditions).find((condition) => condition.code === 'CSTDCS_2_YEARS')!;
    expect(title.evidence.awards).toEqual([{ awardTypeCode: 'CSTDCS', year: 2022 }, { awardTypeCode: 'CSTDCS', year: 2023 }]);
    expect(title.evidence.note).not.toMatch(/do not count/);
  });

  test('a collective: the members disciplined are not named', () => {
    const unit = judge(collective(2024, 'GOOD', members({ total: 4, ldtt: 4, overrides: { 1: { disciplines: [discipline('2024-01-01', '2024-12-31', 'WARNING')] } } })), 'TTLDTT', 2024);
    const hidden = redactPersonal(unit).conditions.find((condition) => condition.code === 'NO_MEMBER_DISCIPLINED')!;
    expect(hidden.met).toBe(false);
    expect(hidden.evidence).toMatchObject({ disciplines: [], count: null, note: expect.not.stringContaining('ba-dinh-p0002') });
  });

  test('the verdict given is not changed', () => {
    expect(all(verdict.conditions).find((condition) => condition.code === 'CSTDCS_2_YEARS')!.evidence.disciplines).toEqual(record.disciplines);
  });
});

describe('notEligible: NOT_ELIGIBLE naming each recipient and failed condition', () => {
  test('only the ineligible verdicts, with code, en and vi of each failed condition', () => {
    const refused = judge(person({ id: 'ba-dinh-p0126', awards: { CSTD_TP: [2017] } }), 'CSTD_TP', 2017);
    const accepted = judge(person({ id: 'ba-dinh-p0002', ratings: { 2017: 'GOOD' } }), 'LDTT', 2017);
    const error = notEligible([accepted, refused], 'issueDecision');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions.code).toBe('NOT_ELIGIBLE');
    expect(error.message).toBe('issueDecision: not eligible: ba-dinh-p0126 for CSTD_TP 2017 (DECREE_91_2017) fails CSTDCS_3_YEARS, CITY_INITIATIVE');
    expect(error.extensions.failed).toEqual([
      {
        recipientId: 'ba-dinh-p0126',
        awardType: 'CSTD_TP',
        year: 2017,
        version: 'DECREE_91_2017',
        conditions: refused.conditions.filter((condition) => !condition.met).map(({ code, en, vi }) => ({ code, en, vi })),
      },
    ]);
  });
});
