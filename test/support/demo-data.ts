import type { DatasetName, SubgraphName } from '../../services/core/config';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import { seedWhenEmpty } from '../../demo/seeding';

/**
 * The demo data set (scale 1) into each given database that is empty, as `npm start` loads it
 * before the services start: the services never seed themselves.
 */
export async function seedEmptyDatabases(urls: Partial<Record<SubgraphName, string>>, dataset: DatasetName = 'hanoi'): Promise<void> {
  for (const definition of SUBGRAPHS) {
    const url = urls[definition.name];
    if (!url) continue;
    const db = await openSubgraphDatabase(definition, url);
    try {
      await seedWhenEmpty(definition, db, { dataset });
    } finally {
      await db.destroy();
    }
  }
}
