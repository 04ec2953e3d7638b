import { getIntrospectionQuery } from 'graphql';
import { startGateway } from '../../gateway/gateway';
import type { RunningService } from '../../services/core/http';
import { DATABASES, type TestDatabases } from '../support/databases';
import { gatewayConfig, postGraphQL, startFederation, type Federation } from '../support/federation';

// Each limit is set small on a gateway of its own in front of the same subgraphs, so that each
// query here is over or under exactly one limit.

let databases: TestDatabases;
let federation: Federation;

async function withGateway(env: Record<string, string>, run: (gateway: RunningService) => Promise<void>): Promise<void> {
  const gateway = await startGateway(gatewayConfig(federation.subgraphs, env), { port: 0 });
  try {
    await run(gateway);
  } finally {
    await gateway.stop();
  }
}

function statementsRun(): number {
  return Object.values(federation.selects).reduce((sum, selects) => sum + selects.length, 0);
}

async function post(gateway: RunningService, body: unknown): Promise<{ status: number; type: string | null; body: any }> {
  for (const recorded of Object.values(federation.selects)) recorded.length = 0;
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/** The query just over the limit is refused with its code, limit and size, and no subgraph ran a statement for it. */
async function expectRefused(gateway: RunningService, request: unknown, code: string, limit: number, actual: number): Promise<void> {
  const answer = await post(gateway, request);
  expect(answer.body).toEqual({ errors: [{ message: expect.stringContaining(`${actual}`), extensions: { code, limit, actual } }] });
  expect(answer.body.errors[0].message).toContain(`at most ${limit}`);
  expect(answer.status).toBe(400);
  expect(statementsRun()).toBe(0);
}

async function expectAnswered(gateway: RunningService, request: unknown): Promise<any> {
  const answer = await post(gateway, request);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  return answer.body.data;
}

// The gateway runs in front of real subgraphs on either database, as in production.
describe.each(DATABASES)('limits, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway', () => {
    beforeAll(async () => {
      databases = makeDatabases('limits');
      federation = await startFederation(databases.urls);
    });
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    describe('the gateway refuses a query over a limit before any subgraph is asked, and answers one at the limit', () => {
      test('depth (LIMIT_DEPTH)', async () => {
        await withGateway({ LIMIT_DEPTH: '3' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query: `{ cluster(id: "III") { members(year: 2018) { role } } }` });
          expect(data.cluster.members.length).toBeGreaterThan(0);
          await expectRefused(gateway, { query: `{ cluster(id: "III") { members(year: 2018) { district { name } } } }` }, 'QUERY_TOO_DEEP', 3, 4);
        });
      });

      test('aliases (LIMIT_ALIASES), counted in the fragments where they are spread', async () => {
        await withGateway({ LIMIT_ALIASES: '2' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query: `{ district(id: "ba-dinh") { a: name b: name } }` });
          expect(data.district).toEqual({ a: 'Ba Đình', b: 'Ba Đình' });
          const overByFragment = `{ district(id: "ba-dinh") { a: name ...Names } } fragment Names on District { b: name c: id }`;
          await expectRefused(gateway, { query: overByFragment }, 'TOO_MANY_ALIASES', 2, 3);
        });
      });

      test('root fields (LIMIT_ROOT_FIELDS)', async () => {
        await withGateway({ LIMIT_ROOT_FIELDS: '2' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query: `{ a: district(id: "ba-dinh") { name } b: district(id: "dong-da") { name } }` });
          expect(data).toEqual({ a: { name: 'Ba Đình' }, b: { name: 'Đống Đa' } });
          const over = `{ a: district(id: "ba-dinh") { name } ... on Query { b: district(id: "dong-da") { name } c: districts { id } } }`;
          await expectRefused(gateway, { query: over }, 'TOO_MANY_ROOT_FIELDS', 2, 3);
        });
      });

      test('tokens (LIMIT_TOKENS)', async () => {
        await withGateway({ LIMIT_TOKENS: '6' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query: `{ districts { name } } # comments are not tokens` });
          expect(data.districts.length).toBeGreaterThan(0);
          await expectRefused(gateway, { query: `{ districts { name id } }` }, 'TOO_MANY_TOKENS', 6, 7);
        });
      });

      test('directives (LIMIT_DIRECTIVES)', async () => {
        await withGateway({ LIMIT_DIRECTIVES: '2' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query: `{ district(id: "ba-dinh") { name @include(if: true) id @skip(if: true) } }` });
          expect(data.district).toEqual({ name: 'Ba Đình' });
          const over = `{ district(id: "ba-dinh") @include(if: true) { name @include(if: true) id @skip(if: true) } }`;
          await expectRefused(gateway, { query: over }, 'TOO_MANY_DIRECTIVES', 2, 3);
        });
      });

      test('cost (LIMIT_COST): a point a field, times the `first` around it (20 unless given); a list without `first` at its declared bound', async () => {
        // cityRankings (at most 64 entries, list-bounds.ts) with rank: 1 + 64. district 1 + units 1 + $n × (nodes 1 + name 1).
        const query = `query ($n: Int) {
          cityRankings(year: 2023) { rank }
          district(id: "hoang-mai") { units(first: $n) { nodes { name } } }
        }`;
        await withGateway({ LIMIT_COST: '77' }, async (gateway) => {
          const data = await expectAnswered(gateway, { query, variables: { n: 5 } });
          expect(data.cityRankings).toHaveLength(30);
          expect(data.district.units.nodes).toHaveLength(5);
          await expectRefused(gateway, { query, variables: { n: 6 } }, 'QUERY_TOO_COSTLY', 77, 79);
          await expectRefused(gateway, { query: query.replace('($n: Int)', '').replace('(first: $n)', '') }, 'QUERY_TOO_COSTLY', 77, 107);
        });
      });

      test('request body size (LIMIT_BODY_BYTES): HTTP 413 with a GraphQL error', async () => {
        await withGateway({ LIMIT_BODY_BYTES: '200' }, async (gateway) => {
          const padded = (bytes: number) => {
            const body = { query: '{ districts { name } }' };
            return { query: body.query + ' '.repeat(bytes - JSON.stringify(body).length) };
          };
          expect(JSON.stringify(padded(200))).toHaveLength(200);
          await expectAnswered(gateway, padded(200));
          const answer = await post(gateway, padded(201));
          expect(answer.status).toBe(413);
          expect(answer.type).toMatch(/^application\/json/);
          expect(answer.body).toEqual({
            errors: [{ message: expect.stringContaining('at most 200'), extensions: { code: 'BODY_TOO_LARGE', limit: 200, actual: 201 } }],
          });
        });
      });

      test('operations per batch (LIMIT_BATCH)', async () => {
        await withGateway({ LIMIT_BATCH: '2' }, async (gateway) => {
          const operation = { query: `{ district(id: "ba-dinh") { name } }` };
          const answer = await post(gateway, [operation, operation]);
          expect(answer.status).toBe(200);
          expect(answer.body).toEqual([{ data: { district: { name: 'Ba Đình' } } }, { data: { district: { name: 'Ba Đình' } } }]);
          await expectRefused(gateway, [operation, operation, operation], 'BATCH_TOO_LARGE', 2, 3);
        });
      });

      test('the default limits let through the introspection query every client sends', async () => {
        const body = await postGraphQL(federation.gateway.url, getIntrospectionQuery());
        expect(body.errors).toBeUndefined();
        expect(body.data.__schema.types.length).toBeGreaterThan(10);
      });
    });

    describe('what a client learns about the schema', () => {
      // Production needs a key to verify tokens with.
      const PRODUCTION = {
        NODE_ENV: 'production',
        JWT_SECRET: 'a production secret of at least 32 characters',
        GATEWAY_SECRET: 'the gateway secret of at least 32 characters',
      };
      const MISSPELT = `{ districs { name } }`;
      const INTROSPECTION = `{ __schema { queryType { name } } }`;

      test('field suggestions only in development', async () => {
        await withGateway({ NODE_ENV: 'development' }, async (gateway) => {
          const body = await postGraphQL(gateway.url, MISSPELT);
          expect(body.errors?.[0].message).toMatch(/Did you mean .*"districts"\?/);
        });
        await withGateway(PRODUCTION, async (gateway) => {
          const body = await postGraphQL(gateway.url, MISSPELT);
          expect(body.errors?.[0].message).toMatch(/Cannot query field "districs"/);
          expect(body.errors?.[0].message).not.toMatch(/Did you mean/);
        });
      });

      async function playgroundShown(gateway: RunningService): Promise<boolean> {
        const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
        const html = await page.text();
        const asset = await fetch(new URL('/playground/graphiql.js', gateway.url));
        await asset.arrayBuffer();
        expect(asset.status === 200).toBe(html.includes('GraphiQL'));
        return html.includes('GraphiQL');
      }

      test('introspection and the playground are off in production', async () => {
        await withGateway(PRODUCTION, async (gateway) => {
          const body = await postGraphQL(gateway.url, INTROSPECTION);
          expect(body.data).toBeUndefined();
          expect(body.errors?.[0].message).toMatch(/introspection is not allowed/);
          expect(await playgroundShown(gateway)).toBe(false);
        });
      });

      test('introspection and the playground are on in production when INTROSPECTION and PLAYGROUND say so', async () => {
        await withGateway({ ...PRODUCTION, INTROSPECTION: 'true', PLAYGROUND: 'true' }, async (gateway) => {
          expect(await postGraphQL(gateway.url, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
          expect(await playgroundShown(gateway)).toBe(true);
        });
      });

      test('introspection and the playground are on in development and test', async () => {
        for (const env of [{ NODE_ENV: 'development' }, { NODE_ENV: 'test' }]) {
          await withGateway(env, async (gateway) => {
            expect(await postGraphQL(gateway.url, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
            expect(await playgroundShown(gateway)).toBe(true);
          });
        }
      });
    });
  });
});
