import { SignJWT } from 'jose';
import { startGateway } from '../../gateway/gateway';
import { Role, signToken } from '../../services/core/auth';
import { DEVELOPMENT_GATEWAY_SECRET, loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentials } from '../../services/core/gateway-credential';
import type { RunningService } from '../../services/core/http';
import { startSubgraph } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import { embeddedFederation } from '../support/federation';
import { tokenFor } from '../support/tokens';

// The gateway proves itself to the subgraphs with a short-lived token signed with GATEWAY_SECRET.
// What it earns does not depend on the database: the embedded one is enough.

interface Answer {
  status: number;
  body: any;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

const credentialOf = (secret: string, now?: () => number) => gatewayCredentials(secret, now)();
const withCredential = async (secret = DEVELOPMENT_GATEWAY_SECRET, now?: () => number) => ({ [GATEWAY_CREDENTIAL_HEADER]: await credentialOf(secret, now) });

// The district subgraph's direct callers may nest 3 deep; the gateway's fetches, 30 (LIMIT_DEPTH × 10).
const SHALLOW = { DISTRICT_LIMITS: 'LIMIT_DEPTH=3' };
const DEEP = '{ district(id: "dong-da") { units(first: 2) { nodes { name } } } }';

const federation = embeddedFederation(SHALLOW, 300_000);

describe("the gateway's fetches get the subgraph's larger allowance, proven by its credential", () => {
  test('through the gateway, a query deeper than the direct limit is answered', async () => {
    const body = await federation.query(DEEP);
    expect(body.errors).toBeUndefined();
    expect(body.data.district.units.nodes).toHaveLength(2);
  });

  test('with the credential the same query is answered directly; absent, forged, expired or a user token: the direct limit', async () => {
    const url = federation.subgraphs.district.url;
    const answered = await post(url, { query: DEEP }, await withCredential());
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data.district.units.nodes).toHaveLength(2);

    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('gateway')
      .setAudience('emulation-graph-subgraphs')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a secret the subgraphs do not share with anyone'));
    const tenMinutesAgo = () => Date.now() - 10 * 60_000;
    const callers: Array<[string, Record<string, string>]> = [
      ['no credential', {}],
      ['a plain header', { [GATEWAY_CREDENTIAL_HEADER]: 'gateway' }],
      ['a forged credential', { [GATEWAY_CREDENTIAL_HEADER]: forged }],
      ['an expired credential', await withCredential(DEVELOPMENT_GATEWAY_SECRET, tenMinutesAgo)],
      ["a city admin's token", { authorization: `Bearer ${await tokenFor({ role: Role.CITY_ADMIN })}` }],
    ];
    for (const [caller, headers] of callers) {
      const refused = await post(url, { query: DEEP }, headers);
      expect([caller, refused.status, refused.body.errors?.[0]?.extensions]).toEqual([caller, 400, { code: 'QUERY_TOO_DEEP', limit: 3, actual: 4 }]);
      expect(refused.body.errors[0].message).toBe('The query nests fields this deep: 4, where the district subgraph accepts at most 3');
    }
  });

  test("an entity fetch of 5,000 people (a body over the direct 100 KB) is read only with the gateway's credential", async () => {
    const people = await federation.query('{ district(id: "dong-da") { people(first: 100) { nodes { id } } } }');
    const ids: string[] = people.data.district.people.nodes.map((person: { id: string }) => person.id);
    const representations = Array.from({ length: 5000 }, (_, index) => ({ __typename: 'Person', id: ids[index % ids.length] }));
    const fetch = {
      query: 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { fullName } } }',
      variables: { representations },
    };
    expect(JSON.stringify(fetch).length).toBeGreaterThan(102400);
    const answered = await post(federation.subgraphs.district.url, fetch, await withCredential());
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data._entities).toHaveLength(5000);
    const without: Array<Record<string, string>> = [{}, { [GATEWAY_CREDENTIAL_HEADER]: 'forged' }];
    for (const headers of without) {
      const refused = await post(federation.subgraphs.district.url, fetch, headers);
      expect([refused.status, refused.body.errors?.[0]?.extensions?.code, refused.body.errors?.[0]?.extensions?.limit]).toEqual([413, 'BODY_TOO_LARGE', 102400]);
    }
  });
});

describe('in production, a subgraph shows its schema only to the gateway or with a token', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'the production token secret, at least 32 characters',
    GATEWAY_SECRET: 'the production gateway secret, at least 32 characters',
  };
  const SCHEMA_QUERIES = [
    '{ _service { sdl } }',
    '{ __schema { queryType { name } } }',
    '{ __type(name: "Person") { name } }',
    // Through a fragment at the root: the same request.
    'query { ...Sdl } fragment Sdl on Query { ... on Query { _service { sdl } } }',
  ];
  let production: Record<SubgraphName, RunningService>;

  beforeAll(async () => {
    // Over the federation's databases, already seeded: these services only read them.
    const config = loadConfig(PRODUCTION);
    const started = [];
    for (const definition of SUBGRAPHS) started.push(await startSubgraph(definition, config, { port: 0, dbUrl: federation.databases.urls[definition.name] }));
    production = Object.fromEntries(started.map((service) => [service.name, service])) as Record<SubgraphName, RunningService>;
  }, 120_000);

  afterAll(async () => {
    for (const service of Object.values(production ?? {})) await service.stop();
  });

  test.each(SCHEMA_QUERIES)('%s: refused anonymously, answered with the credential or a token', async (query) => {
    const url = production.district.url;
    const anonymous = await post(url, { query });
    expect([anonymous.status, anonymous.body.errors?.[0]?.extensions?.code, anonymous.body.data]).toEqual([401, 'UNAUTHENTICATED', undefined]);
    const token = await signToken(loadConfig(PRODUCTION).auth, { subject: 'a viewer', role: Role.VIEWER });
    for (const headers of [await withCredential(PRODUCTION.GATEWAY_SECRET), { authorization: `Bearer ${token}` }]) {
      const answered = await post(url, { query }, headers);
      expect(answered.body.errors).toBeUndefined();
      expect(answered.status).toBe(200);
    }
  });

  test('a credential signed with another secret (the development one) is no credential', async () => {
    const refused = await post(production.district.url, { query: '{ _service { sdl } }' }, await withCredential(DEVELOPMENT_GATEWAY_SECRET));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('the SDL the credential opens holds what the supergraph hides', async () => {
    const answered = await post(production.city.url, { query: '{ _service { sdl } }' }, await withCredential(PRODUCTION.GATEWAY_SECRET));
    expect(answered.body.data._service.sdl).toContain('@external');
  });

  test('outside production the schema stays open, for the tools that read it', async () => {
    const open = await post(federation.subgraphs.district.url, { query: '{ _service { sdl } }' });
    expect(open.body.data._service.sdl).toContain('type District');
  });

  test('a gateway composes from production subgraphs by introspection with its credential, and not without the shared secret', async () => {
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, production[name].url]));
    const gateway = await startGateway(loadConfig({ ...PRODUCTION, ...urls, GATEWAY_SUPERGRAPH: 'introspect' }), { port: 0 });
    try {
      const body = await post(gateway.url, { query: '{ district(id: "dong-da") { name } cityRankings(year: 2023) { rank } }' });
      expect(body.body.errors).toBeUndefined();
      expect(body.body.data.district.name).toBe('Đống Đa');
      expect(body.body.data.cityRankings.length).toBeGreaterThan(0);
    } finally {
      await gateway.stop();
    }
    const wrongSecret = { ...PRODUCTION, ...urls, GATEWAY_SUPERGRAPH: 'introspect', GATEWAY_SECRET: 'another gateway secret of at least 32 characters' };
    await expect(startGateway(loadConfig(wrongSecret), { port: 0 })).rejects.toThrow(/Couldn't load service definitions for "district" .*401: Unauthorized/);
  });
});
