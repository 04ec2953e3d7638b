import { assertYear } from '../../core/errors';
import type { DistrictContext } from '../context';
import type { AwardGrouping } from '../entities/award-grouping';
import type { AwardStatistics } from '../entities/award-statistics';

/**
 * The city owns the statistics and references them here only for the counts its fields require;
 * the counts do not depend on the grouping, so every grouping of a year shares one statement.
 */
export async function resolveAwardStatisticsReference(
  reference: { year: number; groupBy: AwardGrouping; includeRevoked: boolean },
  { loaders }: DistrictContext,
): Promise<AwardStatistics> {
  assertYear(reference.year);
  const { year, groupBy, includeRevoked } = reference;
  return { year, groupBy, includeRevoked, localAwardCounts: await loaders.localAwardCountsOfYear.load({ year, includeRevoked }) };
}
