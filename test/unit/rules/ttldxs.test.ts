import { judge } from '../../../services/core/rules';
import { conditionOf } from './find-condition';
import type { RatingName } from '../../../services/core/rules';
import { collective, discipline, members, type MembersShape } from './records';

describe('TTLDXS: rated EXCELLENT, every member COMPLETED+, ≥70% LDTT, a member CSTDCS, no member disciplined WARNING+', () => {
  const good = { total: 10, ldtt: 7, cstdcs: 1 };
  const cases: Array<[string, RatingName, MembersShape, string[]]> = [
    ['all conditions met', 'EXCELLENT', good, []],
    ['the collective rated GOOD', 'GOOD', good, ['RATED_EXCELLENT']],
    ['69.9% LDTT', 'EXCELLENT', { total: 1000, ldtt: 699, cstdcs: 1 }, ['LDTT_SHARE_70_PERCENT']],
    ['70.0% LDTT', 'EXCELLENT', { total: 1000, ldtt: 700, cstdcs: 1 }, []],
    ['no member CSTDCS', 'EXCELLENT', { total: 10, ldtt: 7 }, ['MEMBER_CSTDCS']],
    ['a member NOT_COMPLETED', 'EXCELLENT', { ...good, overrides: { 9: { rating: 'NOT_COMPLETED' } } }, ['MEMBERS_COMPLETED']],
    ['a member without a rating', 'EXCELLENT', { ...good, overrides: { 9: { rating: null } } }, ['MEMBERS_COMPLETED']],
    ['every member COMPLETED', 'EXCELLENT', { ...good, rating: 'COMPLETED' }, []],
    ['a member under a warning', 'EXCELLENT', { ...good, overrides: { 2: { disciplines: [discipline('2024-05-01', '2025-04-30', 'WARNING')] } } }, ['NO_MEMBER_DISCIPLINED']],
    ['a member reprimanded', 'EXCELLENT', { ...good, overrides: { 2: { disciplines: [discipline('2024-05-01', '2025-04-30', 'REPRIMAND')] } } }, []],
  ];

  test.each(cases)('%s', (_, rating, shape, failed) => {
    expect(judge(collective(2024, rating, members(shape)), 'TTLDXS', 2024).failed).toEqual(failed);
  });

  test('the evidence names the members that fall short', () => {
    const verdict = judge(collective(2024, 'EXCELLENT', members({ ...good, overrides: { 9: { rating: 'NOT_COMPLETED' } } })), 'TTLDXS', 2024);
    expect(conditionOf(verdict, 'MEMBERS_COMPLETED').evidence).toMatchObject({ count: 9, of: 10, note: 'not rated COMPLETED or better: ba-dinh-p0010' });
  });

  test('the same conditions before 2024, under Decree 91 (70% there too)', () => {
    const before = judge(collective(2023, 'EXCELLENT', members({ total: 10, ldtt: 6, cstdcs: 1 })), 'TTLDXS', 2023);
    expect(before.version.id).toBe('DECREE_91_2017');
    expect(before.failed).toEqual(['LDTT_SHARE_70_PERCENT']);
    expect(judge(collective(2023, 'EXCELLENT', members(good)), 'TTLDXS', 2023).eligible).toBe(true);
  });
});
