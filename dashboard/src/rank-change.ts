/** A district's place in a ranking. */
export interface RankedDistrict {
  districtId: string;
  rank: number;
}

/**
 * How each district moved since the previous ranking: positive when it rose (rank 5 → 3 is +2),
 * negative when it fell, 0 when it held; null when it was not ranked before (a new or merged unit).
 */
export function rankChanges(current: RankedDistrict[], previous: RankedDistrict[]): Map<string, number | null> {
  const before = new Map(previous.map((entry) => [entry.districtId, entry.rank]));
  return new Map(
    current.map((entry) => {
      const rank = before.get(entry.districtId);
      return [entry.districtId, rank === undefined ? null : rank - entry.rank];
    }),
  );
}
