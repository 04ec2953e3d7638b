import { loadConfig, type Config, type SubgraphName } from '../../services/core/config';
import type { RunningService } from '../../services/core/http';
import { startSubgraph } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import { startGateway } from '../../gateway/gateway';
import { createLogger, type DestinationStream } from '../../services/core/logger';
import { embeddedDatabases, type TestDatabases } from './databases';
import { seedEmptyDatabases } from './demo-data';
import { isSelect, recordingLogger } from './statements';
import { tokenFor, type Caller } from './tokens';

export interface Federation {
  gateway: RunningService;
  subgraphs: Record<SubgraphName, RunningService>;
  /** POSTs a query to the gateway, with a token for `as` if given, and returns the parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, as?: Caller | null): Promise<GraphQLBody<T>>;
  /** The SELECTs each subgraph ran for the last `query`, with their parameters. */
  selects: Record<SubgraphName, RecordedSelect[]>;
  stop(): Promise<void>;
}

export interface RecordedSelect {
  sql: string;
  parameters: unknown[];
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLBody<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** A gateway's configuration that reaches the given subgraphs, with any other variables set. */
export function gatewayConfig(subgraphs: Record<SubgraphName, RunningService>, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    // A JSON line for every request of every test would bury jest's report: tests that read logs pass their own.
    LOG_LEVEL: 'silent',
    // Tests write fixtures straight into the databases, past the services, and stop subgraphs to see
    // their errors: a cached answer would hide both. The cache's own tests turn it on.
    RESPONSE_CACHE: 'false',
    DISTRICT_URL: subgraphs.district.url,
    CLUSTER_URL: subgraphs.cluster.url,
    CITY_URL: subgraphs.city.url,
    ...env,
  });
}

/**
 * The three subgraphs on free ports, each on its own database, seeded with the demo data (or the
 * data set `env.SEED_DATASET` names), behind a real gateway: what `npm start` runs, in one process.
 */
export async function startFederation(
  dbUrls: Record<SubgraphName, string>,
  env: Record<string, string> = {},
  /** Where every service writes its log lines, at info; none are written unless given. */
  logs?: DestinationStream,
): Promise<Federation> {
  const log = (service: string) => (logs ? createLogger(service, 'info', logs) : undefined);
  const started: RunningService[] = [];
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
    await seedEmptyDatabases(dbUrls, config.dataset);
    const selects = {} as Record<SubgraphName, RecordedSelect[]>;
    for (const definition of SUBGRAPHS) {
      const recorded: RecordedSelect[] = (selects[definition.name] = []);
      const logger = recordingLogger((sql, parameters = []) => {
        if (isSelect(sql)) recorded.push({ sql, parameters });
      });
      started.push(await startSubgraph(definition, config, { port: 0, dbUrl: dbUrls[definition.name], logger, log: log(definition.name) }));
    }
    const subgraphs = Object.fromEntries(started.map((service) => [service.name, service])) as Record<SubgraphName, RunningService>;
    const gateway = await startGateway(gatewayConfig(subgraphs, env), { port: 0, log: log('gateway') });
    started.push(gateway);
    // The subgraphs verify other levels' ids through the gateway, which starts after them: they read the URL per request.
    config.graphUrl = gateway.url;
    return {
      gateway,
      subgraphs,
      selects,
      query: async (query, variables, as) => {
        const headers: Record<string, string> = as ? { authorization: `Bearer ${await tokenFor(as)}` } : {};
        for (const recorded of Object.values(selects)) recorded.length = 0;
        return postGraphQL(gateway.url, query, variables, headers);
      },
      stop: () => stopAll(started),
    };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

/** A federation that hooks start before the block's tests and stop after them, with the databases it runs on. */
export interface EmbeddedFederation extends Omit<Federation, 'stop'> {
  databases: TestDatabases;
}

/**
 * Registers, in the block it is called in, a `beforeAll` that starts the federation (with `env`) on
 * fresh embedded databases and an `afterAll` that stops it and drops them. The answer reads the
 * running federation once the block's tests run.
 */
export function embeddedFederation(env: Record<string, string> = {}, timeout?: number): EmbeddedFederation {
  let databases: TestDatabases | undefined;
  let federation: Federation | undefined;
  beforeAll(async () => {
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls, env);
  }, timeout);
  afterAll(async () => {
    await federation?.stop();
    await databases?.drop();
  });
  const running = (): Federation => {
    if (!federation) throw new Error('the federation runs only in the tests (and hooks) of the block that asked for it');
    return federation;
  };
  return {
    get databases() {
      running();
      return databases!;
    },
    get gateway() {
      return running().gateway;
    },
    get subgraphs() {
      return running().subgraphs;
    },
    get selects() {
      return running().selects;
    },
    query: (query, variables, as) => running().query(query, variables, as),
  };
}

async function stopAll(services: RunningService[]): Promise<void> {
  for (const service of [...services].reverse()) await service.stop();
}
