import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { Role } from '../../services/core/auth';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { describeOnMysql, mysqlDatabases, type TestDatabases } from '../support/databases';
import { seedEmptyDatabases } from '../support/demo-data';
import { postGraphQL, type GraphQLBody } from '../support/federation';
import { buildDist, runScript, startProcess, type ServiceProcess } from '../support/processes';
import { freePort } from '../support/restartable';
import { tokenFor, type Caller } from '../support/tokens';

const REDIS_URL = 'redis://127.0.0.1:6379';
const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh', subject: 'officer-ba-dinh' };
// One query that each of the three subgraphs has a part in: the district's name, its PAR index (city), its standing (cluster).
const DISTRICT_VIEW = `query DistrictView($id: ID!) { district(id: $id) { name parIndex(year: 2023) { rank } clusterStanding(year: 2023) { rank } } }`;
const UNIT_COUNT = `query UnitCount($id: ID!) { district(id: $id) { units(first: 1) { totalCount } } }`;
const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`;

/** The GraphQL requests a subgraph's process answered, from its /metrics. */
async function requestsServed(service: ServiceProcess): Promise<number> {
  const text = await (await fetch(new URL('/metrics', service.url))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('graphql_requests_total{'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

async function asOfficer(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(OFFICER)}` };
}

const noErrors = (answer: GraphQLBody<unknown>) => expect(answer.errors).toBeUndefined();

describeOnMysql('two instances of each subgraph, two gateways, a balancer in front', () => {
  const prefix = `eg-instances-${process.pid}-${Date.now().toString(36)}:`;
  let databases: TestDatabases;
  const subgraphs = {} as Record<SubgraphName, ServiceProcess[]>;
  let gateways: ServiceProcess[] = [];
  let balancer: ServiceProcess;
  let graphUrl: string;
  let districtIds: string[];
  const instances = () => [...gateways, ...Object.values(subgraphs).flat()];

  beforeAll(async () => {
    await buildDist();
    databases = mysqlDatabases('instances');
    await seedEmptyDatabases(databases.urls);
    // The balancer's port is chosen first: the subgraphs reach the graph through it (GRAPH_URL).
    const balancerPort = await freePort();
    graphUrl = `http://localhost:${balancerPort}/graphql`;
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'warn', REDIS_URL, REDIS_KEY_PREFIX: prefix, GRAPH_URL: graphUrl };
    for (const name of SUBGRAPH_NAMES) {
      const prefixName = name.toUpperCase();
      subgraphs[name] = [];
      for (const instance of [1, 2]) {
        // LOG_LEVEL info until ready: startProcess waits for the "ready at" line.
        const own = { ...env, LOG_LEVEL: 'info', [`${prefixName}_PORT`]: '0', [`${prefixName}_DB_URL`]: databases.urls[name] };
        subgraphs[name].push(await startProcess(`${name}-${instance}`, `services/${name}/index.js`, own));
      }
    }
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphs[name].map((one) => one.url).join(',')]));
    for (const instance of [1, 2]) {
      gateways.push(await startProcess(`gateway-${instance}`, 'gateway/index.js', { ...env, LOG_LEVEL: 'info', ...urls, GATEWAY_PORT: '0', DASHBOARD_DIR: '' }));
    }
    const targets = gateways.map((gateway) => new URL(gateway.url).origin).join(',');
    balancer = await startProcess('balancer', 'gateway/balancer-main.js', { ...env, LOG_LEVEL: 'info', BALANCER_PORT: String(balancerPort), BALANCER_TARGETS: targets });
    const { data } = await postGraphQL<{ districts: Array<{ id: string }> }>(graphUrl, '{ districts { id } }');
    districtIds = data!.districts.map((district) => district.id);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([balancer, ...instances()].filter(Boolean).map((service) => service.stop()));
    await databases?.drop();
    const redis = new Redis(REDIS_URL, { lazyConnect: true });
    try {
      await redis.connect();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  }, 60_000);

  test('the balancer has its own liveness, and answers queries through the gateways', async () => {
    expect(await (await fetch(new URL('/health/live', balancer.url))).json()).toEqual({ status: 'ok', service: 'balancer' });
    const answer = await postGraphQL(graphUrl, DISTRICT_VIEW, { id: 'ba-dinh' });
    noErrors(answer);
    expect(answer.data).toMatchObject({ district: { name: expect.any(String) } });
    const ready = await (await fetch(new URL('/health/ready', balancer.url))).json();
    for (const name of SUBGRAPH_NAMES) expect(ready.subgraphs[name]).toMatchObject({ reachable: true, instances: { reachable: 2, of: 2 }, circuit: 'closed' });
  });

  test('the fetches reach both instances of each subgraph, and both gateways', async () => {
    const before = await Promise.all(instances().map(requestsServed));
    // A different district each time, so that the response cache answers none but the one asked above.
    const answers = await Promise.all(districtIds.map((id) => postGraphQL(graphUrl, DISTRICT_VIEW, { id })));
    answers.forEach(noErrors);
    const after = await Promise.all(instances().map(requestsServed));
    const served = Object.fromEntries(instances().map((service, index) => [service.name, after[index] - before[index]]));
    for (const name of [...SUBGRAPH_NAMES, 'gateway']) {
      const [first, second] = [served[`${name}-1`], served[`${name}-2`]];
      // In turn: each instance takes about half of what its service was asked.
      expect({ name, asked: first + second >= districtIds.length - 1, spread: Math.min(first, second) >= (first + second) / 4 }).toEqual({ name, asked: true, spread: true });
    }
  });

  test('a write through one gateway is read back through the other', async () => {
    const headers = await asOfficer();
    const [one, other] = gateways.map((gateway) => gateway.url);
    const count = async (url: string) => (await postGraphQL(url, UNIT_COUNT, { id: 'ba-dinh' }, headers)).data.district.units.totalCount as number;
    const before = await count(other);
    const written = await postGraphQL(one, CREATE_UNIT, { input: { districtId: 'ba-dinh', name: `Tổ dân phố ${Date.now()}`, kind: 'OTHER', memberCount: 7 } }, headers);
    noErrors(written);
    expect(await count(other)).toBe(before + 1);
  });

  test('an instance of each subgraph stops: queries and writes go to the other, and the circuit stays closed', async () => {
    await Promise.all(SUBGRAPH_NAMES.map((name) => subgraphs[name][0].stop()));
    const headers = await asOfficer();
    // Twice through each gateway: in turn, one of the two tries the stopped instance first.
    for (const gateway of gateways) {
      for (const attempt of [1, 2]) {
        const written = await postGraphQL(gateway.url, CREATE_UNIT, { input: { districtId: 'ba-dinh', name: `Chi hội ${attempt} ${Date.now()}`, kind: 'OTHER', memberCount: 3 } }, headers);
        noErrors(written);
      }
    }
    const answers = await Promise.all(districtIds.slice(0, 10).map((id) => postGraphQL(graphUrl, DISTRICT_VIEW, { id }, headers)));
    answers.forEach(noErrors);
    for (const gateway of gateways) {
      const ready = await (await fetch(new URL('/health/ready', gateway.url))).json();
      for (const name of SUBGRAPH_NAMES) expect(ready.subgraphs[name]).toMatchObject({ reachable: true, instances: { reachable: 1, of: 2 }, circuit: 'closed' });
    }
  });

  test('a gateway stops: the balancer sends every request to the other', async () => {
    await gateways[0].stop();
    const answers = await Promise.all(districtIds.slice(0, 6).map((id) => postGraphQL(graphUrl, DISTRICT_VIEW, { id })));
    answers.forEach(noErrors);
    const written = await postGraphQL(graphUrl, CREATE_UNIT, { input: { districtId: 'ba-dinh', name: `Ban công tác ${Date.now()}`, kind: 'OTHER', memberCount: 5 } }, await asOfficer());
    noErrors(written);
  });
});

describe('npm start --replicas refuses what the configuration cannot run', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-replicas-'));
  beforeAll(() => buildDist(), 120_000);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const refusal = (args: string[], env: Record<string, string>) =>
    runScript('scripts/start.js', args, { DATA_DIR: folder, ...env }).then(
      () => 'started',
      (error: { code: number; stderr: string }) => `code ${error.code}: ${error.stderr.trim()}`,
    );

  test('several instances of a subgraph on the embedded database', async () => {
    expect(await refusal(['--replicas', '2'], {})).toMatch(
      /^code 1: --replicas district=2: several instances of the district subgraph need its database on MySQL\/MariaDB \(DISTRICT_DB_URL=mysql:\/\/…\)\. The embedded database sqlite:.*district\.sqlite is a file that one process writes/,
    );
  });

  test('several gateways with the response cache and no REDIS_URL', async () => {
    expect(await refusal(['--replicas', 'gateway=2'], {})).toMatch(/^code 1: --replicas gateway=2: .*set REDIS_URL .*, or RESPONSE_CACHE=false\.$/);
  });

  test('a count it cannot read, as npm passes it when typed without --', async () => {
    expect(await refusal(['district=two'], { npm_config_replicas: 'true' })).toMatch(/^code 1: --replicas: district must be a whole number from 1 to 16, got "two"/);
  });

  test('reads its env file first, where the environment wins', async () => {
    const envFile = path.join(folder, 'replicas.env');
    fs.writeFileSync(envFile, `DISTRICT_DB_URL=sqlite:${folder}/district-from-file.sqlite\nCITY_DB_URL=sqlite:${folder}/city-from-file.sqlite\n`);
    // The district's database from the environment is not the file's: only the city's is refused.
    const env = { ENV_FILE: envFile, DISTRICT_DB_URL: 'mysql://root@127.0.0.1:1/never_opened' };
    expect(await refusal(['--replicas', 'district=2,city=2'], env)).toMatch(/^code 1: --replicas city=2: .*The embedded database sqlite:.*city-from-file\.sqlite/);
  });
});
