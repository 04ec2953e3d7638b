import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { SUBGRAPH_NAMES, type DatasetName, type SubgraphName } from '../../services/core/config';
import type { DatabaseUrls } from './databases';
import { seedEmptyDatabases } from './demo-data';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
/** Held (a folder: making one is atomic) by the test file that builds dist/. */
const BUILD_LOCK = path.join(DIST, '.test-build.lock');
/** The test run dist/ was last built for. */
const BUILT_FOR = path.join(DIST, '.test-build-run');
/** A process runs in the repository, where a developer's `.env` must not change what a test sees. */
const NO_ENV_FILE = { ENV_FILE: '' };

/** A service running as its own process from dist/, as production runs it. */
export interface ServiceProcess {
  name: string;
  pid: number;
  url: string;
  /** The process's resident memory now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), in bytes; null once it exited. */
  memory(): { rss: number; peak: number } | null;
  /** The process's exit code or signal, if it exited. */
  exited(): string | null;
  /** Resolves with the match of `pattern` in what the process prints from now on; rejects if it exits first. */
  printed(pattern: RegExp): Promise<RegExpExecArray>;
  /** Sends the process a signal (SIGHUP to reload, SIGKILL to end it without a word). */
  signal(signal: NodeJS.Signals): void;
  /** Stops the process with SIGTERM and resolves with its exit code (null if a signal ended it). */
  stop(): Promise<number | null>;
}

export interface ProcessOptions {
  /** Node's own arguments before the script, e.g. `['--require', 'test/support/outbound-guard.js']`. */
  nodeArgs?: string[];
  /** Called with everything the process prints, from its start, as it comes. */
  onOutput?(text: string, stream: 'stdout' | 'stderr'): void;
}

/**
 * `npm run build:services`, once a test run: the first test file that asks builds dist/ under a lock the
 * others wait for, and they then find it built for this run. So no build rewrites the files that
 * a process another test file started is loading.
 */
export async function buildDist(): Promise<void> {
  const run = process.env.TEST_RUN_ID;
  fs.mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a run that died while building: the build takes seconds, not minutes.
      const lock = fs.statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 300_000) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    if (run && fs.existsSync(BUILT_FOR) && fs.readFileSync(BUILT_FOR, 'utf8') === run) return;
    await promisify(execFile)('npm', ['run', 'build:services', '--silent'], { cwd: ROOT });
    if (run) fs.writeFileSync(BUILT_FOR, run);
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
  } catch {
    return null;
  }
}

/** Starts `node dist/<script>` with only the given environment, and waits for its "ready at <url>" line. */
export async function startProcess(name: string, script: string, env: Record<string, string>, options: ProcessOptions = {}): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(DIST, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...NO_ENV_FILE, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: string | null = null;
  let code: number | null = null;
  const waiting = new Set<{ pattern: RegExp; text: string; resolve(match: RegExpExecArray): void; reject(error: Error): void }>();
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      if (exit) reject(new Error(`${name} exited with ${exit} before printing ${pattern}`));
      else waiting.add({ pattern, text: '', resolve, reject });
    });
  // Read to the end, whoever waits: a full pipe would stall the service's log writes.
  const read = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString();
    options.onOutput?.(text, stream);
    for (const waiter of waiting) {
      waiter.text += text;
      const match = waiter.pattern.exec(waiter.text);
      if (!match) continue;
      waiting.delete(waiter);
      waiter.resolve(match);
    }
  };
  child.stdout!.on('data', read('stdout'));
  child.stderr!.on('data', read('stderr'));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (exitCode, signal) => {
      exit = signal ?? `code ${exitCode}`;
      code = exitCode;
      for (const waiter of waiting) waiter.reject(new Error(`${name} exited with ${exit} before printing ${waiter.pattern}:\n${waiter.text}`));
      waiting.clear();
      resolve(exitCode);
    }),
  );
  const [, url] = await printed(/ready at (\S+)/);
  return {
    name,
    pid: child.pid!,
    url,
    memory: () => (exit ? null : memoryOf(child.pid!)),
    exited: () => exit,
    printed,
    signal: (signal) => void child.kill(signal),
    stop: () => {
      if (exit) return Promise.resolve(code);
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs `node dist/<script> <args>` to its end with only the given environment; rejects, with its code and output, if it fails. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(DIST, script), ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...NO_ENV_FILE, ...env } });
}

/** The three subgraphs and the gateway, each its own process, on free ports, over the given databases. */
export async function startProcesses(
  urls: DatabaseUrls,
  env: Record<string, string> = {},
  options: ProcessOptions = {},
): Promise<Record<SubgraphName | 'gateway', ServiceProcess>> {
  const started: ServiceProcess[] = [];
  try {
    await seedEmptyDatabases(urls, (env.SEED_DATASET as DatasetName | undefined) ?? 'hanoi');
    for (const name of SUBGRAPH_NAMES) {
      const prefix = name.toUpperCase();
      started.push(await startProcess(name, `services/${name}/index.js`, { ...env, [`${prefix}_PORT`]: '0', [`${prefix}_DB_URL`]: urls[name] }, options));
    }
    const [district, cluster, city] = started;
    started.push(
      await startProcess(
        'gateway',
        'gateway/index.js',
        // The response cache only where a test asks for it: see gatewayConfig (federation.ts).
        { RESPONSE_CACHE: 'false', ...env, GATEWAY_PORT: '0', DISTRICT_URL: district.url, CLUSTER_URL: cluster.url, CITY_URL: city.url },
        options,
      ),
    );
    return Object.fromEntries(started.map((service) => [service.name, service])) as Record<SubgraphName | 'gateway', ServiceProcess>;
  } catch (error) {
    await Promise.all(started.map((service) => service.stop()));
    throw error;
  }
}
