import { compareSortKeys } from '../core/connections';
import { AwardGrouping } from './entities/award-grouping';
import type { AwardStatisticsGroup } from './entities/award-statistics-group';
import { AwardLevel, type AwardType } from './entities/award-type';
import type { LocalAwardCount } from './entities/local-award-count';
import type { AwardCount, CityLoaders } from './loaders';

interface Counted extends LocalAwardCount {
  /** Conferred by the district (its level is DISTRICT whatever the catalogue says). */
  local: boolean;
}

type Group = Omit<AwardStatisticsGroup, 'count'>;

/** Every award of the year: the districts' and the city's. */
export function totalCount(local: LocalAwardCount[], city: AwardCount[]): number {
  return [...local, ...city].reduce((sum, { count }) => sum + count, 0);
}

/** The year's counts of both levels, grouped, largest count first, then by key. */
export async function awardStatisticsGroups(
  groupBy: AwardGrouping,
  local: LocalAwardCount[],
  city: AwardCount[],
  loaders: CityLoaders,
): Promise<AwardStatisticsGroup[]> {
  const counts: Counted[] = [...local.map((count) => ({ ...count, local: true })), ...city.map((count) => ({ ...count, local: false }))];
  const codes = [...new Set(counts.map((count) => count.awardTypeCode))];
  const types = new Map<string, AwardType | null>();
  // Grouping by district needs nothing of the catalogue.
  if (groupBy !== AwardGrouping.DISTRICT) {
    const found = await Promise.all(codes.map((code) => loaders.awardTypeByCode.load(code)));
    codes.forEach((code, index) => types.set(code, found[index]));
  }
  const groupOf: Record<AwardGrouping, (count: Counted) => Group> = {
    [AwardGrouping.DISTRICT]: ({ districtId }) => ({ key: districtId, district: { id: districtId }, awardType: null, level: null }),
    [AwardGrouping.AWARD_TYPE]: ({ awardTypeCode }) => {
      const type = types.get(awardTypeCode) ?? null;
      return { key: awardTypeCode, district: null, awardType: type, level: type?.level ?? null };
    },
    [AwardGrouping.LEVEL]: ({ awardTypeCode, local: conferredByDistrict }) => {
      // The city's awards reference the catalogue by foreign key.
      const level = conferredByDistrict ? AwardLevel.DISTRICT : types.get(awardTypeCode)!.level;
      return { key: level, district: null, awardType: null, level };
    },
  };
  const groups = new Map<string, AwardStatisticsGroup>();
  for (const count of counts) {
    const group = groupOf[groupBy](count);
    const sum = groups.get(group.key);
    if (sum) sum.count += count.count;
    else groups.set(group.key, { ...group, count: count.count });
  }
  return [...groups.values()].sort((a, b) => compareSortKeys([-a.count, a.key], [-b.count, b.key]));
}
