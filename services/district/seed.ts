import type { EntityManager } from 'typeorm';
import { datasetPlan } from '../core/datasets';
import type { SeedOptions } from '../core/seed';
import { District, type DistrictKind } from './entities/district';

/** The district level's part of a data set: the districts; units, people and what they hold follow. */
export async function seedDistricts(manager: EntityManager, { dataset }: SeedOptions): Promise<void> {
  await manager.save(
    datasetPlan(dataset).districts.map(({ id, name, kind, validFrom, validTo }) =>
      manager.create(District, { id, name, kind: kind as DistrictKind, validFrom, validTo }),
    ),
  );
}
