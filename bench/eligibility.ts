import 'reflect-metadata';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import type { Logger } from 'typeorm';
import { Role, signToken } from '../services/core/auth';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../services/core/config';
import { parseMysqlUrl } from '../services/core/data-source';
import type { RunningService } from '../services/core/http';
import { openSubgraphDatabase, startSubgraph } from '../services/core/subgraph';
import { SUBGRAPHS } from '../services/subgraphs';
import { startGateway } from '../gateway/gateway';
import { seedDatabase } from '../demo/seeding';

const USAGE = `npm run bench:eligibility -- [--scale N] [--requests N] [--warmup N] [--award CODE] [--year YYYY]
                                 [--district ID] [--first N] [--mysql URL] [--reuse] [--keep]

Seeds the demo data set at --scale into three MariaDB/MySQL databases of its own
(eg_bench_eligibility_<subgraph> on --mysql), starts the three subgraphs and the gateway in this
process on free ports (the checked-in supergraph, the default limits), and asks the gateway, one
request at a time, for a page of eligibleCandidates of one award type over the district with the
most people. Prints the latency's p50/p95/p99 and the SELECTs each subgraph ran per request.
  --scale     the data set's scale (default 10)
  --requests  measured requests (default 100), after --warmup unmeasured ones (default 5)
  --award     the award type (default CSTD_TP); --year the year judged (default 2025: who is eligible next year)
  --district  the district (default: the one with the most people)
  --first     the page size asked (default 100)
  --mysql     the server (default mysql://root@127.0.0.1:3306)
  --reuse     use the databases a previous run left (--keep) instead of seeding them again
  --keep      leave the databases for a later --reuse`;

const QUERY = `query ($awardType: String!, $year: Int!, $district: ID!, $first: Int) {
  eligibleCandidates(awardType: $awardType, year: $year, district: $district, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { recipientKind person { id fullName } unit { id name } eligibility {
      eligible rule { id legalBasis }
      conditions { code met description evidence { years count of note awards { awardTypeCode year } initiatives { id scope year } ratings { year rating } } }
    } } }
  }
}`;

interface Options {
  scale: number;
  requests: number;
  warmup: number;
  award: string;
  year: number;
  district?: string;
  first: number;
  server: string;
  reuse: boolean;
  keep: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      award: { type: 'string' },
      year: { type: 'string' },
      district: { type: 'string' },
      first: { type: 'string' },
      mysql: { type: 'string' },
      reuse: { type: 'boolean' },
      keep: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name: string, value: string | undefined, fallback: number, min: number) => {
    const parsed = Number(value ?? fallback);
    if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${value}"\n\n${USAGE}`);
    return parsed;
  };
  return {
    scale: whole('scale', values.scale, 10, 1),
    requests: whole('requests', values.requests, 100, 1),
    warmup: whole('warmup', values.warmup, 5, 0),
    award: values.award ?? 'CSTD_TP',
    year: whole('year', values.year, 2025, 1945),
    district: values.district,
    first: whole('first', values.first, 100, 0),
    server: (values.mysql ?? 'mysql://root@127.0.0.1:3306').replace(/\/$/, ''),
    reuse: values.reuse ?? false,
    keep: values.keep ?? false,
  };
}

/** A TypeORM logger that counts the SELECTs a subgraph runs; the bench reads and resets the count per request. */
function countingLogger(counter: { selects: number }): Logger {
  const ignore = () => undefined;
  return {
    logQuery: (sql) => {
      if (/^\s*select/i.test(sql)) counter.selects += 1;
    },
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function seed(urls: Record<SubgraphName, string>, scale: number): Promise<void> {
  for (const definition of SUBGRAPHS) {
    const started = Date.now();
    const db = await openSubgraphDatabase(definition, urls[definition.name]);
    try {
      await seedDatabase(definition, db, { dataset: 'hanoi', scale }, true);
    } finally {
      await db.destroy();
    }
    console.log(`seeded ${definition.name} at scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function largestDistrict(url: string): Promise<{ id: string; people: number }> {
  const connection = await mysql.createConnection(parseMysqlUrl(url));
  try {
    const [rows] = await connection.query('SELECT district_id AS id, COUNT(*) AS people FROM person GROUP BY district_id ORDER BY people DESC, district_id LIMIT 1');
    const [row] = rows as Array<{ id: string; people: number | string }>;
    return { id: row.id, people: Number(row.people) };
  } finally {
    await connection.end();
  }
}

async function dropDatabases(server: string, urls: Record<SubgraphName, string>): Promise<void> {
  const connection = await mysql.createConnection(parseMysqlUrl(`${server}/mysql`));
  try {
    for (const url of Object.values(urls)) await connection.query(`DROP DATABASE IF EXISTS \`${parseMysqlUrl(url).database}\``);
  } finally {
    await connection.end();
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${options.server}/eg_bench_eligibility_${name}`])) as Record<SubgraphName, string>;
  if (!options.reuse) await seed(urls, options.scale);
  const district = options.district ? { id: options.district, people: NaN } : await largestDistrict(urls.district);

  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const counters = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { selects: 0 }])) as Record<SubgraphName, { selects: number }>;
  const started: RunningService[] = [];
  try {
    const subgraphs = {} as Record<SubgraphName, RunningService>;
    for (const definition of SUBGRAPHS) {
      subgraphs[definition.name] = await startSubgraph(definition, config, { port: 0, dbUrl: urls[definition.name], logger: countingLogger(counters[definition.name]) });
      started.push(subgraphs[definition.name]);
    }
    const gatewayConfig = loadConfig({
      ...process.env,
      LOG_LEVEL: 'silent',
      DISTRICT_URL: subgraphs.district.url,
      CLUSTER_URL: subgraphs.cluster.url,
      CITY_URL: subgraphs.city.url,
    });
    // The time each subgraph took to answer the gateway's fetches (requests run one at a time).
    const fetchMs = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;
    const gateway = await startGateway(gatewayConfig, { port: 0, observer: (fetch) => (fetchMs[fetch.subgraph] += fetch.durationMs) });
    started.push(gateway);
    config.graphUrl = gateway.url;

    const token = await signToken(config.auth, { subject: 'bench-eligibility', role: Role.CITY_ADMIN }, '1h');
    const variables = { awardType: options.award, year: options.year, district: district.id, first: options.first };
    const ask = async () => {
      for (const name of SUBGRAPH_NAMES) {
        counters[name].selects = 0;
        fetchMs[name] = 0;
      }
      const begun = performance.now();
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const elapsed = performance.now() - begun;
      if (body.errors) throw new Error(`the gateway answered errors: ${JSON.stringify(body.errors.slice(0, 3))}`);
      return {
        elapsed,
        body,
        fetched: { ...fetchMs },
        selects: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, counters[name].selects])) as Record<SubgraphName, number>,
      };
    };

    for (let i = 0; i < options.warmup; i += 1) await ask();
    const latencies: number[] = [];
    const subgraphLatencies = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, [] as number[]])) as Record<SubgraphName, number[]>;
    const statements = new Map<string, number>();
    let answer: any;
    for (let i = 0; i < options.requests; i += 1) {
      const { elapsed, body, selects, fetched } = await ask();
      latencies.push(elapsed);
      for (const name of SUBGRAPH_NAMES) subgraphLatencies[name].push(fetched[name]);
      statements.set(JSON.stringify(selects), (statements.get(JSON.stringify(selects)) ?? 0) + 1);
      answer = body.data.eligibleCandidates;
    }
    latencies.sort((a, b) => a - b);
    for (const name of SUBGRAPH_NAMES) subgraphLatencies[name].sort((a, b) => a - b);
    const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;
    console.log(
      [
        `eligibleCandidates(awardType: ${options.award}, year: ${options.year}, district: ${district.id}${Number.isNaN(district.people) ? '' : ` (${district.people.toLocaleString('en')} people)`}, first: ${options.first}) at scale ${options.scale} on ${options.server.replace(/\/\/[^@]*@/, '//')}`,
        `  answer: ${answer.totalCount} candidates, ${answer.edges.length} on the page`,
        `  ${options.requests} requests one at a time after ${options.warmup} unmeasured: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, mean ${ms(mean)}, max ${ms(latencies[latencies.length - 1])}`,
        `  p50 of each subgraph's fetches per request: ${SUBGRAPH_NAMES.map((name) => `${name} ${ms(percentile(subgraphLatencies[name], 50))}`).join(', ')}`,
        `  SELECTs per request (district/cluster/city): ${[...statements].map(([counts, times]) => `${SUBGRAPH_NAMES.map((name) => JSON.parse(counts)[name]).join('/')} in ${times} requests`).join('; ')}`,
      ].join('\n'),
    );
  } finally {
    for (const service of [...started].reverse()) await service.stop();
    if (!options.keep) await dropDatabases(options.server, urls);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
