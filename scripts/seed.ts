import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, loadEnvFile } from '../services/core/config';
import { redact } from '../services/core/data-source';
import { DATASET_NAMES, type DatasetName } from '../services/core/config';
import { openSubgraphDatabase } from '../services/core/subgraph';
import type { SeedOptions } from '../demo/seed-options';
import { isEmpty, seedDatabase } from '../demo/seeding';
import { SUBGRAPHS } from '../services/subgraphs';
import { changePublisher } from '../services/core/change-feed';
import { connectedRedis } from '../services/core/redis';

const USAGE = `npm run seed -- [--dataset ${DATASET_NAMES.join('|')}] [--scale N] [--replace]

Loads a data set into each subgraph's configured database (embedded or MySQL), after bringing its
schema up to date. A database that already holds data is left alone unless --replace is given,
which deletes that subgraph's demo rows first, in the same transaction (reference data that
migrations load, the award catalogue and the rule versions, stays).
  --dataset  the data set (default: SEED_DATASET, else hanoi)
  --scale    1 is the demo; N makes every district N times as large (default 1)`;

function readArguments(defaultDataset: DatasetName): { dataset: DatasetName; scale: number; replace: boolean } {
  const { values } = parseArgs({
    options: { dataset: { type: 'string' }, scale: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dataset = (values.dataset ?? defaultDataset) as DatasetName;
  if (!(DATASET_NAMES as readonly string[]).includes(dataset)) throw new Error(`--dataset must be one of ${DATASET_NAMES.join(', ')}, got "${dataset}"\n\n${USAGE}`);
  const scale = Number(values.scale ?? 1);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error(`--scale must be a whole number from 1 to 1000, got "${values.scale}"\n\n${USAGE}`);
  return { dataset, scale, replace: values.replace ?? false };
}

/** Reports progress: a bar redrawn in place on a terminal, one line per finished table elsewhere. */
function progressReporter(subgraph: string): { progress: NonNullable<SeedOptions['progress']>; rows(): number } {
  let total = 0;
  const written = new Map<string, number>();
  const started = Date.now();
  return {
    rows: () => total,
    progress(table, rows, of) {
      total += rows - (written.get(table) ?? 0);
      written.set(table, rows);
      const rate = Math.round(total / Math.max((Date.now() - started) / 1000, 0.001));
      const label = `${subgraph} ${table}`.padEnd(32);
      if (process.stdout.isTTY) {
        const filled = Math.round((rows / of) * 30);
        process.stdout.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${rows.toLocaleString('en')}/${of.toLocaleString('en')}  ${rate.toLocaleString('en')} rows/s `);
        if (rows === of) process.stdout.write('\n');
      } else if (rows === of) {
        console.log(`${label} ${of.toLocaleString('en')} rows`);
      }
    },
  };
}

async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const { dataset, scale, replace } = readArguments(config.dataset);
  const started = Date.now();
  let rows = 0;
  // A running deployment must not go on serving answers cached from the data this replaces.
  const redis = config.redis && (await connectedRedis(config.redis));
  const publish = changePublisher(config, redis);
  for (const definition of SUBGRAPHS) {
    const dbUrl = config.subgraphs[definition.name].dbUrl;
    const db = await openSubgraphDatabase(definition, dbUrl);
    try {
      if (!replace && !(await isEmpty(definition, db))) {
        console.log(`${definition.name}: ${redact(dbUrl)} already holds data; left as it is (--replace to reload it)`);
        continue;
      }
      const reporter = progressReporter(definition.name);
      const subgraphStarted = Date.now();
      await seedDatabase(definition, db, { dataset, scale, progress: reporter.progress }, replace);
      rows += reporter.rows();
      await publish(definition.name).catch((error: Error) => console.warn(`${definition.name}: the gateway could not be told of the new data (${error.message}): its cached answers may be stale for RESPONSE_CACHE_TTL_S`));
      console.log(`${definition.name}: loaded ${dataset} at scale ${scale} into ${redact(dbUrl)} in ${((Date.now() - subgraphStarted) / 1000).toFixed(1)} s`);
    } finally {
      await db.destroy();
    }
  }
  await redis?.quit();
  const seconds = (Date.now() - started) / 1000;
  console.log(`${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s: ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
