import { In, type DataSource, type FindOptionsWhere, type Repository } from 'typeorm';
import { loadByKey, loadMany, loadOne, perYear } from '../core/loaders';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardType } from './entities/award-type';
import { ParIndex } from './entities/par-index';

interface DistrictYear {
  districtId: string;
  year: number;
}

/** A recipient (district, unit or person) and a year. */
interface OwnerYear {
  id: string;
  year: number;
}

const AWARD_ORDER = { year: 'ASC', id: 'ASC' } as const;

/** The awards held by a district, unit or person: all of them, or one year's. */
function awardsOf(awards: Repository<Award>, column: 'districtId' | 'unitId' | 'personId') {
  const where = (ids: readonly string[], year?: number) => ({ [column]: In([...ids]), ...(year === undefined ? {} : { year }) }) as FindOptionsWhere<Award>;
  return {
    all: loadMany(
      (ids: readonly string[]) => awards.find({ where: where(ids), order: AWARD_ORDER }),
      (award) => award[column]!,
    ),
    inYear: loadMany(
      (keys: readonly OwnerYear[]) =>
        perYear(keys, (year, sameYear) => awards.find({ where: where(sameYear.map((key) => key.id), year), order: AWARD_ORDER })),
      (award): OwnerYear => ({ id: award[column]!, year: award.year }),
    ),
  };
}

export function createCityLoaders(db: DataSource) {
  const awards = db.getRepository(Award);
  const ofDistrict = awardsOf(awards, 'districtId');
  const ofUnit = awardsOf(awards, 'unitId');
  const ofPerson = awardsOf(awards, 'personId');
  return {
    awardTypeByCode: loadByKey(db, AwardType, 'code'),
    decisionById: loadByKey(db, AwardDecision, 'id'),
    awardsOfDecision: loadMany(
      (decisionIds: readonly number[]) => awards.find({ where: { decisionId: In([...decisionIds]) }, order: { id: 'ASC' } }),
      (award) => award.decisionId!,
    ),
    awardsOfDistrict: ofDistrict.all,
    awardsOfDistrictInYear: ofDistrict.inYear,
    awardsOfUnit: ofUnit.all,
    awardsOfUnitInYear: ofUnit.inYear,
    awardsOfPerson: ofPerson.all,
    awardsOfPersonInYear: ofPerson.inYear,
    parIndexOfDistrictInYear: loadOne(
      (keys: readonly DistrictYear[]) =>
        perYear(keys, (year, sameYear) => db.getRepository(ParIndex).findBy({ year, districtId: In(sameYear.map((key) => key.districtId)) })),
      (parIndex): DistrictYear => ({ districtId: parIndex.districtId, year: parIndex.year }),
    ),
  };
}

export type CityLoaders = ReturnType<typeof createCityLoaders>;
