import { districtChair } from '../entities/district';
import type { LocalAward } from '../entities/local-award';
import type { LocalAwardRecord } from '../entities/local-award-record';
import type { DistrictLoaders } from '../loaders';

/**
 * The records of a unit's or a person's local awards, each naming the authority that conferred it.
 * The district is asked in the same tick as the awards, so it joins the loader's one batch.
 */
export async function localAwardRecords(loaders: DistrictLoaders, districtId: string, awards: Promise<LocalAward[]>): Promise<LocalAwardRecord[]> {
  const [district, rows] = await Promise.all([loaders.districtById.load(districtId), awards]);
  // The foreign key guarantees the district exists.
  const conferredBy = districtChair(district!);
  return rows.map(({ id, year, awardTypeCode, decisionNumber, decidedOn, source, status }) => ({
    id: String(id),
    year,
    awardTypeCode,
    decisionNumber,
    decidedOn,
    conferredBy,
    source,
    status,
  }));
}
