import type { EntityManager } from 'typeorm';
import { KnownEntity, type ReferenceKind } from '../services/core/references';
import { datasetPlan, plannedPeople, plannedUnits } from './datasets';
import { insertInBatches } from './insert-in-batches';
import type { SeedOptions } from './seed-options';

/** The data set's identities of the kinds a level points to, at the scale its seed uses. */
export async function seedKnownEntities(manager: EntityManager, { dataset, scale, progress }: SeedOptions, kinds: ReferenceKind[]): Promise<void> {
  const plan = datasetPlan(dataset);
  const rows: KnownEntity[] = [];
  const known = (kind: ReferenceKind, id: string, districtId: string) => rows.push({ kind, id, districtId, origin: 'dataset' });
  for (const district of plan.districts) {
    if (kinds.includes('District')) known('District', district.id, district.id);
    if (kinds.includes('Unit')) for (const unit of plannedUnits(dataset, district, scale)) known('Unit', unit.id, district.id);
    if (kinds.includes('Person')) {
      for (const person of plannedPeople(dataset, district, scale)) known('Person', person.id, district.id);
    }
  }
  if (kinds.includes('Person')) for (const person of plan.namedPeople) known('Person', person.id, person.districtId);
  await insertInBatches(manager, KnownEntity, rows, progress);
}
