import { In, type DataSource } from 'typeorm';
import { groupBy, loadMany, loadOne } from '../core/loaders';
import { Award } from './entities/award';
import { AwardType } from './entities/award-type';

interface DistrictYear {
  districtId: string;
  year: number;
}

const AWARD_ORDER = { year: 'ASC', id: 'ASC' } as const;

export function createCityLoaders(db: DataSource) {
  const awards = db.getRepository(Award);
  return {
    awardTypeByCode: loadOne(
      (codes: readonly string[]) => db.getRepository(AwardType).findBy({ code: In([...codes]) }),
      (awardType) => awardType.code,
    ),
    awardsOfDistrict: loadMany(
      (districtIds: readonly string[]) => awards.find({ where: { districtId: In([...districtIds]) }, order: AWARD_ORDER }),
      (award) => award.districtId,
    ),
    awardsOfDistrictInYear: loadMany(
      async (keys: readonly DistrictYear[]) => {
        // One query per distinct year asked for in the request (usually one).
        const batches = [...groupBy(keys, (key) => key.year)].map(([year, sameYear]) =>
          awards.find({ where: { year, districtId: In(sameYear.map((key) => key.districtId)) }, order: AWARD_ORDER }),
        );
        return (await Promise.all(batches)).flat();
      },
      (award): DistrictYear => ({ districtId: award.districtId, year: award.year }),
    ),
  };
}

export type CityLoaders = ReturnType<typeof createCityLoaders>;
