import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { AuditEntry } from '../core/audit';
import { pagedList } from '../core/connections';
import { loadByKey, loadMany, loadOne, perYear } from '../core/loaders';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardRule } from './entities/award-rule';
import { AwardType, RecipientKind } from './entities/award-type';
import { ParIndex } from './entities/par-index';
import { whereAwardFilter, type AwardFilter } from './award-filter';

interface DistrictYear {
  districtId: string;
  year: number;
}

/** How many awards of a type a district's recipients hold in a year. */
export interface AwardCount {
  year: number;
  districtId: string;
  awardTypeCode: string;
  count: number;
}

type Recipient = 'districtId' | 'unitId' | 'personId';

export function createCityLoaders(db: DataSource) {
  const awards = db.getRepository(Award);
  const awardPages = (owner: Recipient) =>
    pagedList<Award, AwardFilter>(db, { entity: Award, owner: [owner], sort: ['year', 'id'], filter: whereAwardFilter });
  // Every award a recipient holds, for the histories that merge them with the district's.
  const heldBy = (column: Recipient, where: FindOptionsWhere<Award> = {}) =>
    loadMany(
      (ids: readonly string[]) => awards.findBy({ ...where, [column]: In([...ids]) }),
      (award: Award) => award[column]!,
    );
  return {
    awardTypeByCode: loadByKey(db, AwardType, 'code'),
    awardRuleById: loadByKey(db, AwardRule, 'id'),
    rulesOfVersion: loadMany(
      (ids: readonly string[]) => db.getRepository(AwardRule).findBy({ versionId: In([...ids]) }),
      (rule: AwardRule) => rule.versionId,
    ),
    decisionById: loadByKey(db, AwardDecision, 'id'),
    /** Awards to a district as a whole and to the collectives and people in it. */
    awardsOfDistrict: awardPages('districtId'),
    awardsOfUnit: awardPages('unitId'),
    awardsOfPerson: awardPages('personId'),
    awardsOfDecision: pagedList(db, { entity: Award, owner: ['decisionId'], sort: ['id'] }),
    heldByDistrict: heldBy('districtId', { recipientKind: RecipientKind.DISTRICT }),
    heldByUnit: heldBy('unitId'),
    heldByPerson: heldBy('personId'),
    /** Every award to the district, its units and its people: the facts of its eligible candidates. */
    heldInDistrict: heldBy('districtId'),
    awardCountsOfYear: loadMany(
      (years: readonly number[]) =>
        awards
          .createQueryBuilder('award')
          .select('award.year', 'year')
          .addSelect('award.districtId', 'districtId')
          .addSelect('award.awardTypeCode', 'awardTypeCode')
          .addSelect('COUNT(*)', 'count')
          .where('award.year IN (:...years)', { years: [...years] })
          .groupBy('award.year')
          .addGroupBy('award.districtId')
          .addGroupBy('award.awardTypeCode')
          .getRawMany<AwardCount>()
          // MySQL answers COUNT(*) as a string.
          .then((rows) => rows.map((row) => ({ ...row, year: Number(row.year), count: Number(row.count) }))),
      (count: AwardCount) => count.year,
    ),
    /** An audit log, oldest first (the scope's index holds the order). */
    auditOfScope: pagedList(db, { entity: AuditEntry, owner: ['scope'], sort: ['id'] }),
    parIndexOfDistrictInYear: loadOne(
      (keys: readonly DistrictYear[]) =>
        perYear(keys, (year, sameYear) => db.getRepository(ParIndex).findBy({ year, districtId: In(sameYear.map((key) => key.districtId)) })),
      (parIndex): DistrictYear => ({ districtId: parIndex.districtId, year: parIndex.year }),
    ),
  };
}

export type CityLoaders = ReturnType<typeof createCityLoaders>;
