import { Brackets, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Discipline } from '../entities/discipline';
import { Initiative } from '../entities/initiative';
import { LocalAward } from '../entities/local-award';
import { Person } from '../entities/person';
import { Target } from '../entities/target';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';
import { countUnitTitles, type DistrictRows, type InitiativeRow, type LocalAwardRow, type PersonRow, type RatingRow, type UnitTitleCountRow } from './records';
import type { RuleReads, YearWindow } from './window';

/**
 * The district's rows that recipients' records rest on, read with a fixed number of statements
 * whatever the number of recipients: by district and years for a whole district, by recipient
 * for named ones. Every statement filters by district_id, the shard key. The manager is the
 * request's (loaders) or the write's transaction's.
 */

const distinct = <T>(values: T[]): T[] => [...new Set(values)];
const lastDay = (year: number) => `${year}-12-31`;
const firstDay = (year: number) => `${year}-01-01`;

/** Which kinds of records the rows must serve. */
export interface RecordNeeds {
  people: boolean;
  units: boolean;
  districts: boolean;
  /** The unit's title counts of each person (quotas). */
  unitCounts: boolean;
}

function ofDistricts<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, districtIds: string[]): SelectQueryBuilder<T> {
  return manager.getRepository(entity).createQueryBuilder('row').where('row.districtId IN (:...districtIds)', { districtIds });
}

const inWindow = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, { fromYear, toYear }: YearWindow) =>
  query.andWhere('row.year BETWEEN :fromYear AND :toYear', { fromYear, toYear });

// A discipline matters to a window when it is in force in it or ends in it: it voids the years up to its end.
const disciplinesIn = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>, { fromYear, toYear }: YearWindow) =>
  query.andWhere('row.to >= :windowStart', { windowStart: firstDay(fromYear) }).andWhere('row.from <= :windowEnd', { windowEnd: lastDay(toYear) });

const noRows = (): DistrictRows => ({ people: [], units: [], ratings: [], initiatives: [], disciplines: [], localAwards: [], targets: [], unitTitleCounts: [] });

/**
 * Only the columns the rules read, as plain values: a whole district's rows are many (every person's
 * years), and building entities of them would cost more than the judging.
 */
function plain<T>(query: SelectQueryBuilder<ObjectLiteral>, columns: Record<keyof T & string, string>): Promise<T[]> {
  query.select([]);
  for (const [property, column] of Object.entries(columns) as Array<[string, string]>) query.addSelect(`row.${column}`, property);
  return query.getRawMany<T>();
}

const PERSON_COLUMNS = { id: 'id', districtId: 'district_id', unitId: 'unit_id', gender: 'gender' };
const RATING_COLUMNS = { personId: 'person_id', unitId: 'unit_id', year: 'year', rating: 'rating' };
const AWARD_COLUMNS = { personId: 'person_id', unitId: 'unit_id', year: 'year', awardTypeCode: 'award_type_code' };
const INITIATIVE_COLUMNS = { id: 'id', personId: 'person_id', year: 'year', title: 'title', scope: 'scope', usedForAwardCode: 'used_for_award_code' };

// A revoked title is as if never conferred: the rules read only the titles in force.
const inForce = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => query.andWhere('row.inForce = 1');

/**
 * Every row of whole districts in the window that the rules read (RuleReads): what a candidate
 * list judges every recipient from.
 */
export async function rowsOfDistricts(manager: EntityManager, districtIds: string[], window: YearWindow, needs: RecordNeeds, reads: RuleReads): Promise<DistrictRows> {
  const rows = noRows();
  const people = needs.people || needs.units;
  const awards = inForce(inWindow(ofDistricts(manager, LocalAward, districtIds), window)).andWhere('row.awardTypeCode IN (:...awardCodes)', { awardCodes: reads.awardCodes });
  const [everyone, ratings, localAwards, disciplines, initiatives, units, targets] = await Promise.all([
    people ? plain<PersonRow>(ofDistricts(manager, Person, districtIds).orderBy('row.id'), PERSON_COLUMNS) : [],
    people && reads.ratings ? plain<RatingRow>(inWindow(ofDistricts(manager, YearRating, districtIds), reads.ratings), RATING_COLUMNS) : [],
    people ? plain<LocalAwardRow>(awards, AWARD_COLUMNS) : [],
    // Few, and their dates need the entity's reading of a DATE column.
    people ? disciplinesIn(ofDistricts(manager, Discipline, districtIds), window).getMany() : [],
    needs.people && reads.initiatives ? plain<InitiativeRow>(inWindow(ofDistricts(manager, Initiative, districtIds), window), INITIATIVE_COLUMNS) : [],
    needs.units ? ofDistricts(manager, Unit, districtIds).orderBy('row.id').getMany() : [],
    needs.districts ? inWindow(ofDistricts(manager, Target, districtIds), window).getMany() : [],
  ]);
  Object.assign(rows, { people: everyone, ratings, localAwards, disciplines, initiatives, units, targets });
  if (needs.unitCounts) rows.unitTitleCounts = countUnitTitles(rows.people, rows.localAwards);
  return rows;
}

export interface NamedRecipients {
  districtIds: string[];
  personIds: string[];
  unitIds: string[];
}

/** Rows of people or units (either column) among `holderIds`, in the window. */
function ofHolders<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, districtIds: string[], personIds: string[], unitIds: string[]): SelectQueryBuilder<T> {
  return ofDistricts(manager, entity, districtIds).andWhere(
    new Brackets((holders) => {
      if (personIds.length) holders.orWhere('row.personId IN (:...personIds)', { personIds });
      if (unitIds.length) holders.orWhere('row.unitId IN (:...unitIds)', { unitIds });
    }),
  );
}

/** How many people of each unit hold each district title, per year of the window (quotas). */
async function unitTitleCounts(manager: EntityManager, districtIds: string[], unitIds: string[], window: YearWindow): Promise<UnitTitleCountRow[]> {
  const counted: Array<{ unitId: string; year: number | string; awardTypeCode: string; holders: number | string }> = await manager
    .getRepository(LocalAward)
    .createQueryBuilder('award')
    .innerJoin(Person, 'holder', 'holder.id = award.person_id AND holder.district_id = award.district_id')
    .select('holder.unit_id', 'unitId')
    .addSelect('award.year', 'year')
    .addSelect('award.award_type_code', 'awardTypeCode')
    .addSelect('COUNT(*)', 'holders')
    .where('award.district_id IN (:...districtIds)', { districtIds })
    .andWhere('holder.unit_id IN (:...unitIds)', { unitIds })
    .andWhere('award.year BETWEEN :fromYear AND :toYear', window)
    .andWhere('award.in_force = 1')
    .groupBy('holder.unit_id')
    .addGroupBy('award.year')
    .addGroupBy('award.award_type_code')
    .getRawMany();
  // MySQL answers COUNT(*) as a string.
  return counted.map((row) => ({ unitId: row.unitId, year: Number(row.year), awardTypeCode: row.awardTypeCode, holders: Number(row.holders) }));
}

/**
 * The rows of named people, units and districts in the window: each person's, each unit's and its
 * members' (a collective's rules read every member), each district's targets.
 */
export async function rowsOfRecipients(manager: EntityManager, named: NamedRecipients, window: YearWindow, needs: RecordNeeds): Promise<DistrictRows> {
  const rows = noRows();
  const { personIds, unitIds } = named;
  const districtIds = distinct(named.districtIds);
  if (districtIds.length === 0) return rows;
  if (personIds.length || unitIds.length) {
    rows.people = await ofDistricts(manager, Person, districtIds)
      .andWhere(
        new Brackets((which) => {
          if (personIds.length) which.orWhere('row.id IN (:...personIds)', { personIds });
          if (unitIds.length) which.orWhere('row.unitId IN (:...unitIds)', { unitIds });
        }),
      )
      .orderBy('row.id')
      .getMany();
    const everyone = rows.people.map((person) => person.id);
    const namedPeople = personIds.filter((id) => everyone.includes(id));
    const [units, ratings, localAwards, initiatives, disciplines, counts] = await Promise.all([
      unitIds.length ? ofDistricts(manager, Unit, districtIds).andWhere('row.id IN (:...unitIds)', { unitIds }).getMany() : [],
      everyone.length || unitIds.length ? inWindow(ofHolders(manager, YearRating, districtIds, everyone, unitIds), window).getMany() : [],
      everyone.length || unitIds.length ? inForce(inWindow(ofHolders(manager, LocalAward, districtIds, everyone, unitIds), window)).getMany() : [],
      namedPeople.length
        ? inWindow(ofDistricts(manager, Initiative, districtIds).andWhere('row.personId IN (:...namedPeople)', { namedPeople }), window).getMany()
        : [],
      everyone.length ? disciplinesIn(ofDistricts(manager, Discipline, districtIds).andWhere('row.personId IN (:...everyone)', { everyone }), window).getMany() : [],
      needs.unitCounts && namedPeople.length
        ? unitTitleCounts(manager, districtIds, distinct(rows.people.filter((person) => namedPeople.includes(person.id)).map((person) => person.unitId)), window)
        : [],
    ]);
    Object.assign(rows, { units, ratings, localAwards, initiatives, disciplines, unitTitleCounts: counts });
  }
  if (needs.districts) rows.targets = await inWindow(ofDistricts(manager, Target, districtIds), window).getMany();
  return rows;
}
