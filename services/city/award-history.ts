import { compareSortKeys, connectionFromArray, type Connection, type PageArgs } from '../core/connections';
import { inAwardFilter, type AwardFilter } from './award-filter';
import type { Award } from './entities/award';
import type { AwardRecord } from './entities/award-record';
import { AwardLevel, LEVEL_ORDER } from './entities/award-type';
import type { LocalAwardRecord } from './entities/local-award-record';
import type { CityLoaders } from './loaders';

/** Year, then level (district before city before national), then award type code, then id. */
const sortKeyOf = (record: AwardRecord) => [record.year, LEVEL_ORDER.indexOf(record.level), record.awardTypeCode, record.id];

function fromDistrict(record: LocalAwardRecord): AwardRecord {
  return {
    id: `district-${record.id}`,
    year: record.year,
    level: AwardLevel.DISTRICT,
    awardTypeCode: record.awardTypeCode,
    decisionNumber: record.decisionNumber,
    decidedOn: record.decidedOn,
    conferredBy: record.conferredBy,
    source: record.source,
    status: record.status,
    award: null,
  };
}

async function fromCity(award: Award, loaders: CityLoaders): Promise<AwardRecord> {
  const [type, decision] = await Promise.all([
    loaders.awardTypeByCode.load(award.awardTypeCode),
    award.decisionId === null ? null : loaders.decisionById.load(award.decisionId),
  ]);
  return {
    id: `city-${award.id}`,
    year: award.year,
    // The foreign key guarantees the type exists.
    level: type!.level,
    awardTypeCode: award.awardTypeCode,
    decisionNumber: decision?.number ?? null,
    decidedOn: decision?.signedOn ?? null,
    // An award records who conferred it exactly when it has no decision to say so.
    conferredBy: decision?.issuingAuthority ?? award.conferredBy!,
    source: award.source,
    status: award.status,
    award,
  };
}

/**
 * A recipient's district-conferred awards (sent by the gateway for @requires) merged with the
 * city's, filtered, ordered and paged. The city's come from the request's loaders, so a page of
 * many recipients' histories costs the same statements as one.
 */
export async function awardHistory(
  localAwardRecords: LocalAwardRecord[],
  cityAwards: Award[],
  filter: AwardFilter,
  page: PageArgs,
  loaders: CityLoaders,
): Promise<Connection<AwardRecord>> {
  // Every record's type in one batch: the page's awardType fields then find them all cached.
  await loaders.awardTypeByCode.loadMany([...localAwardRecords, ...cityAwards].map((record) => record.awardTypeCode));
  const records = [...localAwardRecords.map(fromDistrict), ...(await Promise.all(cityAwards.map((award) => fromCity(award, loaders))))];
  const kept = records.filter((record) => inAwardFilter(filter, record)).sort((a, b) => compareSortKeys(sortKeyOf(a), sortKeyOf(b)));
  return connectionFromArray(kept, page, sortKeyOf);
}
