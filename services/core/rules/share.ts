/*
 * Shares are compared in whole numbers: 0.7 of 1000 members is 700 exactly, never 699.9999 in floating
 * point. A share is a fraction with at most 4 decimals (0.7, 0.15, 0.5).
 */
const SCALE = 10000;

function scaled(share: number): number {
  return Math.round(share * SCALE);
}

/** count/of reaches `share` (or exceeds it when strict); an empty collective reaches nothing. */
export function reachesShare(count: number, of: number, share: number, strict: boolean): boolean {
  if (of <= 0) return false;
  return strict ? count * SCALE > scaled(share) * of : count * SCALE >= scaled(share) * of;
}

/** count stays within `share` of `of` (a cap: 15% of 304 allows 45, not 46). */
export function withinShare(count: number, of: number, share: number): boolean {
  return count * SCALE <= scaled(share) * of;
}

/** The share as a percentage for messages, e.g. 69.9. */
export function percent(count: number, of: number): string {
  return of > 0 ? ((count * 100) / of).toFixed(1) : '0.0';
}

/** A share as written in a rule, for messages: 0.7 → "70", 0.155 → "15.5". */
export function sharePercent(share: number): string {
  return String(scaled(share) / 100);
}
