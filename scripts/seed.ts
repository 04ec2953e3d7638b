import 'reflect-metadata';
import { loadConfig } from '../services/core/config';
import { redact } from '../services/core/data-source';
import { isEmpty, openSubgraphDatabase, seedDatabase } from '../services/core/subgraph';
import { SUBGRAPHS } from '../services/subgraphs';

/**
 * `npm run seed`: loads the demo data set into each subgraph's configured database (embedded or
 * MySQL), after bringing its schema up to date. A database that already holds data is left alone
 * unless `--replace` is given, which deletes that subgraph's rows first, in the same transaction.
 */
async function main(): Promise<void> {
  const replace = process.argv.includes('--replace');
  const config = loadConfig();
  for (const definition of SUBGRAPHS) {
    const dbUrl = config.subgraphs[definition.name].dbUrl;
    const db = await openSubgraphDatabase(definition, dbUrl);
    try {
      if (!replace && !(await isEmpty(definition, db))) {
        console.log(`${definition.name}: ${redact(dbUrl)} already holds data; left as it is (--replace to reload it)`);
        continue;
      }
      await seedDatabase(definition, db, { dataset: config.dataset, scale: 1 }, replace);
      console.log(`${definition.name}: loaded the demo data into ${redact(dbUrl)}`);
    } finally {
      await db.destroy();
    }
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
