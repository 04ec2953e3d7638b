import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { SUBGRAPH_NAMES, type SubgraphName } from '../services/core/config';
import { parseMysqlUrl, redact } from '../services/core/data-source';
import { serverPid } from './throughput/cpu';
import { httpLoad } from './throughput/http-load';
import { measure } from './throughput/measurement';
import { benchQueries, type BenchQuery } from './throughput/queries';
import { issueRatios } from './throughput/ratios';
import { TARGETS, type AnswerCheck, type Database, type Row, type Target } from './throughput/results';
import { rankingBaseline, type RankingBaseline } from './throughput/sql-baseline';
import { seed, startStack, stopAll, type GatewayName, type Stack, type StackData } from './throughput/stack';
import { answersTable, ratiosTable, rowLine, ROWS_HEADER } from './throughput/table';

const USAGE = `npm run bench -- [--scale 1,10] [--connections 1,10,50] [--warmup S] [--duration S] [--only QUERIES]
                 [--targets TARGETS] [--reseed] [--skip-sqlite] [--mysql URL] [--json FILE]

Measures the dashboard's queries (test/e2e/queries, the issue's ranking, a district's first 100
people with their award histories, and { districts { id name } }) under closed-loop load
(autocannon: each connection sends its next request when its answer arrives), side by side:
the district subgraph called directly (the single-subgraph query), our gateway (default, and with
RESPONSE_CACHE=false), Hive Gateway over the same subgraphs and supergraph, and the ranking's raw
SQL (one statement, a mysql2 pool of as many connections). Each service runs as its own process
from dist/ on free ports. Prints RPS, p50, p99, errors and each process's CPU ms per request as a
markdown table, then issue 14's ratios against their targets.
  --scale        the MariaDB data sets (hanoi at these scales, in databases bench_s<N>_<subgraph>,
                 seeded when empty); every target on the first, only our gateway without its
                 response cache on the others (what the scale ratio compares) (default 1,10)
  --connections  the concurrent connections of each run (default 1,10,50)
  --warmup       seconds of unmeasured load before each run (default 3; the issue's protocol: 10)
  --duration     seconds of each measured run (default 5; the issue's protocol: 20)
  --only         only these queries, by name (${benchQueries()
    .map((query) => query.name)
    .join(', ')})
  --targets      only these targets on the first scale (${TARGETS.join(', ')})
  --reseed       load the MariaDB data sets again (scale 10 takes 1 to 2 minutes)
  --skip-sqlite  leave out the embedded database's run (a district's people at 50 connections)
  --mysql        the MariaDB/MySQL server (default mysql://root@127.0.0.1:3306)
  --json         also write every result to this file`;

interface Options {
  scales: number[];
  connections: number[];
  warmup: number;
  duration: number;
  queries: BenchQuery[];
  targets: Target[];
  reseed: boolean;
  sqlite: boolean;
  server: string;
  json?: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      only: { type: 'string' },
      targets: { type: 'string' },
      reseed: { type: 'boolean' },
      'skip-sqlite': { type: 'boolean' },
      mysql: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const wholes = (name: string, raw: string, min: number) =>
    raw.split(',').map((each) => {
      const value = Number(each);
      if (!Number.isInteger(value) || value < min) throw new Error(`--${name} takes whole numbers of at least ${min}, got "${raw}"\n\n${USAGE}`);
      return value;
    });
  const names = <T extends string>(name: string, raw: string | undefined, known: readonly T[]): T[] => {
    if (raw === undefined) return [...known];
    const given = raw.split(',').map((each) => each.trim());
    const unknown = given.filter((each) => !known.includes(each as T));
    if (unknown.length) throw new Error(`--${name}: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
    return known.filter((each) => given.includes(each));
  };
  const all = benchQueries();
  const chosen = names('only', values.only, all.map((query) => query.name));
  return {
    scales: wholes('scale', values.scale ?? '1,10', 1),
    connections: wholes('connections', values.connections ?? '1,10,50', 1),
    warmup: wholes('warmup', values.warmup ?? '3', 0)[0],
    duration: wholes('duration', values.duration ?? '5', 1)[0],
    queries: all.filter((query) => chosen.includes(query.name)),
    targets: names('targets', values.targets, TARGETS),
    reseed: values.reseed ?? false,
    sqlite: !values['skip-sqlite'],
    server: (values.mysql ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, ''),
    json: values.json,
  };
}

/** The targets that make sense for a query. */
function targetsOf(query: BenchQuery, targets: Target[]): Target[] {
  return targets.filter((target) => (target === 'direct' ? query.singleSubgraph : target === 'sql' ? query.name === 'ranking' : true));
}

async function graphql(url: string, query: BenchQuery): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.query, variables: query.variables }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

/** Where two answers part, as a path, for the DIFFERENT line. */
function firstDifference(a: unknown, b: unknown, at = 'data'): string {
  const shown = (value: unknown) => (JSON.stringify(value) ?? 'nothing').slice(0, 80);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${shown(a)} against ${shown(b)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = (a as Record<string, unknown>)[key];
    const right = (b as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${at}.${key}`);
  }
  return at;
}

async function mariadbPid(server: string): Promise<number | null> {
  const connection = await mysql.createConnection(parseMysqlUrl(`${server}/mysql`));
  try {
    const [[row]] = await connection.query<mysql.RowDataPacket[]>('SELECT @@pid_file AS pidFile');
    return serverPid(row.pidFile as string);
  } finally {
    await connection.end();
  }
}

/** The processes a target's requests go through: only their CPU is counted (the idle ones' timers are not the target's cost). */
function pathOf(target: Target, pids: Record<string, number>): Record<string, number> {
  const through: Record<Target, string[]> = {
    direct: ['district'],
    gateway: ['gateway', ...SUBGRAPH_NAMES],
    'gateway-no-cache': ['gateway-no-cache', ...SUBGRAPH_NAMES],
    hive: ['hive', ...SUBGRAPH_NAMES],
    sql: [],
  };
  return Object.fromEntries(Object.entries(pids).filter(([name]) => name === 'mariadbd' || through[target].includes(name)));
}

interface Run {
  database: Database;
  scale: number;
  data: StackData;
  /** The (query, target) pairs to measure, at these connection counts. */
  plan: Array<{ query: BenchQuery; targets: Target[] }>;
  connections: number[];
}

/** Starts a data set's stack, checks the answers, measures each planned cell, and stops it. */
async function measureRun(run: Run, options: Options, rows: Row[], checks: AnswerCheck[]): Promise<void> {
  const wanted = new Set(run.plan.flatMap((each) => each.targets));
  const gateways = (['gateway', 'gateway-no-cache', 'hive'] as GatewayName[]).filter((name) => wanted.has(name));
  // Answers are compared against our gateway even when only Hive Gateway or the SQL is measured.
  if ((wanted.has('hive') || wanted.has('sql')) && !gateways.includes('gateway')) gateways.unshift('gateway');
  const pids: Record<string, number> = {};
  if (run.database === 'mariadb') {
    const pid = await mariadbPid(options.server);
    if (pid) pids.mariadbd = pid;
  }
  let stack: Stack | undefined;
  let baseline: RankingBaseline | undefined;
  try {
    const started = Date.now();
    stack = await startStack(run.data, gateways);
    Object.assign(pids, stack.pids);
    console.log(`\n${run.database === 'sqlite' ? 'SQLite' : 'MariaDB'}, scale ${run.scale}: ${Object.keys(stack.pids).join(', ')} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (run.data.kind === 'mariadb' && wanted.has('sql')) baseline = rankingBaseline(run.data.urls);

    for (const { query } of run.plan) {
      const ours = stack.urls.gateway ?? stack.urls['gateway-no-cache']!;
      const answer = await graphql(ours, query);
      if (answer.errors) console.log(`WARNING: ${query.name} answers with errors through our gateway: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      const check = { database: run.database, scale: run.scale, query: query.name };
      if (stack.urls.hive) {
        const theirs = await graphql(stack.urls.hive, query);
        const identical = isDeepStrictEqual(answer.data, theirs.data) && (answer.errors?.length ?? 0) === (theirs.errors?.length ?? 0);
        checks.push({ ...check, against: 'hive', identical, detail: identical ? undefined : firstDifference(answer.data, theirs.data) });
        console.log(`${query.name}: gateway and Hive Gateway ${identical ? 'identical' : `DIFFERENT (${checks.at(-1)!.detail})`}`);
      }
      if (baseline && query.name === 'ranking') {
        const differences = await baseline.differences(answer.data);
        checks.push({ ...check, against: 'sql', identical: differences.length === 0, detail: differences.slice(0, 3).join('; ') || undefined });
        console.log(`ranking: gateway and raw SQL ${differences.length === 0 ? 'identical' : `DIFFERENT (${differences.length}: ${differences.slice(0, 3).join('; ')})`}`);
      }
    }

    console.log(`\n${ROWS_HEADER}`);
    for (const { query, targets } of run.plan) {
      for (const target of targets) {
        for (const connections of run.connections) {
          const load =
            target === 'sql'
              ? (seconds: number) => baseline!.load(connections, seconds)
              : (seconds: number) => httpLoad(target === 'direct' ? stack!.urls.district! : stack!.urls[target]!, { query: query.query, variables: query.variables }, connections, seconds);
          const measurement = await measure(load, pathOf(target, pids), options);
          const row: Row = { database: run.database, scale: run.scale, query: query.name, target, connections, measurement };
          rows.push(row);
          console.log(rowLine(row));
        }
      }
    }
  } finally {
    await baseline?.close();
    await stack?.stop();
  }
}

function plannedRuns(options: Options, sqliteDir: string): Run[] {
  const runs: Run[] = options.scales.map((scale, index): Run => {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${options.server}/bench_s${scale}_${name}`])) as Record<SubgraphName, string>;
    // The first scale gets every target; the others only what the scale ratio compares.
    const targets: Target[] = index === 0 ? options.targets : ['gateway-no-cache'];
    return {
      database: 'mariadb',
      scale,
      data: { kind: 'mariadb', urls },
      plan: options.queries.map((query) => ({ query, targets: targetsOf(query, targets) })).filter((each) => each.targets.length > 0),
      connections: options.connections,
    };
  });
  const people = options.queries.find((query) => query.name === 'district-people');
  const ours = options.targets.filter((target) => target === 'gateway' || target === 'gateway-no-cache');
  if (options.sqlite && people && ours.length) {
    // Issue 14: the embedded database under 50 clients timed out and opened the circuit.
    runs.push({ database: 'sqlite', scale: 1, data: { kind: 'sqlite', dataDir: sqliteDir }, plan: [{ query: people, targets: ours }], connections: [50] });
  }
  return runs;
}

async function main(): Promise<void> {
  const options = readOptions();
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-bench-sqlite-'));
  const stop = async (signal: string) => {
    console.error(`\n${signal}: stopping the services`);
    await stopAll();
    fs.rmSync(sqliteDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const runs = plannedRuns(options, sqliteDir);
  const cells = runs.reduce((sum, run) => sum + run.plan.reduce((count, each) => count + each.targets.length, 0) * run.connections.length, 0);
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const machine = `${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} at the start, Node ${process.version}`;
  console.log(`${cells} runs of ${options.warmup} s warm-up + ${options.duration} s: about ${Math.ceil((cells * (options.warmup + options.duration)) / 60)} min of load, plus starting and seeding`);
  const rows: Row[] = [];
  const checks: AnswerCheck[] = [];
  try {
    for (const run of runs) {
      const started = Date.now();
      const seeded = await seed(run.data, run.scale, options.reseed && run.database === 'mariadb');
      console.log(`\n${run.database === 'sqlite' ? 'SQLite' : 'MariaDB'}, scale ${run.scale}, in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${seeded}`);
      await measureRun(run, options, rows, checks);
    }
  } finally {
    await stopAll();
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
  const ratios = issueRatios(rows, checks);
  const report = [
    `### Throughput, ${date}`,
    '',
    `${machine}; ${options.warmup} s warm-up and ${options.duration} s measured per row; CPU columns: ms of CPU (user + system) per answered request.`,
    '',
    ROWS_HEADER,
    ...rows.map(rowLine),
    ...(checks.length ? ['', answersTable(checks)] : []),
    '',
    ratiosTable(ratios),
  ].join('\n');
  console.log(`\n\n${report}`);
  if (options.json) {
    const { queries, ...settings } = options;
    const written = { ...settings, server: redact(settings.server), queries: queries.map((query) => query.name) };
    fs.writeFileSync(options.json, `${JSON.stringify({ date, machine, options: written, rows, checks, ratios }, null, 2)}\n`);
  }
}

main().catch(async (error: Error) => {
  console.error(error.stack ?? error.message);
  await stopAll();
  process.exit(1);
});
