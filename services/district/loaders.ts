import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral, type WhereExpressionBuilder } from 'typeorm';
import { AuditEntry } from '../core/audit';
import { pagedList, type Connection } from '../core/connections';
import { cacheKey, groupBy, loadByKey, loadMany, perYear } from '../core/loaders';
import { AwardStatus } from '../core/award-status';
import type { RecipientKindName } from '../core/rules';
import type { DistrictRows } from './eligibility/records';
import { rowsOfDistricts, rowsOfRecipients, type RecordNeeds } from './eligibility/rows';
import type { RuleReads, YearWindow } from './eligibility/window';
import { District } from './entities/district';
import type { EligibleCandidate } from './entities/eligible-candidate';
import { Discipline } from './entities/discipline';
import { Initiative } from './entities/initiative';
import { LocalAward } from './entities/local-award';
import type { LocalAwardCount } from './entities/local-award-count';
import { Movement } from './entities/movement';
import { Person } from './entities/person';
import { Successor } from './entities/successor';
import { Target } from './entities/target';
import { Unit, type UnitKind } from './entities/unit';
import { YearRating } from './entities/year-rating';

export interface DistrictYear {
  districtId: string;
  year: number;
}
export interface DistrictUnit {
  districtId: string;
  unitId: string;
}
export interface DistrictPerson {
  districtId: string;
  personId: string;
}
/** A year's counts of awards, with or without the revoked ones. */
interface YearCounts extends RevokedFilter {
  year: number;
}
interface DistrictYearCounts extends DistrictYear, RevokedFilter {}
export interface LocalAwardCountRow extends LocalAwardCount {
  year: number;
  includeRevoked: boolean;
}
/** Whether a list or count of awards takes the revoked ones too. */
export interface RevokedFilter {
  includeRevoked: boolean;
}
interface UnitFilter {
  kind: UnitKind;
}
interface LocalAwardFilter extends RevokedFilter {
  year: number;
  awardTypeCode: string | null;
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

/** Rows of the keys' districts and years: one query per distinct year (a request almost always asks for one). */
async function byDistrictAndYear<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, keys: readonly DistrictYear[]): Promise<T[]> {
  return perYear(keys, (year, sameYear) =>
    db
      .getRepository(entity)
      .createQueryBuilder('row')
      .where('row.districtId IN (:...districtIds)', { districtIds: distinct(sameYear.map((key) => key.districtId)) })
      .andWhere('row.year = :year', { year })
      .orderBy('row.id')
      .getMany(),
  );
}

/** Only the awards in force, unless the revoked ones are asked for too. */
function whereInForce(query: WhereExpressionBuilder, alias: string, { includeRevoked }: RevokedFilter): void {
  if (!includeRevoked) query.andWhere(`${alias}.status = :filterStatus`, { filterStatus: AwardStatus.CONFERRED });
}

/**
 * The local awards of the given years, counted by year, district and award type; only the given
 * districts' when named; the revoked ones only when asked for.
 */
async function countLocalAwards(db: DataSource, years: number[], districtIds: string[] | null, revoked: RevokedFilter): Promise<LocalAwardCountRow[]> {
  const query = db
    .getRepository(LocalAward)
    .createQueryBuilder('award')
    .select('award.year', 'year')
    .addSelect('award.district_id', 'districtId')
    .addSelect('award.award_type_code', 'awardTypeCode')
    .addSelect('COUNT(*)', 'count')
    .where('award.year IN (:...years)', { years });
  if (districtIds) query.andWhere('award.district_id IN (:...districtIds)', { districtIds });
  whereInForce(query, 'award', revoked);
  const rows: Array<{ year: number; districtId: string; awardTypeCode: string; count: string | number }> = await query
    .groupBy('award.year')
    .addGroupBy('award.district_id')
    .addGroupBy('award.award_type_code')
    .orderBy('award.year')
    .addOrderBy('award.district_id')
    .addOrderBy('award.award_type_code')
    .getRawMany();
  // MySQL answers COUNT(*) as a string.
  return rows.map((row) => ({ year: Number(row.year), districtId: row.districtId, awardTypeCode: row.awardTypeCode, count: Number(row.count), ...revoked }));
}

/**
 * Rows held by the given units or people. The district is in the filter too: it is the shard key,
 * and a unit or person is always asked for together with its district.
 */
function byHolder<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: 'unitId' | 'personId',
  keys: ReadonlyArray<{ districtId: string; holderId: string }>,
  order: string[],
): Promise<T[]> {
  const query = db
    .getRepository(entity)
    .createQueryBuilder('row')
    .where('row.districtId IN (:...districtIds)', { districtIds: distinct(keys.map((key) => key.districtId)) })
    .andWhere(`row.${column} IN (:...holderIds)`, { holderIds: distinct(keys.map((key) => key.holderId)) });
  for (const field of order) query.addOrderBy(`row.${field}`);
  return query.getMany();
}

/** A recipient whose record is read, with the years its rule can look at. */
export interface RecipientRowsKey extends YearWindow {
  districtId: string;
  kind: RecipientKindName;
  id: string;
  /** Whether the rule reads the unit's title counts (a quota). */
  unitCounts: boolean;
}

/** A whole district's rows for the recipient kinds a rule takes, in the years it can look at. */
export interface DistrictRowsKey extends YearWindow {
  districtId: string;
  needs: RecordNeeds;
  reads: RuleReads;
}

const windowAndNeeds = ({ fromYear, toYear }: YearWindow, needs: unknown) => cacheKey({ fromYear, toYear, needs });

/**
 * The rows of the recipients a request judges, batched: the keys that share a window are read
 * together (a fixed number of statements, rowsOfRecipients), and each gets the batch's rows, from
 * which its record is built.
 */
function recipientRows(db: DataSource): DataLoader<RecipientRowsKey, DistrictRows, string> {
  return new DataLoader<RecipientRowsKey, DistrictRows, string>(
    async (keys) => {
      const batches = new Map<string, Promise<DistrictRows>>();
      for (const [group, sameWindow] of groupBy(keys, (key) => windowAndNeeds(key, key.unitCounts))) {
        const ids = (kind: RecipientKindName) => [...new Set(sameWindow.filter((key) => key.kind === kind).map((key) => key.id))];
        const needs: RecordNeeds = { people: true, units: true, districts: ids('DISTRICT').length > 0, unitCounts: sameWindow[0].unitCounts };
        batches.set(
          group,
          rowsOfRecipients(db.manager, { districtIds: sameWindow.map((key) => key.districtId), personIds: ids('INDIVIDUAL'), unitIds: ids('COLLECTIVE') }, sameWindow[0], needs),
        );
      }
      return Promise.all(keys.map((key) => batches.get(windowAndNeeds(key, key.unitCounts))!));
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Whole districts' rows (the candidate lists): by district and window, whatever the district's size. */
function districtRows(db: DataSource): DataLoader<DistrictRowsKey, DistrictRows, string> {
  return new DataLoader<DistrictRowsKey, DistrictRows, string>(
    async (keys) => {
      const batches = new Map<string, Promise<DistrictRows>>();
      const asked = (key: DistrictRowsKey) => windowAndNeeds(key, { needs: key.needs, reads: key.reads });
      for (const [group, sameWindow] of groupBy(keys, asked)) {
        const { needs, reads } = sameWindow[0];
        batches.set(group, rowsOfDistricts(db.manager, [...new Set(sameWindow.map((key) => key.districtId))], sameWindow[0], needs, reads));
      }
      return Promise.all(keys.map((key) => batches.get(asked(key))!));
    },
    { cacheKeyFn: cacheKey },
  );
}

const ofUnits = (keys: readonly DistrictUnit[]) => keys.map(({ districtId, unitId }) => ({ districtId, holderId: unitId }));
const ofPeople = (keys: readonly DistrictPerson[]) => keys.map(({ districtId, personId }) => ({ districtId, holderId: personId }));

export function createDistrictLoaders(db: DataSource) {
  return {
    districtById: loadByKey(db, District, 'id'),
    successorsOfDistrict: loadMany(
      (ids: readonly string[]) => db.getRepository(Successor).find({ where: { districtId: In([...ids]) }, order: { name: 'ASC' } }),
      (successor) => successor.districtId,
    ),
    unitsOfDistrict: pagedList<Unit, UnitFilter>(db, {
      entity: Unit,
      owner: ['districtId'],
      sort: ['id'],
      filter: (query, alias, { kind }) => query.andWhere(`${alias}.kind = :filterKind`, { filterKind: kind }),
    }),
    peopleOfDistrict: pagedList(db, { entity: Person, owner: ['districtId'], sort: ['id'] }),
    peopleOfUnit: pagedList(db, { entity: Person, owner: ['districtId', 'unitId'], sort: ['id'] }),
    // Ids are unique across the city, and a reference from another subgraph carries only the id:
    // on a sharded deployment these two go through a lookup index on id.
    unitById: loadByKey(db, Unit, 'id'),
    personById: loadByKey(db, Person, 'id'),
    movementsOfDistrict: loadMany(
      (ids: readonly string[]) => db.getRepository(Movement).find({ where: { districtId: In([...ids]) }, order: { year: 'ASC', id: 'ASC' } }),
      (movement) => movement.districtId,
    ),
    movementsOfDistrictInYear: loadMany(
      (keys: readonly DistrictYear[]) => byDistrictAndYear(db, Movement, keys),
      (movement): DistrictYear => ({ districtId: movement.districtId, year: movement.year }),
    ),
    targetsOfDistrict: loadMany(
      (keys: readonly DistrictYear[]) => byDistrictAndYear(db, Target, keys),
      (target): DistrictYear => ({ districtId: target.districtId, year: target.year }),
    ),
    localAwardsOfDistrict: pagedList<LocalAward, LocalAwardFilter>(db, {
      entity: LocalAward,
      owner: ['districtId'],
      sort: ['awardTypeCode', 'id'],
      filter: (query, alias, filter) => {
        query.andWhere(`${alias}.year = :filterYear`, { filterYear: filter.year });
        if (filter.awardTypeCode !== null) query.andWhere(`${alias}.awardTypeCode = :filterAwardType`, { filterAwardType: filter.awardTypeCode });
        whereInForce(query, alias, filter);
      },
    }),
    localAwardCountsOfDistrict: loadMany(
      (keys: readonly DistrictYearCounts[]) =>
        perYear(keys, (year, sameYear) =>
          Promise.all(
            [...groupBy(sameYear, (key) => key.includeRevoked)].map(([includeRevoked, same]) =>
              countLocalAwards(db, [year], distinct(same.map((key) => key.districtId)), { includeRevoked }),
            ),
          ).then((counts) => counts.flat()),
        ),
      (row): DistrictYearCounts => ({ districtId: row.districtId, year: row.year, includeRevoked: row.includeRevoked }),
    ),
    // Every district's counts of a year, grouped by district: what the city's statistics require.
    localAwardCountsOfYear: loadMany(
      (keys: readonly YearCounts[]) =>
        Promise.all(
          [...groupBy(keys, (key) => key.includeRevoked)].map(([includeRevoked, same]) => countLocalAwards(db, same.map((key) => key.year), null, { includeRevoked })),
        ).then((counts) => counts.flat()),
      (row): YearCounts => ({ year: row.year, includeRevoked: row.includeRevoked }),
    ),
    ratingsOfUnit: loadMany(
      (keys: readonly DistrictUnit[]) => byHolder(db, YearRating, 'unitId', ofUnits(keys), ['year']),
      (rating): DistrictUnit => ({ districtId: rating.districtId, unitId: rating.unitId! }),
    ),
    ratingsOfPerson: loadMany(
      (keys: readonly DistrictPerson[]) => byHolder(db, YearRating, 'personId', ofPeople(keys), ['year']),
      (rating): DistrictPerson => ({ districtId: rating.districtId, personId: rating.personId! }),
    ),
    localAwardsOfUnit: pagedList<LocalAward, RevokedFilter>(db, { entity: LocalAward, owner: ['districtId', 'unitId'], sort: ['year', 'awardTypeCode', 'id'], filter: whereInForce }),
    localAwardsOfPerson: pagedList<LocalAward, RevokedFilter>(db, { entity: LocalAward, owner: ['districtId', 'personId'], sort: ['year', 'awardTypeCode', 'id'], filter: whereInForce }),
    // Whole histories, for the records the city merges into its award histories.
    everyLocalAwardOfUnit: loadMany(
      (keys: readonly DistrictUnit[]) => byHolder(db, LocalAward, 'unitId', ofUnits(keys), ['year', 'awardTypeCode']),
      (award): DistrictUnit => ({ districtId: award.districtId, unitId: award.unitId! }),
    ),
    everyLocalAwardOfPerson: loadMany(
      (keys: readonly DistrictPerson[]) => byHolder(db, LocalAward, 'personId', ofPeople(keys), ['year', 'awardTypeCode']),
      (award): DistrictPerson => ({ districtId: award.districtId, personId: award.personId! }),
    ),
    initiativesOfPerson: loadMany(
      (keys: readonly DistrictPerson[]) => byHolder(db, Initiative, 'personId', ofPeople(keys), ['year', 'id']),
      (initiative): DistrictPerson => ({ districtId: initiative.districtId, personId: initiative.personId }),
    ),
    disciplinesOfPerson: loadMany(
      (keys: readonly DistrictPerson[]) => byHolder(db, Discipline, 'personId', ofPeople(keys), ['from']),
      (discipline): DistrictPerson => ({ districtId: discipline.districtId, personId: discipline.personId }),
    ),
    // A district's audit log is its scope's rows (district:<id>), in the order they were written.
    auditLogOfScope: pagedList(db, { entity: AuditEntry, owner: ['scope'], sort: ['id'] }),
    // The rows eligibility judges recipients from (services/district/eligibility).
    recipientRows: recipientRows(db),
    districtRows: districtRows(db),
    // A candidate list's edges, pageInfo and totalCount share one judgement of the district.
    candidatePages: new Map<string, Promise<Connection<EligibleCandidate>>>(),
  };
}

export type DistrictLoaders = ReturnType<typeof createDistrictLoaders>;
