import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_VARIABLES, loadConfig, loadEnvFile } from '../../services/core/config';

describe('the config module', () => {
  test('works with nothing set: embedded databases under ./data, the documented ports', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.gateway).toMatchObject({ port: 4000, supergraph: 'schema/supergraph.graphql', introspection: true, playground: true });
    expect(config.gateway.timeouts).toEqual({ district: 5000, cluster: 5000, city: 5000 });
    expect(config.subgraphs.district).toEqual({
      name: 'district',
      port: 4001,
      dbUrl: `sqlite:${path.resolve('data', 'district.sqlite')}`,
      readDbUrls: [],
      seedWhenEmpty: true,
      urls: ['http://localhost:4001/graphql'],
    });
    expect([config.subgraphs.cluster.port, config.subgraphs.city.port]).toEqual([4002, 4003]);
  });

  test("names the deployment's city by setting, not by its data set: Hà Nội unless told", () => {
    expect(loadConfig({}).city).toEqual({ name: 'Hà Nội', issuingAuthority: 'Chủ tịch UBND thành phố Hà Nội' });
    expect(loadConfig({ SEED_DATASET: 'camle', CITY_NAME: 'Đà Nẵng' }).city).toEqual({ name: 'Đà Nẵng', issuingAuthority: 'Chủ tịch UBND thành phố Đà Nẵng' });
    expect(loadConfig({ CITY_NAME: 'Huế', CITY_ISSUING_AUTHORITY: 'Chủ tịch UBND thành phố Huế (trực thuộc Trung ương)' }).city).toEqual({
      name: 'Huế',
      issuingAuthority: 'Chủ tịch UBND thành phố Huế (trực thuộc Trung ương)',
    });
  });

  test('reads every variable it documents', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: '/var/lib/emulation',
      GATEWAY_PORT: '8080',
      GATEWAY_SUPERGRAPH: 'introspect',
      CITY_PORT: '5003',
      CITY_DB_URL: 'mysql://app:secret@db.internal:3306/emulation_city',
      CLUSTER_URL: 'http://cluster.internal/graphql',
      JWT_JWKS_URL: 'https://login.example.gov.vn/.well-known/jwks.json',
      JWT_ISSUER: 'https://login.example.gov.vn',
      JWT_AUDIENCE: 'thi-dua',
      SUBGRAPH_TIMEOUT_MS: '2000',
      CITY_TIMEOUT_MS: '8000',
      LIMIT_DEPTH: '20',
      INTROSPECTION: 'true',
      LOG_LEVEL: 'warn',
    });
    expect(config.gateway.timeouts).toEqual({ district: 2000, cluster: 2000, city: 8000 });
    expect(config.gateway.limits.depth).toBe(20);
    expect(config.gateway.introspection).toBe(true);
    expect(config.logLevel).toBe('warn');
    expect(config.env).toBe('production');
    // Production: the playground is off by default; introspection was asked for.
    expect(config.gateway).toMatchObject({ port: 8080, supergraph: 'introspect', introspection: true, playground: false });
    expect(config.subgraphs.district.dbUrl).toBe('sqlite:/var/lib/emulation/district.sqlite');
    expect(config.subgraphs.city).toMatchObject({ port: 5003, seedWhenEmpty: false, urls: ['http://localhost:5003/graphql'] });
    expect(config.subgraphs.cluster.urls).toEqual(['http://cluster.internal/graphql']);
    expect(config.auth).toEqual({
      secret: undefined,
      publicKey: undefined,
      jwksUrl: 'https://login.example.gov.vn/.well-known/jwks.json',
      issuer: 'https://login.example.gov.vn',
      audience: 'thi-dua',
      maxLifetimeS: 86400,
    });
  });

  test('signs and verifies development tokens with a fixed secret everywhere but in production', () => {
    expect(loadConfig({}).auth.secret).toEqual(expect.any(String));
    expect(loadConfig({ JWT_SECRET: 'mine' }).auth.secret).toBe('mine');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/production needs JWT_PUBLIC_KEY, JWT_JWKS_URL or JWT_SECRET/);
  });

  test('reads each subgraph from the replicas of its MySQL primary that it is given, its writers from the primary for a while', () => {
    const config = loadConfig({
      CLUSTER_DB_URL: 'mysql://app@primary:3306/emulation_cluster',
      CLUSTER_DB_READ_URLS: ' mysql://reader@replica-1:3306/emulation_cluster, mariadb://reader@replica-2:3306/emulation_cluster ,',
      READ_YOUR_WRITES_MS: '1500',
    });
    expect(config.subgraphs.cluster.readDbUrls).toEqual(['mysql://reader@replica-1:3306/emulation_cluster', 'mariadb://reader@replica-2:3306/emulation_cluster']);
    expect([config.subgraphs.district.readDbUrls, config.subgraphs.city.readDbUrls]).toEqual([[], []]);
    expect(config.readYourWritesMs).toBe(1500);
    expect(loadConfig({}).readYourWritesMs).toBe(3000);
  });

  test('reaches several instances of a subgraph, and puts a balancer in front of several gateways', () => {
    const config = loadConfig({ DISTRICT_URL: ' http://district-1:4001/graphql , http://district-2:4001/graphql', GATEWAY_PORT: '8080' });
    expect(config.subgraphs.district.urls).toEqual(['http://district-1:4001/graphql', 'http://district-2:4001/graphql']);
    expect(config.balancer).toEqual({ port: 8080, targets: [] });
    expect(loadConfig({ BALANCER_PORT: '9000', BALANCER_TARGETS: 'http://gateway-1:4000,http://gateway-2:4000' }).balancer).toEqual({
      port: 9000,
      targets: ['http://gateway-1:4000', 'http://gateway-2:4000'],
    });
  });

  test('seeds an empty MySQL database only when asked', () => {
    const mysql = 'mysql://root@127.0.0.1:3306/emulation_district';
    expect(loadConfig({ DISTRICT_DB_URL: mysql }).subgraphs.district.seedWhenEmpty).toBe(false);
    expect(loadConfig({ DISTRICT_DB_URL: mysql, SEED_WHEN_EMPTY: 'true' }).subgraphs.district.seedWhenEmpty).toBe(true);
    expect(loadConfig({ SEED_WHEN_EMPTY: 'false' }).subgraphs.district.seedWhenEmpty).toBe(false);
  });

  test.each([
    [{ GATEWAY_PORT: 'http' }, /GATEWAY_PORT must be a port number/],
    [{ CITY_PORT: '70000' }, /CITY_PORT must be a port number/],
    [{ DISTRICT_DB_URL: 'postgres://localhost/x' }, /DISTRICT_DB_URL must start with mysql:\/\//],
    [{ CITY_DB_READ_URLS: 'mysql://root@replica:3306/emulation_city' }, /CITY_DB_READ_URLS lists replicas of a MySQL\/MariaDB database, but the primary is the embedded/],
    [{ CITY_DB_URL: 'mysql://root@db:3306/emulation_city', CITY_DB_READ_URLS: 'sqlite:replica.sqlite' }, /CITY_DB_READ_URLS must list mysql:\/\/ or mariadb:\/\/ URLs/],
    [{ READ_YOUR_WRITES_MS: '0' }, /READ_YOUR_WRITES_MS must be a whole number of at least 1/],
    [{ SEED_WHEN_EMPTY: 'sometimes' }, /SEED_WHEN_EMPTY must be true or false/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be development, production or test/],
    [{ SEED_DATASET: 'saigon' }, /SEED_DATASET must be one of hanoi, camle/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ LIMIT_DEPTH: '0' }, /LIMIT_DEPTH must be a whole number of at least 1/],
    [{ CITY_TIMEOUT_MS: 'soon' }, /CITY_TIMEOUT_MS must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be/],
    [{ DISTRICT_URL: 'http://district-1:4001/graphql,district-2:4001' }, /DISTRICT_URL must list http:\/\/ or https:\/\/ URLs, comma-separated, got "district-2:4001"/],
    [{ BALANCER_TARGETS: 'gateway-1:4000' }, /BALANCER_TARGETS must list http:\/\/ or https:\/\/ URLs/],
    [{ BALANCER_PORT: 'front' }, /BALANCER_PORT must be a port number/],
    [{ REDIS_URL: '127.0.0.1:6379' }, /REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    [{ RESPONSE_CACHE: 'maybe' }, /RESPONSE_CACHE must be true or false/],
    [{ RESPONSE_CACHE_MB: '0' }, /RESPONSE_CACHE_MB must be a whole number of at least 1/],
    [{ JWT_SECRET: 'x'.repeat(32), JWT_JWKS_URL: 'https://idp/jwks' }, /set one of JWT_SECRET, JWT_PUBLIC_KEY and JWT_JWKS_URL/],
  ])('refuses %j with a message that names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('documents a default for every variable it reads', () => {
    expect(Object.keys(CONFIG_VARIABLES).sort()).toEqual(
      [
        'ENV_FILE', 'BALANCER_PORT', 'BALANCER_TARGETS',
        'NODE_ENV', 'DATA_DIR', 'GATEWAY_PORT', 'GATEWAY_SUPERGRAPH', 'SEED_WHEN_EMPTY', 'SEED_DATASET', 'CITY_NAME', 'CITY_ISSUING_AUTHORITY',
        'JWT_SECRET', 'JWT_PUBLIC_KEY', 'JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_MAX_LIFETIME_S', 'ERROR_STACKTRACES',
        'SUBGRAPH_TIMEOUT_MS', 'CIRCUIT_FAILURES', 'CIRCUIT_RESET_MS', 'LOG_LEVEL', 'SHUTDOWN_TIMEOUT_MS', 'INTROSPECTION', 'PLAYGROUND',
        'DASHBOARD_DIR', 'CORS_ORIGINS', 'PERSISTED_ONLY', 'PERSISTED_DOCUMENTS',
        ...['DEPTH', 'ALIASES', 'ROOT_FIELDS', 'TOKENS', 'DIRECTIVES', 'COST', 'BODY_BYTES', 'BATCH'].map((limit) => `LIMIT_${limit}`),
        ...['DISTRICT', 'CLUSTER', 'CITY'].map((name) => `${name}_TIMEOUT_MS`),
        ...['DISTRICT', 'CLUSTER', 'CITY'].map((name) => `${name}_LIMITS`),
        ...['DISTRICT', 'CLUSTER', 'CITY'].map((name) => `${name}_DB_READ_URLS`),
        'READ_YOUR_WRITES_MS',
        'RESPONSE_CACHE', 'RESPONSE_CACHE_TTL_S', 'RESPONSE_CACHE_MB', 'REDIS_URL', 'REDIS_KEY_PREFIX',
        'GRAPH_URL', 'REQUEST_BUDGET_MS', 'REQUEST_BUDGET_VALUES', 'GATEWAY_FETCH_LIMIT_FACTOR', 'GATEWAY_FETCH_BODY_BYTES', 'GATEWAY_SECRET',
        ...['DISTRICT', 'CLUSTER', 'CITY'].flatMap((name) => [`${name}_PORT`, `${name}_DB_URL`, `${name}_URL`]),
      ].sort(),
    );
  });
});

describe('the env file', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-env-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('is read before the configuration, and a variable the environment sets wins over it', () => {
    const file = path.join(folder, 'test.env');
    fs.writeFileSync(file, 'CITY_NAME=Đà Nẵng\nGATEWAY_PORT=5000\n# JWT_SECRET=commented out\n');
    const env: Record<string, string | undefined> = { ENV_FILE: file, GATEWAY_PORT: '6000' };
    loadEnvFile(env);
    expect(env).toEqual({ ENV_FILE: file, CITY_NAME: 'Đà Nẵng', GATEWAY_PORT: '6000' });
    expect(loadConfig(env)).toMatchObject({ city: { name: 'Đà Nẵng' }, gateway: { port: 6000 } });
  });

  test('set empty, ENV_FILE reads no file; a file it names must exist', () => {
    const env: Record<string, string | undefined> = { ENV_FILE: '' };
    loadEnvFile(env);
    expect(env).toEqual({ ENV_FILE: '' });
    expect(() => loadEnvFile({ ENV_FILE: path.join(folder, 'missing.env') })).toThrow(/cannot read ENV_FILE .*missing\.env/);
  });
});
