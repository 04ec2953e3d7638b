import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '../../services/core/auth';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import type { RunningService } from '../../services/core/http';
import { startSubgraph } from '../../services/core/subgraph';
import { districtSubgraph } from '../../services/district/subgraph';
import { describeOnMysql } from '../support/databases';
import { postGraphQL, startFederation, type Federation } from '../support/federation';
import { caughtUp, mariadbServers, type MariadbServer } from '../support/mariadb-servers';
import { tokenFor, type Caller } from '../support/tokens';

const DISTRICT = 'ba-dinh';
const WINDOW_MS = 3000;
const writer: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT, subject: 'officer-writer' };
const otherOfficer: Caller = { role: Role.DISTRICT_OFFICER, district: DISTRICT, subject: 'officer-other' };
const reader: Caller = { role: Role.VIEWER, subject: 'reader' };

const UNIT = 'query ($id: ID!) { unit(id: $id) { id name } }';
const CREATE_UNIT = 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name } }';
const UPDATE_UNIT = 'mutation ($id: ID!, $input: UpdateUnitInput!) { updateUnit(id: $id, input: $input) { id name } }';

/**
 * Each subgraph writes to a MariaDB primary and reads from a replica of it: two servers of the
 * test's own, with binary-log replication between them, since the shared test server logs no
 * binary log. Stopping the replication shows where each read went.
 */
describeOnMysql('subgraphs on a MariaDB primary with a read replica', () => {
  const servers = mariadbServers();
  let primary: MariadbServer;
  let replica: MariadbServer;
  let federation: Federation;
  let env: Record<string, string>;

  beforeAll(async () => {
    ({ primary, replica } = await servers.startReplicated());
    // The replicas are read as a user who may only read: a write sent there would fail.
    await primary.query("CREATE USER 'reader'@'127.0.0.1'");
    await primary.query("GRANT SELECT ON *.* TO 'reader'@'127.0.0.1'");
    const database = (name: SubgraphName) => `replicas_${name}`;
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `${primary.url}/${database(name)}`])) as Record<SubgraphName, string>;
    env = Object.fromEntries(
      SUBGRAPH_NAMES.flatMap((name) => [
        [`${name.toUpperCase()}_DB_URL`, urls[name]],
        [`${name.toUpperCase()}_DB_READ_URLS`, `mysql://reader@127.0.0.1:${replica.port}/${database(name)}`],
      ]),
    );
    env.READ_YOUR_WRITES_MS = String(WINDOW_MS);
    // Without the response cache, every read reaches a subgraph: this is about where the subgraphs read.
    federation = await startFederation(urls, { ...env, RESPONSE_CACHE: 'false' });
    await caughtUp(primary, replica);
  }, 300_000);

  afterAll(async () => {
    await federation?.stop();
    await servers.stop();
  }, 60_000);

  const selects = async (server: MariadbServer): Promise<number> => Number((await server.query("SHOW GLOBAL STATUS LIKE 'Com_select'"))[0].Value);
  const unit = async (id: string, as: Caller) => {
    const answer = await federation.query(UNIT, { id }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data.unit as { id: string; name: string } | null;
  };

  test('the replica answers the reads of a caller who did not write; the primary runs none of them', async () => {
    const [{ id }] = await primary.query(`SELECT id FROM replicas_district.unit WHERE district_id = ? ORDER BY id LIMIT 1`, [DISTRICT]);
    const before = { primary: await selects(primary), replica: await selects(replica) };
    expect(await unit(id, reader)).toEqual({ id, name: expect.any(String) });
    expect(await selects(replica)).toBeGreaterThan(before.replica);
    expect(await selects(primary)).toBe(before.primary);

    const ready = await fetch(new URL('/health/ready', federation.subgraphs.district.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: 'up', replicas: ['up'] });
  });

  test('while the replica lags, a writer reads their write at once, a mutation checks against the primary, others read the replica until it catches up', async () => {
    await replica.query('STOP SLAVE');
    try {
      const created = await federation.query(CREATE_UNIT, { input: { districtId: DISTRICT, name: 'Tổ công tác bản sao', kind: 'OTHER', memberCount: 5 } }, writer);
      expect(created.errors).toBeUndefined();
      const { id } = created.data.createUnit;

      // The writer's next request reads the primary; another caller's reads the replica, which lacks the unit.
      expect(await unit(id, writer)).toEqual({ id, name: 'Tổ công tác bản sao' });
      expect(await unit(id, reader)).toBeNull();

      // Another officer, who wrote nothing lately, changes the new unit: a mutation finds its rows on the primary.
      const renamed = await federation.query(UPDATE_UNIT, { id, input: { name: 'Tổ công tác đổi tên' } }, otherOfficer);
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data.updateUnit).toEqual({ id, name: 'Tổ công tác đổi tên' });
      expect(await unit(id, writer)).toEqual({ id, name: 'Tổ công tác đổi tên' });
      expect(await unit(id, reader)).toBeNull();

      // The window passes: the writer reads the replica again.
      await sleep(WINDOW_MS + 200);
      expect(await unit(id, writer)).toBeNull();

      await replica.query('START SLAVE');
      await caughtUp(primary, replica);
      expect(await unit(id, reader)).toEqual({ id, name: 'Tổ công tác đổi tên' });
      expect(await unit(id, writer)).toEqual({ id, name: 'Tổ công tác đổi tên' });
    } finally {
      await replica.query('START SLAVE');
    }
  }, 60_000);

  test('with REDIS_URL, every instance of a subgraph knows who wrote through another: the writer reads their write at any of them', async () => {
    // Two more district instances on the same primary and replica, sharing Redis, called directly.
    const config = loadConfig({
      ...env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `emulation-graph-test-${process.pid}-${Date.now()}:`,
    });
    const instances: RunningService[] = [];
    await replica.query('STOP SLAVE');
    try {
      for (let n = 0; n < 2; n++) instances.push(await startSubgraph(districtSubgraph, config, { port: 0 }));
      const at = async (instance: RunningService, query: string, variables: Record<string, unknown>, as: Caller) =>
        postGraphQL(instance.url, query, variables, { authorization: `Bearer ${await tokenFor(as)}` });

      const created = await at(instances[0], CREATE_UNIT, { input: { districtId: DISTRICT, name: 'Tổ công tác hai phiên bản', kind: 'OTHER', memberCount: 3 } }, otherOfficer);
      expect(created.errors).toBeUndefined();
      const { id } = created.data.createUnit;
      expect((await at(instances[1], UNIT, { id }, otherOfficer)).data).toEqual({ unit: { id, name: 'Tổ công tác hai phiên bản' } });
      expect((await at(instances[1], UNIT, { id }, reader)).data).toEqual({ unit: null });
    } finally {
      await replica.query('START SLAVE');
      for (const instance of instances) await instance.stop();
    }
  }, 60_000);
});
