import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntitySubscriberInterface, Logger } from 'typeorm';
import { Role } from '../../services/core/auth';
import { loadConfig, type SubgraphName } from '../../services/core/config';
import { REQUEST_TIMEOUT_HEADER } from '../../services/core/deadline';
import type { RunningService } from '../../services/core/http';
import { IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from '../../services/core/idempotency';
import { startSubgraph } from '../../services/core/subgraph';
import { Unit } from '../../services/district/entities/unit';
import { SUBGRAPHS } from '../../services/subgraphs';
import { startGateway } from '../../gateway/gateway';
import { DATABASES, type TestDatabases } from '../support/databases';
import { seedEmptyDatabases } from '../support/demo-data';
import { gatewayConfig, postGraphQL, type GraphQLBody } from '../support/federation';
import { rateForLdtt } from '../support/ldtt-record';
import { freePort } from '../support/restartable';
import { recordingLogger } from '../support/statements';
import { tokenFor, type Caller } from '../support/tokens';

const OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh', subject: 'officer-ba-dinh' };
const OTHER_OFFICER: Caller = { role: Role.DISTRICT_OFFICER, district: 'dong-da', subject: 'officer-dong-da' };
const ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent' };
// Short enough that a write made slow outlasts it; the write's deadline is then this less its margin.
const SHORT_TIMEOUT_MS = 1000;
const SLOW_MS = 1500;

const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id name memberCount } }`;
const unitInput = (name: string, district = 'ba-dinh') => ({ input: { districtId: district, name, kind: 'OTHER', memberCount: 7 } });
const COUNTS = `query Counts($district: ID!) { district(id: $district) { units(first: 1) { totalCount } } districtAuditLog(district: $district, first: 1) { totalCount } }`;
const CONFER = `mutation Confer($input: ConferLocalAwardInput!) { conferLocalAward(input: $input) { id year awardType { code } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeLocalAward(id: $id, reason: "entered twice") { id } }`;

let keys = 0;
/** A fresh key for each request of a test: a key stands for one request. */
const newKey = () => `test-${process.pid}-${Date.now().toString(36)}-${(keys += 1)}`;

interface Answer<T = any> extends GraphQLBody<T> {
  replayed: boolean;
}

/** POSTs an operation as `caller`, with an Idempotency-Key when given, and any other headers. */
async function send<T = any>(url: string, query: string, variables: Record<string, unknown>, caller: Caller, key?: string, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(caller)}`,
      ...(key && { [IDEMPOTENCY_KEY_HEADER]: key }),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLBody<T>), replayed: response.headers.get(REPLAYED_HEADER) === 'true' };
}

const codes = (answer: GraphQLBody<unknown>) => (answer.errors ?? []).map((error) => error.extensions?.code);
const outcomes = (answer: GraphQLBody<unknown>) => (answer.errors ?? []).map((error) => error.extensions?.outcome);
const unknownOutcome = (answer: GraphQLBody<unknown>) => outcomes(answer).includes('UNKNOWN');

/**
 * What a client does after an answer whose outcome is unknown: sends the same request with the same
 * key until the answer says what happened.
 */
async function untilKnown(attempt: () => Promise<Answer>): Promise<Answer> {
  for (let tries = 1; ; tries += 1) {
    const answer = await attempt();
    if (!unknownOutcome(answer) || tries === 20) return answer;
    await sleep(100);
  }
}

/** Faults injected into a subgraph's own DataSource: each slows the next matching event once. */
function faultsOf(db: DataSource) {
  const once = (make: (slow: () => Promise<void>) => EntitySubscriberInterface) => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let armed = true;
    const slow = async () => {
      if (!armed) return;
      armed = false;
      await sleep(SLOW_MS);
      finish();
    };
    db.subscribers.push(make(slow));
    return finished;
  };
  return {
    /** The next Unit insert takes SLOW_MS more, inside its transaction. */
    slowInsert: () => once((slow) => ({ listenTo: () => Unit, afterInsert: slow })),
    /** The next commit returns SLOW_MS after it was made: the write is committed, its answer late. */
    slowAfterCommit: () => once((slow) => ({ afterTransactionCommit: slow })),
  };
}

describe.each(DATABASES)('idempotent writes (%s)', (_name, make, describeFn) => {
  describeFn('through the gateway and directly', () => {
    let databases: TestDatabases;
    const services: RunningService[] = [];
    const dbs = {} as Record<SubgraphName, DataSource>;
    let subgraphs: Record<SubgraphName, RunningService>;
    /** Waits for the district subgraph as long as the default. */
    let gateway: RunningService;
    /** Gives the district subgraph SHORT_TIMEOUT_MS. */
    let impatient: RunningService;

    beforeAll(async () => {
      databases = make('idempotency');
      const config = loadConfig(ENV);
      await seedEmptyDatabases(databases.urls);
      for (const definition of SUBGRAPHS) {
        // The SQL logger sees each statement's query runner, whose connection is the subgraph's DataSource.
        const logger: Logger = {
          ...recordingLogger(() => undefined),
          logQuery: (_sql, _parameters, runner) => {
            if (runner) dbs[definition.name] ??= runner.connection;
          },
        };
        services.push(await startSubgraph(definition, config, { port: 0, dbUrl: databases.urls[definition.name], logger }));
      }
      subgraphs = Object.fromEntries(services.map((service) => [service.name, service])) as Record<SubgraphName, RunningService>;
      gateway = await startGateway(gatewayConfig(subgraphs, ENV), { port: 0 });
      impatient = await startGateway(gatewayConfig(subgraphs, { ...ENV, DISTRICT_TIMEOUT_MS: String(SHORT_TIMEOUT_MS) }), { port: 0 });
      services.push(gateway, impatient);
    }, 300000);
    afterAll(async () => {
      for (const service of services.reverse()) await service.stop();
      await databases?.drop();
    });

    const counts = async (district = 'ba-dinh') => {
      const answer = await send(gateway.url, COUNTS, { district }, district === 'ba-dinh' ? OFFICER : OTHER_OFFICER);
      expect(answer.errors).toBeUndefined();
      return { units: answer.data.district.units.totalCount as number, audit: answer.data.districtAuditLog.totalCount as number };
    };
    const plus = (before: { units: number; audit: number }, n: number) => ({ units: before.units + n, audit: before.audit + n });

    test('the same key and request twice: one write, one audit row, the same answer', async () => {
      const before = await counts();
      const key = newKey();
      const first = await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 1'), OFFICER, key);
      expect(first.errors).toBeUndefined();
      const again = await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 1'), OFFICER, key);
      expect(again.data).toEqual(first.data);
      expect(again.errors).toBeUndefined();
      expect(await counts()).toEqual(plus(before, 1));

      // Variables in another order are the same request.
      const reordered = { input: { memberCount: 7, kind: 'OTHER', name: 'Tổ idempotent 1', districtId: 'ba-dinh' } };
      expect((await send(gateway.url, CREATE_UNIT, reordered, OFFICER, key)).data).toEqual(first.data);
      // Keys are the caller's own: another caller's same key is another request.
      const otherBefore = await counts('dong-da');
      const other = await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 1', 'dong-da'), OTHER_OFFICER, key);
      expect(other.errors).toBeUndefined();
      expect(other.data.createUnit.id).toMatch(/^dong-da-u/);
      expect(await counts('dong-da')).toEqual(plus(otherBefore, 1));
      expect(await counts()).toEqual(plus(before, 1));
      // Without a key, the same request is another write.
      expect((await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 1'), OFFICER)).data.createUnit.id).not.toBe(first.data.createUnit.id);
    });

    test('the same key with another request: IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
      const key = newKey();
      const first = await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 2'), OFFICER, key);
      expect(first.errors).toBeUndefined();
      const before = await counts();
      const reused = await send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 2, sửa'), OFFICER, key);
      expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
      expect(outcomes(reused)).toEqual(['NOT_APPLIED']);
      expect(reused.data?.createUnit ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    });

    test('20 concurrent requests with one key: exactly one write, 20 identical answers', async () => {
      const before = await counts();
      const key = newKey();
      const answers = await Promise.all(Array.from({ length: 20 }, () => send(gateway.url, CREATE_UNIT, unitInput('Tổ idempotent 3'), OFFICER, key)));
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(answers[0].data);
      }
      expect(await counts()).toEqual(plus(before, 1));
    });

    test('what a key costs: 20 writes with a key and without, then their 20 replays, which write nothing', async () => {
      const N = 20;
      const timed = async (run: (i: number) => Promise<Answer>) => {
        const durations: number[] = [];
        for (let i = 0; i < N; i += 1) {
          const started = performance.now();
          expect((await run(i)).errors).toBeUndefined();
          durations.push(performance.now() - started);
        }
        return durations.sort((a, b) => a - b)[N / 2].toFixed(1);
      };
      const before = await counts();
      const batch = newKey();
      const plain = await timed((i) => send(gateway.url, CREATE_UNIT, unitInput(`Tổ đo ${i}`), OFFICER));
      const keyed = await timed((i) => send(gateway.url, CREATE_UNIT, unitInput(`Tổ đo có khoá ${i}`), OFFICER, `${batch}-${i}`));
      const replayed = await timed((i) => send(gateway.url, CREATE_UNIT, unitInput(`Tổ đo có khoá ${i}`), OFFICER, `${batch}-${i}`));
      console.log(`[idempotency ${databases.kind}] median createUnit through the gateway: ${plain} ms without a key, ${keyed} ms with one, ${replayed} ms replayed`);
      expect(await counts()).toEqual(plus(before, 2 * N));
    }, 60000);

    test('a write that failed keeps no answer: the same key runs again, and a new key is a new request', async () => {
      const person = (await send(gateway.url, `{ district(id: "ba-dinh") { people(first: 1) { nodes { id } } } }`, {}, OFFICER)).data.district.people.nodes[0].id;
      const ldtt = (year: number) => ({ input: { year, awardTypeCode: 'LDTT', personId: person, decisionNumber: `${year}/QĐ-thử` } });
      // Each title is lawful: the person's ratings for the two years, free in the demo data, are recorded first.
      await rateForLdtt((query, variables) => send(gateway.url, query, variables, OFFICER), person, [2031, 2032]);
      const held = await send(gateway.url, CONFER, ldtt(2031), OFFICER);
      expect(held.errors).toBeUndefined();

      // One LDTT a person a year: the second is refused, and rolled back with its claim of the key.
      const key = newKey();
      const refused = await send(gateway.url, CONFER, ldtt(2031), OFFICER, key);
      expect(codes(refused)).toEqual(['CONFLICT']);
      const before = await counts();
      // Fixed input, new key: written.
      expect((await send(gateway.url, CONFER, ldtt(2032), OFFICER, newKey())).errors).toBeUndefined();
      expect(await counts()).toEqual({ units: before.units, audit: before.audit + 1 });
      // The same failed key, once what refused it is gone: the request runs again and is written.
      expect((await send(gateway.url, REVOKE, { id: held.data.conferLocalAward.id }, OFFICER)).errors).toBeUndefined();
      const retried = await send(gateway.url, CONFER, ldtt(2031), OFFICER, key);
      expect(retried.errors).toBeUndefined();
      expect(retried.data.conferLocalAward).toMatchObject({ year: 2031, awardType: { code: 'LDTT' } });
      expect((await send(gateway.url, CONFER, ldtt(2031), OFFICER, key)).data).toEqual(retried.data);
      expect(await counts()).toEqual({ units: before.units, audit: before.audit + 3 });
    });

    test('a write slower than the gateway waits: outcome UNKNOWN; it was rolled back at its deadline, and the retry writes it once', async () => {
      const before = await counts();
      const key = newKey();
      const slowDone = faultsOf(dbs.district).slowInsert();
      const timedOut = await send(impatient.url, CREATE_UNIT, unitInput('Tổ chậm 1'), OFFICER, key);
      expect(codes(timedOut)).toEqual(['SUBGRAPH_TIMEOUT']);
      expect(timedOut.errors![0]).toMatchObject({ extensions: { subgraph: 'district', outcome: 'UNKNOWN' } });
      expect(timedOut.errors![0].message).toMatch(/same Idempotency-Key/);

      // The write finished its work after the gateway's deadline: it rolled back instead of committing.
      await slowDone;
      await sleep(300);
      expect(await counts()).toEqual(before);
      const retried = await untilKnown(() => send(impatient.url, CREATE_UNIT, unitInput('Tổ chậm 1'), OFFICER, key));
      expect(retried.errors).toBeUndefined();
      expect(retried.data.createUnit).toMatchObject({ name: 'Tổ chậm 1' });
      expect(await counts()).toEqual(plus(before, 1));
    }, 30000);

    test('a write committed but answered late: outcome UNKNOWN, and the retry answers the committed write', async () => {
      const before = await counts();
      const key = newKey();
      const lateDone = faultsOf(dbs.district).slowAfterCommit();
      const timedOut = await send(impatient.url, CREATE_UNIT, unitInput('Tổ chậm 2'), OFFICER, key);
      expect(timedOut.errors![0]).toMatchObject({ extensions: { code: 'SUBGRAPH_TIMEOUT', outcome: 'UNKNOWN' } });

      const retried = await untilKnown(() => send(impatient.url, CREATE_UNIT, unitInput('Tổ chậm 2'), OFFICER, key));
      await lateDone;
      expect(retried.errors).toBeUndefined();
      expect(retried.data.createUnit).toMatchObject({ name: 'Tổ chậm 2' });
      // The retry told the truth: the first request's write, not a second one.
      expect(await counts()).toEqual(plus(before, 1));
      const units = await send(gateway.url, `{ unit(id: "${retried.data.createUnit.id}") { name } }`, {}, OFFICER);
      expect(units.data.unit).toEqual({ name: 'Tổ chậm 2' });
    }, 30000);

    test('directly on the subgraph: the header replays the answer, a bad key is refused, a short deadline rolls the write back', async () => {
      const url = subgraphs.district.url;
      const before = await counts();
      const key = newKey();
      const first = await send(url, CREATE_UNIT, unitInput('Tổ trực tiếp'), OFFICER, key);
      expect(first.errors).toBeUndefined();
      expect(first.replayed).toBe(false);
      const again = await send(url, CREATE_UNIT, unitInput('Tổ trực tiếp'), OFFICER, key);
      expect(again).toEqual({ ...first, replayed: true });
      expect(await counts()).toEqual(plus(before, 1));

      for (const bad of ['', 'has space', 'x'.repeat(129), 'khóa']) {
        const refused = await send(url, CREATE_UNIT, unitInput('Tổ khoá sai'), OFFICER, undefined, { [IDEMPOTENCY_KEY_HEADER]: bad });
        expect([bad, codes(refused)]).toEqual([bad, ['BAD_USER_INPUT']]);
      }
      expect(await counts()).toEqual(plus(before, 1));

      // The caller waits 300 ms, the write takes longer: rolled back, and said so.
      const slowDone = faultsOf(dbs.district).slowInsert();
      const late = await send(url, CREATE_UNIT, unitInput('Tổ quá hạn'), OFFICER, newKey(), { [REQUEST_TIMEOUT_HEADER]: '300' });
      await slowDone;
      expect(codes(late)).toEqual(['DEADLINE_EXCEEDED']);
      expect(outcomes(late)).toEqual(['NOT_APPLIED']);
      expect(await counts()).toEqual(plus(before, 1));
      // A query ignores both headers.
      const read = await send(url, `{ district(id: "ba-dinh") { name } }`, {}, OFFICER, 'bad key!', { [REQUEST_TIMEOUT_HEADER]: '0' });
      expect(read.errors).toBeUndefined();
    }, 30000);
  });
});

/** A server that takes each request and drops its connection without an answer. */
async function droppingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = net.createServer((socket) => socket.once('data', () => socket.destroy()));
  server.listen(0);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('a mutation the gateway could not complete says whether it was applied', () => {
  const mutate = (url: string) => send(url, CREATE_UNIT, unitInput('Tổ không tới'), OFFICER, newKey());
  const unused = { url: 'http://127.0.0.1:9/graphql' } as RunningService;

  test('refused before sending, or failing fast with the circuit open: NOT_APPLIED; dropped after sending: UNKNOWN', async () => {
    const dropping = await droppingServer();
    const refusing = { url: `http://127.0.0.1:${await freePort()}/graphql` } as RunningService;
    const env = { ...ENV, CIRCUIT_FAILURES: '2', CIRCUIT_RESET_MS: '60000' };
    const toRefusing = await startGateway(gatewayConfig({ district: refusing, cluster: unused, city: unused }, env), { port: 0 });
    const toDropping = await startGateway(gatewayConfig({ district: { url: dropping.url } as RunningService, cluster: unused, city: unused }, env), { port: 0 });
    try {
      const refused = await mutate(toRefusing.url);
      expect(refused.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'district', outcome: 'NOT_APPLIED' }) })]);
      expect(refused.errors![0].message).toMatch(/was not applied/);
      await mutate(toRefusing.url);
      const failingFast = await mutate(toRefusing.url);
      expect(failingFast.errors![0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', outcome: 'NOT_APPLIED' }, message: expect.stringMatching(/tried again shortly/) });

      const dropped = await mutate(toDropping.url);
      expect(dropped.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'district', outcome: 'UNKNOWN' }) })]);
      expect(dropped.errors![0].message).toMatch(/same Idempotency-Key/);
      // A query has no outcome to tell.
      const read = await send(toDropping.url, `{ district(id: "ba-dinh") { name } }`, {}, OFFICER);
      expect(read.errors![0].extensions).not.toHaveProperty('outcome');
    } finally {
      await toRefusing.stop();
      await toDropping.stop();
      await dropping.close();
    }
  });
});
