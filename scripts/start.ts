import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, loadEnvFile, SUBGRAPH_NAMES } from '../services/core/config';
import { redact } from '../services/core/data-source';
import { openSubgraphDatabase } from '../services/core/subgraph';
import { SUBGRAPHS } from '../services/subgraphs';
import { seedWhenEmpty } from '../demo/seeding';
import { freePorts, parseReplicas, SERVICE_NAMES, replicasRefusal, REPLICAS_USAGE, type Replicas, type ServiceName } from './replicas';

/**
 * `npm start`: the three subgraphs and the gateway, each as its own process (as production runs
 * them), with their logs prefixed by name. Ctrl-C stops them all; if one dies, the rest stop too.
 * Before they start, an empty database is loaded with the demo data set where SEED_WHEN_EMPTY says
 * so (the default for the embedded database): the services themselves never write demo data.
 * `--replicas` starts several instances of a service (scripts/replicas.ts): the gateways reach every
 * instance of each subgraph, and several gateways stand behind a balancer on GATEWAY_PORT.
 */
loadEnvFile();
const config = loadConfig();
const COLOURS: Record<ServiceName | 'balancer', number> = { district: 36, cluster: 35, city: 33, gateway: 32, balancer: 34 };
const children = new Map<string, ChildProcess>();
let stopping = false;

/** One process `npm start` runs: a service's instance, or the balancer. */
interface Instance {
  service: ServiceName | 'balancer';
  /** Its name in the log prefix: the service's, numbered when there are several. */
  label: string;
  port: number;
  script: string;
}

function prefixed(instance: Instance, stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
  const { label: name, service } = instance;
  const label = process.stdout.isTTY ? `\x1b[${COLOURS[service]}m${name.padEnd(10)}\x1b[0m` : name.padEnd(10);
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) out.write(`${label} | ${line}\n`);
  });
  stream.on('end', () => pending && out.write(`${label} | ${pending}\n`));
}

function launch(instance: Instance, env: Record<string, string>): void {
  const name = instance.label;
  const child = spawn(process.execPath, [path.join(__dirname, '..', instance.script)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  children.set(name, child);
  prefixed(instance, child.stdout!, process.stdout);
  prefixed(instance, child.stderr!, process.stderr);
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

/**
 * `--replicas N` or `--replicas district=2,…`; typed without `--` (`npm start --replicas 2`), npm takes
 * the flag for its own, sets npm_config_replicas=true and passes the value on alone.
 */
function readReplicas(): Replicas {
  const { values, positionals } = parseArgs({ options: { replicas: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    console.log(REPLICAS_USAGE);
    process.exit(0);
  }
  const npm = process.env.npm_config_replicas;
  return parseReplicas(values.replicas ?? (npm === 'true' ? positionals[0] : npm));
}

/** Each service's instances: the first on the configured port, the others on free ones. */
async function planInstances(replicas: Replicas): Promise<{ subgraphs: Instance[]; gateways: Instance[]; balancer?: Instance }> {
  const balanced = replicas.gateway > 1;
  const spare = await freePorts(SERVICE_NAMES.reduce((sum, service) => sum + replicas[service] - 1, balanced ? 1 : 0));
  const plan = (service: ServiceName, port: number, script: string): Instance[] =>
    Array.from({ length: replicas[service] }, (_, index) => ({
      service,
      label: replicas[service] > 1 ? `${service}-${index + 1}` : service,
      port: index === 0 ? port : spare.pop()!,
      script,
    }));
  const subgraphs = SUBGRAPH_NAMES.flatMap((name) => plan(name, config.subgraphs[name].port, `services/${name}/index.js`));
  if (!balanced) return { subgraphs, gateways: plan('gateway', config.gateway.port, 'gateway/index.js') };
  // Clients keep GATEWAY_PORT: the balancer takes it, and the gateways take free ports.
  const gateways = plan('gateway', spare.pop()!, 'gateway/index.js');
  return { subgraphs, gateways, balancer: { service: 'balancer', label: 'balancer', port: config.gateway.port, script: 'gateway/balancer-main.js' } };
}

const local = (instance: Instance, route = '') => `http://localhost:${instance.port}${route}`;

async function main(): Promise<void> {
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  const replicas = readReplicas();
  const refusal = replicasRefusal(config, replicas);
  if (refusal) throw new Error(refusal);
  await seedEmptyDatabases();
  const { subgraphs, gateways, balancer } = await planInstances(replicas);
  const front = balancer ?? gateways[0];
  // The cluster and city subgraphs ask the graph at GRAPH_URL: where clients reach it, unless set.
  const graphUrl = process.env.GRAPH_URL || local(front, '/graphql');
  for (const instance of subgraphs) launch(instance, { [`${instance.service.toUpperCase()}_PORT`]: String(instance.port), GRAPH_URL: graphUrl });
  await Promise.all(subgraphs.map((instance) => waitUntilLive(local(instance))));
  // A subgraph that died while we waited has already stopped the others.
  if (stopping) return;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphs.filter((instance) => instance.service === name).map((instance) => local(instance, '/graphql')).join(',')]),
  );
  for (const instance of gateways) launch(instance, { ...subgraphUrls, GATEWAY_PORT: String(instance.port), GRAPH_URL: graphUrl });
  await Promise.all(gateways.map((instance) => waitUntilLive(local(instance))));
  if (stopping) return;
  if (balancer) {
    launch(balancer, { BALANCER_PORT: String(balancer.port), BALANCER_TARGETS: gateways.map((instance) => local(instance)).join(',') });
    await waitUntilLive(local(balancer));
    if (stopping) return;
  }
  const gateway = local(front);
  const dashboard = config.gateway.dashboardDir;
  console.log(
    [
      '',
      `emulation-graph is up. Press Ctrl-C to stop.`,
      ...(dashboard ? [`Dashboard: ${gateway}/${fs.existsSync(path.join(dashboard, 'index.html')) ? '' : '  (not built: run npm run build)'}`] : []),
      ...(config.gateway.playground ? [`Playground: ${gateway}/graphql`] : []),
      `  ${(balancer ? 'balancer (GraphQL)' : 'gateway (GraphQL)').padEnd(22)}  ${gateway}/graphql`,
      ...[...(balancer ? gateways : []), ...subgraphs].map((instance) => `  ${`${instance.label}${instance.service === 'gateway' ? '' : ' subgraph'}`.padEnd(22)}  ${local(instance, '/graphql')}`),
      '',
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  stop(1);
});
