import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, SUBGRAPH_NAMES } from '../services/core/config';
import { redact } from '../services/core/data-source';
import { openSubgraphDatabase } from '../services/core/subgraph';
import { SUBGRAPHS } from '../services/subgraphs';
import { seedWhenEmpty } from '../demo/seeding';

/**
 * `npm start`: the three subgraphs and the gateway, each as its own process (as production runs
 * them), with their logs prefixed by name. Ctrl-C stops them all; if one dies, the rest stop too.
 * Before they start, an empty database is loaded with the demo data set where SEED_WHEN_EMPTY says
 * so (the default for the embedded database): the services themselves never write demo data.
 */
const config = loadConfig();
const COLOURS: Record<string, number> = { district: 36, cluster: 35, city: 33, gateway: 32 };
const children = new Map<string, ChildProcess>();
let stopping = false;

function prefixed(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
  const label = process.stdout.isTTY ? `\x1b[${COLOURS[name]}m${name.padEnd(8)}\x1b[0m` : name.padEnd(8);
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) out.write(`${label} | ${line}\n`);
  });
  stream.on('end', () => pending && out.write(`${label} | ${pending}\n`));
}

function launch(name: string, script: string): void {
  const child = spawn(process.execPath, [path.join(__dirname, '..', script)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(name, child);
  prefixed(name, child.stdout!, process.stdout);
  prefixed(name, child.stderr!, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`${name} exited (${signal ?? `code ${code}`}); stopping the others`);
      stop(1);
    } else if (children.size === 0) process.exit(process.exitCode ?? 0);
  });
}

function stop(exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill('SIGTERM');
}

/** The gateway may compose from the subgraphs (GATEWAY_SUPERGRAPH=introspect): start it once they answer. */
async function waitUntilLive(url: string, timeoutMs = 60_000): Promise<void> {
  const health = new URL('/health/live', url).toString();
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && !stopping; ) {
    try {
      if ((await fetch(health)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The demo data set into each empty database configured for it, one subgraph after the other. */
async function seedEmptyDatabases(): Promise<void> {
  for (const definition of SUBGRAPHS) {
    const own = config.subgraphs[definition.name];
    if (!own.seedWhenEmpty) continue;
    const db = await openSubgraphDatabase(definition, own.dbUrl);
    try {
      if (await seedWhenEmpty(definition, db, { dataset: config.dataset })) console.log(`${definition.name}: seeded ${redact(own.dbUrl)} with ${config.dataset}`);
    } finally {
      await db.destroy();
    }
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  await seedEmptyDatabases();
  for (const name of SUBGRAPH_NAMES) launch(name, `services/${name}/index.js`);
  await Promise.all(SUBGRAPH_NAMES.map((name) => waitUntilLive(`http://localhost:${config.subgraphs[name].port}/`)));
  // A subgraph that died while we waited has already stopped the others.
  if (stopping) return;
  launch('gateway', 'gateway/index.js');
  await waitUntilLive(`http://localhost:${config.gateway.port}/`);
  if (stopping) return;
  const gateway = `http://localhost:${config.gateway.port}`;
  const dashboard = config.gateway.dashboardDir;
  console.log(
    [
      '',
      `emulation-graph is up. Press Ctrl-C to stop.`,
      ...(dashboard ? [`Dashboard: ${gateway}/${fs.existsSync(path.join(dashboard, 'index.html')) ? '' : '  (not built: run npm run build)'}`] : []),
      ...(config.gateway.playground ? [`Playground: ${gateway}/graphql`] : []),
      `  ${'gateway (GraphQL)'.padEnd(22)}  ${gateway}/graphql`,
      ...SUBGRAPH_NAMES.map((name) => `  ${`${name} subgraph`.padEnd(22)}  http://localhost:${config.subgraphs[name].port}/graphql`),
      '',
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  stop(1);
});
