import { In, type DataSource } from 'typeorm';
import { loadOne } from '../core/loaders';
import { District } from './entities/district';

export function createDistrictLoaders(db: DataSource) {
  return {
    districtById: loadOne(
      (ids: readonly string[]) => db.getRepository(District).findBy({ id: In([...ids]) }),
      (district) => district.id,
    ),
  };
}

export type DistrictLoaders = ReturnType<typeof createDistrictLoaders>;
