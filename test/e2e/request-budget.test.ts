import { CONFIG_VARIABLES } from '../../services/core/config';
import { embeddedDatabases } from '../support/databases';
import { seedEmptyDatabases } from '../support/demo-data';
import { embeddedFederation, postGraphQL } from '../support/federation';
import { buildDist, startProcess } from '../support/processes';

// A subgraph stops a request that grows past its values or runs past its time, whatever its cost
// said: here the cost limits are lifted so that issue 10's attack reaches the district subgraph,
// which must stop it rather than grow until it dies. The budget counts in the resolvers, above any
// database: the embedded one is enough.

const ATTACK = '{ districts { units(first:100){ nodes { ratings { unit { ratings { unit { ratings { unit { ratings { year } } } } } } } } } } }';
const VALUES = 10000;

const federation = embeddedFederation(
  {
    // No cost limit to speak of, anywhere: only the budgets stand between the attack and the process.
    LIMIT_COST: String(Number.MAX_SAFE_INTEGER),
    DISTRICT_LIMITS: `REQUEST_BUDGET_VALUES=${VALUES}`,
    CLUSTER_LIMITS: 'REQUEST_BUDGET_MS=1',
    // The gateway waits for the district to stop the request itself, however busy the machine.
    SUBGRAPH_TIMEOUT_MS: '60000',
  },
  300_000,
);

test('the attack sent straight to the district subgraph is stopped at its values budget, with one coded error and no data', async () => {
  const started = Date.now();
  const body = await postGraphQL(federation.subgraphs.district.url, ATTACK);
  expect(body.data).toBeNull();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions).toEqual({ code: 'RESOURCE_LIMIT', resource: 'values', limit: VALUES, actual: expect.any(Number) });
  // A list's items count when it resolves: the count may pass the budget by a list.
  expect(body.errors![0].extensions!.actual).toBeGreaterThan(VALUES);
  expect(body.errors![0].message).toContain(`the district subgraph stops a request at ${VALUES}`);
  console.log(`stopped after ${Date.now() - started} ms`);
});

test("through the gateway, the district's stop reaches the client as a coded error", async () => {
  const body = await federation.query(ATTACK);
  const stopped = body.errors?.find((error) => error.extensions?.code === 'RESOURCE_LIMIT');
  expect(stopped?.extensions).toMatchObject({ resource: 'values', limit: VALUES });
});

test('a subgraph stops a request past its time budget', async () => {
  const body = await postGraphQL(
    federation.subgraphs.cluster.url,
    '{ clusters { members(year: 2020) { role } standings(year: 2020) { rank } nominations(year: 2020) { votePercent } } }',
  );
  expect(body.data).toBeNull();
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'timeMs', limit: 1 });
});

test('the district subgraph answers again at once: the budget is per request', async () => {
  const body = await postGraphQL(federation.subgraphs.district.url, '{ district(id: "dong-da") { name } }');
  expect(body).toEqual({ data: { district: { name: 'Đống Đa' } } });
});

// What a budget costs in memory and time, each on a district process of its own so that its peak
// resident memory is the budget's alone. CI measures one small budget; bench/README.md's table is
// `BUDGET_SIZES=50000,100000,200000,500000 npx jest test/e2e/request-budget.test.ts -t memory`.
const BUDGET_SIZES = (process.env.BUDGET_SIZES ?? '20000').split(',').map(Number);
const MAX_RSS_BYTES = 512 * 1024 * 1024;

describe('memory and time of a stopped request, on a district process of its own', () => {
  const databases = embeddedDatabases();
  beforeAll(() => buildDist(), 120_000);
  afterAll(() => databases.drop());

  test.each(BUDGET_SIZES)('REQUEST_BUDGET_VALUES=%i', async (values) => {
    await seedEmptyDatabases({ district: databases.urls.district });
    const district = await startProcess('district', 'services/district/index.js', {
      NODE_ENV: 'test',
      DISTRICT_PORT: '0',
      DISTRICT_DB_URL: databases.urls.district,
      DISTRICT_LIMITS: `LIMIT_COST=${Number.MAX_SAFE_INTEGER},REQUEST_BUDGET_VALUES=${values}`,
    });
    try {
      const started = Date.now();
      const body = await postGraphQL(district.url, ATTACK);
      const elapsed = Date.now() - started;
      const peak = district.memory()!.peak;
      console.log(`REQUEST_BUDGET_VALUES ${values}: stopped after ${elapsed} ms, peak RSS ${Math.round(peak / 1024 / 1024)} MB`);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'values', limit: values });
      if (values <= Number(CONFIG_VARIABLES.REQUEST_BUDGET_VALUES)) expect(peak).toBeLessThan(MAX_RSS_BYTES);
    } finally {
      await district.stop();
    }
  }, 300_000);
});
