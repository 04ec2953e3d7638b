import type { DataSource } from 'typeorm';
import type { SubgraphDefinition } from '../services/core/subgraph';
import { DEMO_SEEDS } from './registry';
import type { SeedOptions } from './seed-options';

/** The entities a demo seed writes and `--replace` deletes: all but the reference data migrations load. */
function demoEntities(definition: SubgraphDefinition): Function[] {
  const reference = new Set(definition.referenceData ?? []);
  return definition.entities.filter((entity) => !reference.has(entity));
}

/** True when the subgraph's database holds no rows besides its reference data. */
export async function isEmpty(definition: SubgraphDefinition, db: DataSource): Promise<boolean> {
  for (const entity of demoEntities(definition)) if ((await db.getRepository(entity).count()) > 0) return false;
  return true;
}

/**
 * Loads the subgraph's part of a data set; with `replace`, its demo rows are deleted first, in the
 * same transaction. Reference data (the award catalogue, the rule versions) is never deleted.
 */
export async function seedDatabase(definition: SubgraphDefinition, db: DataSource, options: SeedOptions, replace = false): Promise<void> {
  await db.transaction(async (manager) => {
    if (replace) {
      for (const entity of [...demoEntities(definition)].reverse()) {
        await manager.createQueryBuilder().delete().from(entity).execute();
      }
    }
    await DEMO_SEEDS[definition.name](manager, options);
  });
}

/** Loads the data set at scale 1 into an empty database (npm start, tests); answers whether it did. */
export async function seedWhenEmpty(definition: SubgraphDefinition, db: DataSource, options: Omit<SeedOptions, 'scale'>): Promise<boolean> {
  if (!(await isEmpty(definition, db))) return false;
  await seedDatabase(definition, db, { ...options, scale: 1 });
  return true;
}
