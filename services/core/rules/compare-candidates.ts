import type { RecipientRecord } from './record';

/**
 * The documented tie rule among equally qualified candidates: women first (the law gives them
 * priority), then by id so the order is stable.
 */
export function compareCandidates(a: Pick<RecipientRecord, 'gender' | 'id'>, b: Pick<RecipientRecord, 'gender' | 'id'>): number {
  const womenFirst = Number(b.gender === 'FEMALE') - Number(a.gender === 'FEMALE');
  if (womenFirst !== 0) return womenFirst;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
