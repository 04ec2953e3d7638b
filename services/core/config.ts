import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/** The demo data sets SEED_DATASET may name (their contents live in demo/, which services never import). */
export const DATASET_NAMES = ['hanoi', 'camle'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** The three subgraphs; each owns one level of the emulation system and its own database. */
export const SUBGRAPH_NAMES = ['district', 'cluster', 'city'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export type RuntimeEnv = 'development' | 'production' | 'test';

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  /** `mysql://…` for MySQL/MariaDB, `sqlite:<file>` (or `sqlite::memory:`) for the embedded database. */
  dbUrl: string;
  /** Replicas of a MySQL/MariaDB `dbUrl` that reads go to (data-source.ts); none unless set. */
  readDbUrls: string[];
  /** `npm start` loads demo data into an empty database before the services start (default: only for the embedded database). */
  seedWhenEmpty: boolean;
  /** Where the gateway reaches this subgraph: one URL per instance, taken in turn (gateway/instances.ts). */
  urls: string[];
}

/** What the gateway and each subgraph refuse before they run a query; each a maximum. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  rootFields: number;
  tokens: number;
  directives: number;
  /** A point a field, times the most items of each list around it (services/core/limits/measure.ts). */
  cost: number;
  bodyBytes: number;
}

/** The city the deployment serves: one deployment, one city (its districts, clusters and awards). */
export interface CitySettings {
  /** e.g. Hà Nội, Đà Nẵng. */
  name: string;
  /** Who issues a decision of city awards when its input does not say, e.g. Chủ tịch UBND thành phố Hà Nội. */
  issuingAuthority: string;
}

/** What the gateway refuses before it plans a query. */
export interface GatewayLimits extends OperationLimits {
  /** Operations in one batched HTTP request. */
  batch: number;
}

/** What stops a subgraph's request while it runs (services/core/limits/budget.ts). */
export interface RequestBudget {
  /** Wall-clock time from the start of the execution, in ms. */
  timeMs: number;
  /** Fields resolved plus list items answered. */
  values: number;
}

/**
 * A subgraph's limits: for direct callers (a district's system, anyone who reaches it), and the
 * larger allowance of the gateway's own fetches, which the gateway's credential proves.
 */
export interface SubgraphLimits {
  direct: OperationLimits & RequestBudget;
  gateway: OperationLimits & RequestBudget;
}

export interface GatewayConfig {
  port: number;
  /** A supergraph file to serve (what production does), or `introspect` to compose from the live subgraphs. */
  supergraph: string;
  /** How long one fetch from a subgraph may take, in ms, by subgraph. */
  timeouts: Record<SubgraphName, number>;
  /** The circuit to a subgraph opens after this many failures in a row, and lets a trial through after `resetMs`. */
  circuit: { failures: number; resetMs: number };
  limits: GatewayLimits;
  /** Introspection and the playground: on in development and test, off in production unless set. */
  introspection: boolean;
  playground: boolean;
  /** The dashboard's build, served at `/`; null: no dashboard. */
  dashboardDir: string | null;
  /** Origins a browser may call the gateway from (`Origin` as the browser sends it), or `*` for any. */
  corsOrigins: string[] | '*';
  /** The manifest of approved documents (sha256 of the text → text; none without a dashboard unless set), and whether only those run. */
  persisted: { only: boolean; documents: string | null };
  /** Answers to queries kept until a subgraph they read commits a write (gateway/response-cache.ts); null: off. */
  responseCache: ResponseCacheSettings | null;
}

export interface ResponseCacheSettings {
  /** The longest an answer is kept, in seconds: it bounds what a change made outside the services (SQL by hand) leaves stale. */
  ttlS: number;
  /** What the gateway process keeps at most, in MB, without REDIS_URL. */
  maxMb: number;
}

/** Where instances share the response cache and learn of each other's writes; null: each gateway keeps its own. */
export interface SharedStateConfig {
  url: string;
  /** Before every key: deployments (and test runs) that share one Redis keep apart. */
  keyPrefix: string;
}

/** How tokens are verified: a shared secret (HS256) or a public key or key set (RS256, ES256). */
export interface AuthConfig {
  /** HS256 secret: development and the demo; a fixed one outside production unless set. */
  secret?: string;
  /** A PEM public key (SPKI) for RS256 or ES256 tokens. */
  publicKey?: string;
  /** A JWKS URL for RS256 or ES256 tokens (the identity provider's key set). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** The longest a token may be valid, from when it was issued, in seconds; a longer one is refused. */
  maxLifetimeS: number;
}

/** A balancer in front of several gateways (gateway/balancer.ts). */
export interface BalancerConfig {
  port: number;
  /** The gateways' base URLs; a request's path and query pass through unchanged. */
  targets: string[];
}

export interface Config {
  env: RuntimeEnv;
  auth: AuthConfig;
  /** pino's level for every service's JSON log lines. */
  logLevel: string;
  /** How long a stopping service waits for requests in flight before it closes anyway, in ms. */
  shutdownTimeoutMs: number;
  /** Debugging only: the stack of an unexpected error in its answer (never of a coded error). */
  errorStacktraces: boolean;
  dataDir: string;
  /** The data set an empty database is seeded with (a deployment serves one city). */
  dataset: DatasetName;
  /** The city the deployment serves, whichever data it holds. */
  city: CitySettings;
  /** Where the cluster and city subgraphs ask the graph (the gateway) about ids their local copy lacks. */
  graphUrl: string;
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  /** How long a caller's reads go to the primary after they wrote, in ms, where a subgraph reads replicas (read-your-writes.ts). */
  readYourWritesMs: number;
  /** What each subgraph refuses and when it stops a request, by caller. */
  subgraphLimits: Record<SubgraphName, SubgraphLimits>;
  /** Signs the credential the gateway sends each subgraph (gateway-credential.ts); null in production when not set. */
  gatewaySecret: string | null;
  gateway: GatewayConfig;
  balancer: BalancerConfig;
  /** REDIS_URL: the response cache and the change feed every instance shares. */
  redis: SharedStateConfig | null;
}

type Env = Record<string, string | undefined>;

/**
 * Every variable the services read, with its default as the README states it.
 * The README, `.env.example` and docker-compose.yml are tested against this list.
 */
export const CONFIG_VARIABLES: Record<string, string> = {
  ENV_FILE: '.env',
  NODE_ENV: 'development',
  DATA_DIR: './data',
  GATEWAY_PORT: '4000',
  GATEWAY_SUPERGRAPH: 'schema/supergraph.graphql',
  DISTRICT_PORT: '4001',
  CLUSTER_PORT: '4002',
  CITY_PORT: '4003',
  DISTRICT_DB_URL: 'sqlite:$DATA_DIR/district.sqlite',
  CLUSTER_DB_URL: 'sqlite:$DATA_DIR/cluster.sqlite',
  CITY_DB_URL: 'sqlite:$DATA_DIR/city.sqlite',
  DISTRICT_DB_READ_URLS: 'none',
  CLUSTER_DB_READ_URLS: 'none',
  CITY_DB_READ_URLS: 'none',
  READ_YOUR_WRITES_MS: '3000',
  DISTRICT_URL: 'http://localhost:4001/graphql',
  CLUSTER_URL: 'http://localhost:4002/graphql',
  CITY_URL: 'http://localhost:4003/graphql',
  GRAPH_URL: 'http://localhost:4000/graphql',
  BALANCER_PORT: '$GATEWAY_PORT',
  BALANCER_TARGETS: 'none',
  SEED_WHEN_EMPTY: 'true for the embedded database, false for MySQL',
  SEED_DATASET: 'hanoi',
  CITY_NAME: 'Hà Nội',
  CITY_ISSUING_AUTHORITY: 'Chủ tịch UBND thành phố $CITY_NAME',
  JWT_SECRET: 'a fixed development secret, except in production',
  JWT_PUBLIC_KEY: 'none',
  JWT_JWKS_URL: 'none',
  JWT_ISSUER: 'emulation-graph',
  JWT_AUDIENCE: 'emulation-graph',
  JWT_MAX_LIFETIME_S: '86400',
  SUBGRAPH_TIMEOUT_MS: '5000',
  DISTRICT_TIMEOUT_MS: '$SUBGRAPH_TIMEOUT_MS',
  CLUSTER_TIMEOUT_MS: '$SUBGRAPH_TIMEOUT_MS',
  CITY_TIMEOUT_MS: '$SUBGRAPH_TIMEOUT_MS',
  CIRCUIT_FAILURES: '5',
  CIRCUIT_RESET_MS: '3000',
  LIMIT_DEPTH: '12',
  LIMIT_ALIASES: '30',
  LIMIT_ROOT_FIELDS: '10',
  LIMIT_TOKENS: '3000',
  LIMIT_DIRECTIVES: '20',
  LIMIT_COST: '100000',
  LIMIT_BODY_BYTES: '102400',
  LIMIT_BATCH: '10',
  REQUEST_BUDGET_MS: '10000',
  REQUEST_BUDGET_VALUES: '100000',
  DISTRICT_LIMITS: 'none: the LIMIT_* and REQUEST_BUDGET_* above',
  CLUSTER_LIMITS: 'none: the LIMIT_* and REQUEST_BUDGET_* above',
  CITY_LIMITS: 'none: the LIMIT_* and REQUEST_BUDGET_* above',
  GATEWAY_FETCH_LIMIT_FACTOR: '10',
  GATEWAY_FETCH_BODY_BYTES: '33554432',
  GATEWAY_SECRET: 'a fixed development secret, except in production',
  INTROSPECTION: 'true, except in production',
  PLAYGROUND: 'true, except in production',
  DASHBOARD_DIR: 'dashboard/dist',
  CORS_ORIGINS: 'none',
  PERSISTED_ONLY: 'false',
  PERSISTED_DOCUMENTS: '$DASHBOARD_DIR/persisted-documents.json',
  RESPONSE_CACHE: 'true',
  RESPONSE_CACHE_TTL_S: '300',
  RESPONSE_CACHE_MB: '64',
  REDIS_URL: 'none: the response cache lives in the gateway process',
  REDIS_KEY_PREFIX: 'emulation-graph:',
  LOG_LEVEL: 'info',
  SHUTDOWN_TIMEOUT_MS: '10000',
  ERROR_STACKTRACES: 'false',
};

// Signs and checks the tokens of `npm run token` on a developer's machine and in tests. Never in
// production: there a key must be configured.
export const DEVELOPMENT_JWT_SECRET = 'emulation-graph development secret: never use it in production';

// Signs the gateway's credential outside production, where GATEWAY_SECRET need not be set.
export const DEVELOPMENT_GATEWAY_SECRET = 'emulation-graph gateway development secret: never use it in production';

export class ConfigError extends Error {}

function readPort(env: Env, key: string): number {
  const raw = env[key] || CONFIG_VARIABLES[key];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${key} must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

function readCount(env: Env, key: string, fallback = CONFIG_VARIABLES[key]): number {
  const raw = env[key] || fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${key} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

function readLogLevel(env: Env): string {
  const raw = env.LOG_LEVEL || CONFIG_VARIABLES.LOG_LEVEL;
  if (['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(raw)) return raw;
  throw new ConfigError(`LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got "${raw}"`);
}

function readBoolean(env: Env, key: string): boolean | undefined {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

function readDataset(env: Env): DatasetName {
  const raw = env.SEED_DATASET || CONFIG_VARIABLES.SEED_DATASET;
  if ((DATASET_NAMES as readonly string[]).includes(raw)) return raw as DatasetName;
  throw new ConfigError(`SEED_DATASET must be one of ${DATASET_NAMES.join(', ')}, got "${raw}"`);
}

function readCity(env: Env): CitySettings {
  const name = env.CITY_NAME?.trim() || CONFIG_VARIABLES.CITY_NAME;
  return { name, issuingAuthority: env.CITY_ISSUING_AUTHORITY?.trim() || `Chủ tịch UBND thành phố ${name}` };
}

function readEnvName(env: Env): RuntimeEnv {
  const raw = env.NODE_ENV || 'development';
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw;
  throw new ConfigError(`NODE_ENV must be development, production or test, got "${raw}"`);
}

function readDbUrl(env: Env, key: string, name: SubgraphName, dataDir: string): string {
  const raw = env[key];
  if (!raw) return `sqlite:${path.join(dataDir, `${name}.sqlite`)}`;
  if (!/^(mysql|mariadb):\/\//.test(raw) && !raw.startsWith('sqlite:')) {
    throw new ConfigError(`${key} must start with mysql://, mariadb:// or sqlite:, got "${raw}"`);
  }
  return raw;
}

/** A comma-separated variable's entries, trimmed; none when unset. */
function readList(env: Env, key: string): string[] {
  return (env[key] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
}

/** A comma-separated list of http(s) URLs (the instances of one service); empty when unset. */
function readUrls(env: Env, key: string): string[] {
  const urls = readList(env, key);
  for (const url of urls) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new ConfigError(`${key} must list http:// or https:// URLs, comma-separated, got "${url}"`);
  }
  return urls;
}

/** Replicas of the primary `dbUrl`, comma-separated: only a MySQL/MariaDB primary has them. */
function readDbReadUrls(env: Env, key: string, dbUrl: string): string[] {
  const urls = readList(env, key);
  if (urls.length > 0 && isEmbedded(dbUrl)) throw new ConfigError(`${key} lists replicas of a MySQL/MariaDB database, but the primary is the embedded ${dbUrl}`);
  for (const url of urls) {
    if (!/^(mysql|mariadb):\/\//.test(url)) throw new ConfigError(`${key} must list mysql:// or mariadb:// URLs, comma-separated, got "${url}"`);
  }
  return urls;
}

export function isEmbedded(dbUrl: string): boolean {
  return dbUrl.startsWith('sqlite:');
}

function readAuth(env: Env, runtime: RuntimeEnv): AuthConfig {
  const keys = { secret: env.JWT_SECRET || undefined, publicKey: env.JWT_PUBLIC_KEY || undefined, jwksUrl: env.JWT_JWKS_URL || undefined };
  const given = Object.values(keys).filter(Boolean).length;
  if (given > 1) throw new ConfigError('set one of JWT_SECRET, JWT_PUBLIC_KEY and JWT_JWKS_URL, not several');
  if (given === 0 && runtime === 'production') {
    throw new ConfigError('production needs JWT_PUBLIC_KEY, JWT_JWKS_URL or JWT_SECRET to verify tokens');
  }
  if (keys.secret && runtime === 'production' && keys.secret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters in production');
  }
  return {
    ...(given === 0 ? { secret: DEVELOPMENT_JWT_SECRET } : keys),
    issuer: env.JWT_ISSUER || CONFIG_VARIABLES.JWT_ISSUER,
    audience: env.JWT_AUDIENCE || CONFIG_VARIABLES.JWT_AUDIENCE,
    maxLifetimeS: readCount(env, 'JWT_MAX_LIFETIME_S'),
  };
}

function readGatewaySecret(env: Env, runtime: RuntimeEnv): string | null {
  const secret = env.GATEWAY_SECRET || null;
  if (runtime !== 'production') return secret ?? DEVELOPMENT_GATEWAY_SECRET;
  if (secret && secret.length < 32) throw new ConfigError('GATEWAY_SECRET must be at least 32 characters in production');
  return secret;
}

/** GATEWAY_SECRET, which the gateway and every subgraph need to start; tools that only read the config do not. */
export function gatewaySecretOf(config: Config): string {
  if (!config.gatewaySecret) throw new ConfigError('production needs GATEWAY_SECRET, a secret of at least 32 characters that the gateway and the subgraphs share');
  return config.gatewaySecret;
}

function readOperationLimits(env: Env): OperationLimits {
  return {
    depth: readCount(env, 'LIMIT_DEPTH'),
    aliases: readCount(env, 'LIMIT_ALIASES'),
    rootFields: readCount(env, 'LIMIT_ROOT_FIELDS'),
    tokens: readCount(env, 'LIMIT_TOKENS'),
    directives: readCount(env, 'LIMIT_DIRECTIVES'),
    cost: readCount(env, 'LIMIT_COST'),
    bodyBytes: readCount(env, 'LIMIT_BODY_BYTES'),
  };
}

// What `<NAME>_LIMITS` may set for one subgraph's direct callers, each under its own name.
const SUBGRAPH_LIMIT_VARIABLES = [
  'LIMIT_DEPTH', 'LIMIT_ALIASES', 'LIMIT_ROOT_FIELDS', 'LIMIT_TOKENS', 'LIMIT_DIRECTIVES', 'LIMIT_COST', 'LIMIT_BODY_BYTES',
  'REQUEST_BUDGET_MS', 'REQUEST_BUDGET_VALUES',
];

/**
 * A subgraph's direct callers get the gateway's limits (a district's system is a client like any
 * other), changed for that subgraph by `<NAME>_LIMITS`, e.g. `LIMIT_COST=20000,REQUEST_BUDGET_MS=5000`.
 * The gateway's fetches may be larger: GATEWAY_FETCH_LIMIT_FACTOR times each limit, and bodies up to
 * GATEWAY_FETCH_BODY_BYTES, since they carry what other subgraphs answered (@requires).
 */
function readSubgraphLimits(env: Env, name: SubgraphName): SubgraphLimits {
  const key = `${name.toUpperCase()}_LIMITS`;
  const own: Env = { ...env };
  for (const setting of readList(env, key)) {
    const [variable, value] = setting.split('=').map((part) => part.trim());
    if (!SUBGRAPH_LIMIT_VARIABLES.includes(variable) || !value) {
      throw new ConfigError(`${key} must read NAME=value,… with NAME one of ${SUBGRAPH_LIMIT_VARIABLES.join(', ')}, got "${setting}"`);
    }
    own[variable] = value;
  }
  const budget: RequestBudget = { timeMs: readCount(own, 'REQUEST_BUDGET_MS'), values: readCount(own, 'REQUEST_BUDGET_VALUES') };
  const direct = readOperationLimits(own);
  const factor = readCount(env, 'GATEWAY_FETCH_LIMIT_FACTOR');
  const gateway = Object.fromEntries(Object.entries(direct).map(([limit, value]) => [limit, value * factor])) as unknown as OperationLimits;
  return {
    direct: { ...direct, ...budget },
    gateway: { ...gateway, bodyBytes: readCount(env, 'GATEWAY_FETCH_BODY_BYTES'), ...budget },
  };
}

// Set but empty, DASHBOARD_DIR turns the dashboard off; unset, it is the default build folder.
function readDashboardDir(env: Env): string | null {
  const raw = env.DASHBOARD_DIR ?? CONFIG_VARIABLES.DASHBOARD_DIR;
  return raw.trim() === '' ? null : path.resolve(raw.trim());
}

/** Origins as a browser sends them (scheme, host, port; no path); `*` alone allows any. */
function readCorsOrigins(env: Env): string[] | '*' {
  const listed = readList(env, 'CORS_ORIGINS');
  if (listed.includes('*')) {
    if (listed.length > 1) throw new ConfigError(`CORS_ORIGINS must be * alone or a list of origins, got "${env.CORS_ORIGINS}"`);
    return '*';
  }
  return listed.map((origin) => {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      // reported below
    }
    // An Origin header is a scheme, a host and a port: an entry with more would never match.
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://dashboard.example.gov.vn (scheme, host and port, no path), got "${origin}"`);
    }
    return url.origin;
  });
}

function readRedis(env: Env): SharedStateConfig | null {
  const url = env.REDIS_URL?.trim();
  if (!url) return null;
  if (!/^rediss?:\/\//.test(url)) throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${url}"`);
  return { url, keyPrefix: env.REDIS_KEY_PREFIX ?? CONFIG_VARIABLES.REDIS_KEY_PREFIX };
}

/**
 * Reads the env file into the environment, before any entry point reads its configuration: ENV_FILE,
 * else `.env` in the current directory; none when ENV_FILE is set empty. A variable the environment
 * already sets keeps its value, as with `process.loadEnvFile`, whose parser this is; it fills the
 * environment it is given, so that its caller (a test) may give its own. A missing `.env` is no
 * error; a missing file that ENV_FILE names is.
 */
export function loadEnvFile(env: Env = process.env): void {
  const named = env.ENV_FILE;
  const file = (named ?? CONFIG_VARIABLES.ENV_FILE).trim();
  if (!file) return;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && named === undefined) return;
    throw new ConfigError(`cannot read ENV_FILE ${path.resolve(file)}: ${(error as Error).message}`);
  }
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] === undefined) env[name] = value;
  }
}

/** Reads the configuration from environment variables; every one has a working default. */
export function loadConfig(env: Env = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || CONFIG_VARIABLES.DATA_DIR);
  const seedWhenEmpty = readBoolean(env, 'SEED_WHEN_EMPTY');
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const prefix = name.toUpperCase();
      const port = readPort(env, `${prefix}_PORT`);
      const dbUrl = readDbUrl(env, `${prefix}_DB_URL`, name, dataDir);
      const urls = readUrls(env, `${prefix}_URL`);
      const config: SubgraphConfig = {
        name,
        port,
        dbUrl,
        readDbUrls: readDbReadUrls(env, `${prefix}_DB_READ_URLS`, dbUrl),
        seedWhenEmpty: seedWhenEmpty ?? isEmbedded(dbUrl),
        urls: urls.length ? urls : [`http://localhost:${port}/graphql`],
      };
      return [name, config];
    }),
  ) as Record<SubgraphName, SubgraphConfig>;
  const runtime = readEnvName(env);
  const timeout = readCount(env, 'SUBGRAPH_TIMEOUT_MS');
  const exploring = runtime !== 'production';
  const dashboardDir = readDashboardDir(env);
  const gatewayPort = readPort(env, 'GATEWAY_PORT');
  return {
    env: runtime,
    auth: readAuth(env, runtime),
    logLevel: readLogLevel(env),
    shutdownTimeoutMs: readCount(env, 'SHUTDOWN_TIMEOUT_MS'),
    errorStacktraces: readBoolean(env, 'ERROR_STACKTRACES') ?? false,
    dataDir,
    dataset: readDataset(env),
    city: readCity(env),
    graphUrl: env.GRAPH_URL || CONFIG_VARIABLES.GRAPH_URL,
    subgraphs,
    readYourWritesMs: readCount(env, 'READ_YOUR_WRITES_MS'),
    subgraphLimits: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, readSubgraphLimits(env, name)])) as Record<SubgraphName, SubgraphLimits>,
    gatewaySecret: readGatewaySecret(env, runtime),
    gateway: {
      port: gatewayPort,
      supergraph: env.GATEWAY_SUPERGRAPH || CONFIG_VARIABLES.GATEWAY_SUPERGRAPH,
      timeouts: Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [name, readCount(env, `${name.toUpperCase()}_TIMEOUT_MS`, String(timeout))]),
      ) as Record<SubgraphName, number>,
      circuit: { failures: readCount(env, 'CIRCUIT_FAILURES'), resetMs: readCount(env, 'CIRCUIT_RESET_MS') },
      limits: { ...readOperationLimits(env), batch: readCount(env, 'LIMIT_BATCH') },
      introspection: readBoolean(env, 'INTROSPECTION') ?? exploring,
      playground: readBoolean(env, 'PLAYGROUND') ?? exploring,
      dashboardDir,
      corsOrigins: readCorsOrigins(env),
      persisted: {
        only: readBoolean(env, 'PERSISTED_ONLY') ?? false,
        documents: env.PERSISTED_DOCUMENTS ? path.resolve(env.PERSISTED_DOCUMENTS) : dashboardDir && path.join(dashboardDir, 'persisted-documents.json'),
      },
      responseCache: (readBoolean(env, 'RESPONSE_CACHE') ?? true) ? { ttlS: readCount(env, 'RESPONSE_CACHE_TTL_S'), maxMb: readCount(env, 'RESPONSE_CACHE_MB') } : null,
    },
    redis: readRedis(env),
    balancer: { port: env.BALANCER_PORT ? readPort(env, 'BALANCER_PORT') : gatewayPort, targets: readUrls(env, 'BALANCER_TARGETS') },
  };
}
