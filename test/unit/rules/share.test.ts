import { reachesShare, withinShare } from '../../../services/core/rules/share';

describe('shares compared in whole numbers', () => {
  test.each([
    [699, 1000, 0.7, false, false],
    [700, 1000, 0.7, false, true],
    [7, 10, 0.7, false, true],
    [69999, 100000, 0.7, false, false],
    [500, 1000, 0.5, true, false],
    [501, 1000, 0.5, true, true],
    [0, 0, 0.5, false, false],
  ])('%i of %i reaches %p (strict %p): %p', (count, of, share, strict, expected) => {
    expect(reachesShare(count, of, share, strict)).toBe(expected);
  });

  test.each([
    [15, 100, true],
    [16, 100, false],
    [45, 304, true],
    [46, 304, false],
    [3, 20, true],
    [1, 0, false],
  ])('%i of %i within 15%: %p', (count, of, expected) => {
    expect(withinShare(count, of, 0.15)).toBe(expected);
  });
});
