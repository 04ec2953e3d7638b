import { Role, signToken } from '../../services/core/auth';
import { ConfigError, DEVELOPMENT_GATEWAY_SECRET, gatewaySecretOf, loadConfig } from '../../services/core/config';
import { gatewayCredentials, gatewayCredentialVerifier } from '../../services/core/gateway-credential';

const SECRET = 'a gateway secret of at least thirty-two characters';

describe("the gateway's credential", () => {
  test('is minted once, kept, and minted again a minute before its five minutes run out', async () => {
    // The clock starts in the past so that the renewed credential is minted now, and verifies.
    let now = Date.now() - (4 * 60_000 + 1000);
    const next = gatewayCredentials(SECRET, () => now);
    const first = await next();
    now += 3 * 60_000;
    expect(await next()).toBe(first);
    now += 61_000;
    expect(await gatewayCredentialVerifier(SECRET)(first)).toBe(true);
    const renewed = await next();
    expect(renewed).not.toBe(first);
    const verify = gatewayCredentialVerifier(SECRET);
    expect(await verify(renewed)).toBe(true);
  });

  test('is refused when absent, signed with another secret, expired, or a user token signed with the same secret', async () => {
    const verify = gatewayCredentialVerifier(SECRET);
    expect(await verify(undefined)).toBe(false);
    expect(await verify('gateway')).toBe(false);
    expect(await verify(await gatewayCredentials('another secret of at least thirty-two characters')())).toBe(false);
    expect(await verify(await gatewayCredentials(SECRET, () => Date.now() - 6 * 60_000)())).toBe(false);
    // The secrets should differ; even where they do not, a user's token is not the gateway's (audience, subject).
    const auth = { ...loadConfig({ NODE_ENV: 'test' }).auth, secret: SECRET };
    expect(await verify(await signToken(auth, { subject: 'gateway', role: Role.CITY_ADMIN }))).toBe(false);
  });
});

describe('the limits and secret settings', () => {
  test('subgraphs hold direct callers to the LIMIT_* values, and the gateway to ten times them, bodies to 32 MB', () => {
    const { district } = loadConfig({ NODE_ENV: 'test', LIMIT_DEPTH: '8' }).subgraphLimits;
    expect(district.direct).toEqual({ depth: 8, aliases: 30, rootFields: 10, tokens: 3000, directives: 20, cost: 100000, bodyBytes: 102400, timeMs: 10000, values: 100000 });
    expect(district.gateway).toEqual({ depth: 80, aliases: 300, rootFields: 100, tokens: 30000, directives: 200, cost: 1000000, bodyBytes: 33554432, timeMs: 10000, values: 100000 });
  });

  test('<NAME>_LIMITS changes one subgraph only', () => {
    const limits = loadConfig({ CITY_LIMITS: 'LIMIT_COST=2000, REQUEST_BUDGET_MS=500', GATEWAY_FETCH_LIMIT_FACTOR: '3' }).subgraphLimits;
    expect(limits.city.direct).toMatchObject({ cost: 2000, timeMs: 500 });
    expect(limits.city.gateway).toMatchObject({ cost: 6000, timeMs: 500 });
    expect(limits.district.direct).toMatchObject({ cost: 100000, timeMs: 10000 });
  });

  test.each([
    [{ DISTRICT_LIMITS: 'LIMIT_BATCH=2' }, /DISTRICT_LIMITS must read NAME=value/],
    [{ CLUSTER_LIMITS: 'LIMIT_COST' }, /CLUSTER_LIMITS must read NAME=value/],
    [{ CITY_LIMITS: 'LIMIT_COST=lots' }, /LIMIT_COST must be a whole number/],
    [{ GATEWAY_FETCH_LIMIT_FACTOR: '0' }, /GATEWAY_FETCH_LIMIT_FACTOR must be a whole number of at least 1/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), GATEWAY_SECRET: 'short' }, /GATEWAY_SECRET must be at least 32 characters/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('GATEWAY_SECRET: a fixed one outside production; in production, needed by the services that use it', () => {
    expect(gatewaySecretOf(loadConfig({}))).toBe(DEVELOPMENT_GATEWAY_SECRET);
    const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    expect(() => gatewaySecretOf(production)).toThrow(ConfigError);
    expect(() => gatewaySecretOf(production)).toThrow(/production needs GATEWAY_SECRET/);
    expect(gatewaySecretOf(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), GATEWAY_SECRET: SECRET }))).toBe(SECRET);
  });
});
