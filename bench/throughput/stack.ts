import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePorts } from '../../scripts/replicas';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const HIVE_GATEWAY_BIN = path.join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
// The services' and Hive Gateway's shared secret for the gateway's credential: Hive Gateway sends
// it too, so that the subgraphs grant it what they grant our gateway.
const GATEWAY_SECRET = 'emulation-graph bench: the gateway credential of this run';

/** Our gateway in its default configuration, our gateway without its response cache, Hive Gateway. */
export type GatewayName = 'gateway' | 'gateway-no-cache' | 'hive';

/** Where a stack's subgraphs keep their data: three MariaDB databases, or the embedded engine's folder. */
export type StackData = { kind: 'mariadb'; urls: Record<SubgraphName, string> } | { kind: 'sqlite'; dataDir: string };

export interface Stack {
  /** GraphQL endpoints of the subgraphs and of each gateway started. */
  urls: Partial<Record<SubgraphName | GatewayName, string>>;
  /** The pid of each process, for the CPU columns. */
  pids: Partial<Record<SubgraphName | GatewayName, number>>;
  stop(): Promise<void>;
}

interface Service {
  child: ChildProcess;
  exited: Promise<void>;
}

/** Every process this run started and has not stopped yet, and the stacks' folders: Ctrl-C or an error stops and removes them. */
const running = new Set<Service>();
const folders = new Set<string>();

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopService));
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

async function stopService(service: Service): Promise<void> {
  if (!running.delete(service)) return;
  service.child.kill('SIGTERM');
  // A service stops within its SHUTDOWN_TIMEOUT_MS (10 s by default); past that, it is ended.
  const kill = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
  await service.exited;
  clearTimeout(kill);
}

function launch(args: string[], env: Record<string, string>, cwd = ROOT): { service: Service; output: () => string } {
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  // The last lines it printed, for the error when it does not start; read to the end, or a full pipe stalls it.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // 'close', not 'exit': after the last of its output has been read.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const service = { child, exited };
  running.add(service);
  exited.then(() => running.delete(service));
  return { service, output: () => output };
}

/** Waits until `url` answers 200; fails if the process exits or the time runs out. */
async function waitUntilReady(name: string, url: string, started: { service: Service; output: () => string }, timeoutMs = 180_000): Promise<void> {
  let exited = false;
  void started.service.exited.then(() => (exited = true));
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (exited) throw new Error(`${name} exited before it was ready:\n${started.output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000} s:\n${started.output()}`);
}

async function startNodeService(name: string, script: string, env: Record<string, string>, readyPath: string, port: number): Promise<Service> {
  const started = launch([path.join(DIST, script)], env);
  await waitUntilReady(name, `http://127.0.0.1:${port}${readyPath}`, started);
  return started.service;
}

function dataEnv(data: StackData): Record<string, string> {
  if (data.kind === 'sqlite') return { DATA_DIR: data.dataDir };
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_DB_URL`, data.urls[name]]));
}

/** `npm run seed` into the stack's databases: with `replace`, over what they hold; without, only where empty. */
export async function seed(data: StackData, scale: number, replace: boolean): Promise<string> {
  const args = [path.join(DIST, 'scripts', 'seed.js'), '--scale', String(scale), ...(replace ? ['--replace'] : [])];
  const { service, output } = launch(args, { NODE_ENV: 'test', LOG_LEVEL: 'warn', ...dataEnv(data) });
  let printed = '';
  service.child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await service.exited;
  if (service.child.exitCode !== 0) throw new Error(`seeding failed (${service.child.signalCode ?? `code ${service.child.exitCode}`}):\n${output()}`);
  // Its lines that say what it did with each subgraph's database.
  return printed
    .split('\n')
    .filter((line) => /^(district|cluster|city): /.test(line))
    .join('\n');
}

/** The checked-in supergraph with each subgraph's URL pointing at this run's process. */
function supergraphFor(urls: Record<SubgraphName, string>): string {
  let sdl = fs.readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  for (const name of SUBGRAPH_NAMES) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${urls[name]}$2`);
  }
  return sdl;
}

// Hive Gateway's defaults, plus the one header our subgraphs need to know a gateway from a client.
const HIVE_CONFIG = (credentialModule: string) => `import { createRequire } from 'node:module';
const { gatewayCredentials } = createRequire(import.meta.url)(${JSON.stringify(credentialModule)});
const credential = gatewayCredentials(process.env.GATEWAY_SECRET);
export const gatewayConfig = {
  propagateHeaders: { fromClientToSubgraphs: async () => ({ 'x-gateway-credential': await credential() }) },
};
`;

/**
 * The three subgraphs, then each gateway asked for, each its own process from dist/ (Hive Gateway
 * from its CLI) on free ports, over the given data. Each service's log is at warn: a line per
 * request would be part of what is measured.
 */
export async function startStack(data: StackData, gateways: GatewayName[]): Promise<Stack> {
  const services: Service[] = [];
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-bench-throughput-'));
  folders.add(tempDir);
  const stack: Stack = {
    urls: {},
    pids: {},
    stop: async () => {
      await Promise.all(services.map(stopService));
      fs.rmSync(tempDir, { recursive: true, force: true });
      folders.delete(tempDir);
    },
  };
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    GATEWAY_SECRET,
    GATEWAY_SUPERGRAPH: path.join(ROOT, 'schema', 'supergraph.graphql'),
    DASHBOARD_DIR: '',
    SEED_WHEN_EMPTY: 'false',
    ...dataEnv(data),
  };
  const add = (name: SubgraphName | GatewayName, service: Service, url: string) => {
    services.push(service);
    stack.urls[name] = url;
    stack.pids[name] = service.child.pid!;
  };
  try {
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const [port] = await freePorts(1);
        const service = await startNodeService(name, `services/${name}/index.js`, { ...common, [`${name.toUpperCase()}_PORT`]: String(port) }, '/health/ready', port);
        add(name, service, `http://127.0.0.1:${port}/graphql`);
      }),
    );
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.urls[name]!])) as Record<SubgraphName, string>;
    const subgraphEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphUrls[name]]));
    for (const name of gateways) {
      const [port] = await freePorts(1);
      if (name === 'hive') {
        const supergraph = path.join(tempDir, 'supergraph.graphql');
        const config = path.join(tempDir, 'gateway.config.mjs');
        fs.writeFileSync(supergraph, supergraphFor(subgraphUrls));
        fs.writeFileSync(config, HIVE_CONFIG(path.join(DIST, 'services', 'core', 'gateway-credential.js')));
        const args = [HIVE_GATEWAY_BIN, 'supergraph', supergraph, '--host', '127.0.0.1', '--port', String(port), '--config-path', config];
        const started = launch(args, { GATEWAY_SECRET }, tempDir);
        await waitUntilReady(name, `http://127.0.0.1:${port}/readiness`, started);
        add(name, started.service, `http://127.0.0.1:${port}/graphql`);
      } else {
        const env = { ...common, ...subgraphEnv, GATEWAY_PORT: String(port), ...(name === 'gateway-no-cache' && { RESPONSE_CACHE: 'false' }) };
        add(name, await startNodeService(name, 'gateway/index.js', env, '/health/ready', port), `http://127.0.0.1:${port}/graphql`);
      }
    }
    return stack;
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
