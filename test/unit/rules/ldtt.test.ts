import { judge } from '../../../services/core/rules';
import { discipline, person } from './records';

describe('LDTT: rated GOOD or better that year, no discipline in force', () => {
  test.each([
    ['EXCELLENT', true],
    ['GOOD', true],
    ['COMPLETED', false],
    ['NOT_COMPLETED', false],
  ] as const)('rated %s in 2024 → eligible %p', (rating, eligible) => {
    expect(judge(person({ ratings: { 2024: rating } }), 'LDTT', 2024).eligible).toBe(eligible);
  });

  test('no rating for the year: not eligible, RATED_GOOD fails', () => {
    const verdict = judge(person({ ratings: { 2023: 'EXCELLENT' } }), 'LDTT', 2024);
    expect(verdict.failed).toEqual(['RATED_GOOD']);
  });

  test.each([
    ['a discipline ending mid-year voids the year', discipline('2023-06-01', '2024-06-30'), ['RATED_GOOD', 'NO_DISCIPLINE']],
    ['a discipline starting on the last day of the year', discipline('2024-12-31', '2025-06-30'), ['RATED_GOOD', 'NO_DISCIPLINE']],
    ['a discipline ended the year before', discipline('2023-01-01', '2023-12-31'), []],
    ['a discipline starting the next year', discipline('2025-01-01', '2025-12-31'), []],
  ])('%s', (_, fact, failed) => {
    expect(judge(person({ ratings: { 2024: 'GOOD' }, disciplines: [fact] }), 'LDTT', 2024).failed).toEqual(failed);
  });

  test('the same rule before 2024, judged under Decree 91', () => {
    const verdict = judge(person({ ratings: { 2023: 'GOOD' } }), 'LDTT', 2023);
    expect(verdict.version.id).toBe('DECREE_91_2017');
    expect(verdict.eligible).toBe(true);
  });
});
