import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { SubgraphName } from '../../services/core/config';
import { startGateway, type GatewayService } from '../../gateway/gateway';
import type { SubgraphFetch } from '../../gateway/subgraph-fetch';
import { DATABASES, embeddedDatabases, type TestDatabases } from '../support/databases';
import { gatewayConfig, postGraphQL, startFederation, type Federation } from '../support/federation';
import { startRestartableSubgraphs, urlsOf, type RestartableSubgraph } from '../support/restartable';

// Short enough to keep the suite fast; long enough that no fetch times out on a busy test machine,
// where the gateway, the three subgraphs and 20 clients share one event loop.
const TIMEOUT_MS = 2000;
const RESET_MS = 500;
// A log line a request would cost the load more than the services themselves.
const QUIET = { NODE_ENV: 'test', LOG_LEVEL: 'warn' };
const GATEWAY_ENV = { ...QUIET, SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), CIRCUIT_RESET_MS: String(RESET_MS), CIRCUIT_FAILURES: '3' };
/** What the scheduler of a shared test machine may add to a request or to the recovery. */
const MARGIN_MS = 500;

/** Touches the district and the cluster subgraphs. */
const SPANNING = `{ district(id: "hoang-mai") { name clusterMembership(year: 2017) { role } } }`;
const FULL = { district: { name: 'Hoàng Mai', clusterMembership: { role: 'HEAD' } } };
const WITHOUT_CLUSTER = { district: { name: 'Hoàng Mai', clusterMembership: null } };
/** Touches the district and the city subgraphs, never the cluster. */
const NOT_CLUSTER = `{ district(id: "hoang-mai") { name } awardType(code: "LDTT") { code } }`;
const NOT_CLUSTER_DATA = { district: { name: 'Hoàng Mai' }, awardType: { code: 'LDTT' } };

function clusterErrorsOnly(errors: Array<{ extensions?: Record<string, unknown> }> | undefined): boolean {
  return !!errors?.length && errors.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.subgraph === 'cluster');
}

describe.each(DATABASES)('the gateway keeps answering (%s)', (_name, make, describeFn) => {
  describeFn('with one subgraph down', () => {
    let databases: TestDatabases;
    let subgraphs: Record<SubgraphName, RestartableSubgraph>;
    let gateway: GatewayService | undefined;
    beforeAll(async () => {
      databases = make('resilience');
      subgraphs = await startRestartableSubgraphs(databases.urls, QUIET);
    });
    afterAll(async () => {
      await gateway?.stop();
      for (const subgraph of Object.values(subgraphs ?? {})) await subgraph.stop();
      await databases?.drop();
    });

    test('a gateway started while the cluster subgraph is down answers in part, then in full once it is back', async () => {
      await subgraphs.cluster.stop();
      gateway = await startGateway(gatewayConfig(urlsOf(subgraphs), GATEWAY_ENV), { port: 0 });

      const partial = await postGraphQL(gateway.url, SPANNING);
      expect(partial.data).toEqual(WITHOUT_CLUSTER);
      expect(partial.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'cluster' }) }),
      ]);
      expect(await postGraphQL(gateway.url, NOT_CLUSTER)).toEqual({ data: NOT_CLUSTER_DATA });
      // Enough failures open the circuit: the gateway then fails fast, with the same error.
      for (let i = 0; i < 3; i += 1) await postGraphQL(gateway.url, SPANNING);
      expect(gateway.circuitStates()).toEqual({ district: 'closed', cluster: 'open', city: 'closed' });
      expect(clusterErrorsOnly((await postGraphQL(gateway.url, SPANNING)).errors)).toBe(true);

      await subgraphs.cluster.start();
      const back = performance.now();
      let answer = await postGraphQL(gateway.url, SPANNING);
      while (answer.errors) answer = await postGraphQL(gateway.url, SPANNING);
      expect(answer).toEqual({ data: FULL });
      expect(performance.now() - back).toBeLessThan(RESET_MS + MARGIN_MS);
      expect(gateway.circuitStates().cluster).toBe('closed');
    });

    test('2,000 requests, 20 at a time, while the cluster subgraph stops and starts again: no 5xx, none over the timeout', async () => {
      const TOTAL = 2000;
      const CONCURRENCY = 20;
      const progress = new EventEmitter();
      const done = (n: number) => once(progress, `done:${n}`);
      type Result = { status: number; endedAt: number; durationMs: number; kind: 'full' | 'partial' | 'wrong'; body: unknown };
      const results: Result[] = [];
      let next = 0;
      const worker = async () => {
        while (next < TOTAL) {
          next += 1;
          const started = performance.now();
          const response = await fetch(gateway!.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: SPANNING }),
          });
          const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
          const endedAt = performance.now();
          const full = !body.errors && JSON.stringify(body.data) === JSON.stringify(FULL);
          const partial = clusterErrorsOnly(body.errors) && JSON.stringify(body.data) === JSON.stringify(WITHOUT_CLUSTER);
          results.push({ status: response.status, endedAt, durationMs: endedAt - started, kind: full ? 'full' : partial ? 'partial' : 'wrong', body });
          progress.emit(`done:${results.length}`);
        }
      };
      const outage = async () => {
        await done(300);
        await subgraphs.cluster.stop();
        const stoppedAt = performance.now();
        await done(results.length + 300);
        await subgraphs.cluster.start();
        return { stoppedAt, restartedAt: performance.now() };
      };
      const [{ stoppedAt, restartedAt }] = await Promise.all([outage(), ...Array.from({ length: CONCURRENCY }, worker)]);

      const count = (kind: Result['kind']) => results.filter((result) => result.kind === kind).length;
      const serverErrors = results.filter((result) => result.status >= 500).length;
      const slowest = Math.max(...results.map((result) => result.durationMs));
      const overTimeout = results.filter((result) => result.durationMs > TIMEOUT_MS + MARGIN_MS).length;
      const lastPartial = Math.max(...results.filter((result) => result.kind !== 'full').map((result) => result.endedAt));
      const recoveryMs = Math.max(0, lastPartial - restartedAt);
      const fullAfterRecovery = results.filter((result) => result.endedAt > lastPartial).length;
      console.log(
        `[resilience ${databases.kind}] ${results.length} requests: ${count('full')} full, ${count('partial')} partial, ` +
          `${count('wrong')} wrong, ${serverErrors} 5xx, ${overTimeout} over ${TIMEOUT_MS + MARGIN_MS} ms (slowest ${slowest.toFixed(0)} ms); ` +
          `cluster down ${(restartedAt - stoppedAt).toFixed(0)} ms, full answers again ${recoveryMs.toFixed(0)} ms after it was back ` +
          `(CIRCUIT_RESET_MS ${RESET_MS}), then ${fullAfterRecovery} full answers`,
      );
      const wrong = results.filter((result) => result.kind === 'wrong');
      for (const { endedAt, body } of wrong.slice(0, 3)) console.log(`${(endedAt - restartedAt).toFixed(0)} ms after the restart: ${JSON.stringify(body)}`);
      expect(results).toHaveLength(TOTAL);
      expect(serverErrors).toBe(0);
      expect(overTimeout).toBe(0);
      expect(count('wrong')).toBe(0);
      expect(count('partial')).toBeGreaterThan(0);
      // What README promises: full answers within CIRCUIT_RESET_MS plus one request. A trial sent
      // just before the restart fails and waits a reset more; the request after it is at most the slowest.
      expect(recoveryMs).toBeLessThan(RESET_MS + Math.max(slowest, MARGIN_MS));
      expect(fullAfterRecovery).toBeGreaterThan(0);
    });
  });
});

/** A server in front of a subgraph that drops the connection of the first `drops` requests and passes the rest on. */
async function droppingProxy(target: string, drops: number): Promise<{ url: string; requests: number; close(): void }> {
  const proxy = {
    url: '',
    requests: 0,
    close: () => server.close(),
  };
  const server = http.createServer(async (req, res) => {
    proxy.requests += 1;
    if (proxy.requests <= drops) return req.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  server.listen(0);
  await once(server, 'listening');
  proxy.url = `http://localhost:${(server.address() as AddressInfo).port}/graphql`;
  return proxy;
}

describe('a subgraph that hangs or drops the connection', () => {
  let databases: TestDatabases;
  let federation: Federation;
  const stops: Array<() => unknown> = [];
  beforeAll(async () => {
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls);
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });
  afterAll(async () => {
    await federation?.stop();
    await databases?.drop();
  });

  async function gatewayWith(env: Record<string, string>) {
    const fetches: SubgraphFetch[] = [];
    const gateway = await startGateway(gatewayConfig(federation.subgraphs, { ...GATEWAY_ENV, ...env }), {
      port: 0,
      observer: (fetch) => fetches.push(fetch),
    });
    stops.push(() => gateway.stop());
    return { gateway, fetches };
  }

  test("gives up on a subgraph after its own timeout and answers with the others' data", async () => {
    // Accepts the request and never answers, like a subgraph stuck on its database.
    const silent = http.createServer(() => undefined);
    silent.listen(0);
    await once(silent, 'listening');
    stops.push(() => silent.closeAllConnections(), () => silent.close());
    const { gateway, fetches } = await gatewayWith({
      CITY_URL: `http://localhost:${(silent.address() as AddressInfo).port}/graphql`,
      CITY_TIMEOUT_MS: '300',
    });

    const started = performance.now();
    const answer = await postGraphQL(gateway.url, NOT_CLUSTER, undefined, { 'x-request-id': 'slow-city' });
    const elapsed = performance.now() - started;
    expect(answer.data).toEqual({ district: { name: 'Hoàng Mai' }, awardType: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: 'the city subgraph did not answer within 300 ms',
        extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'city' }),
      }),
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(300 + MARGIN_MS);
    // The gateway's own id, the same for each fetch of the request; the client's goes no further.
    const gatewayId = fetches.find((fetch) => fetch.subgraph === 'district')?.requestId;
    expect(gatewayId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fetches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subgraph: 'city', outcome: 'timeout', retry: false, requestId: gatewayId }),
        expect.objectContaining({ subgraph: 'district', outcome: 'ok', retry: false, requestId: gatewayId }),
      ]),
    );
  });

  test('sends a query again once when the connection drops, and reports the retry', async () => {
    const proxy = await droppingProxy(federation.subgraphs.district.url, 1);
    stops.push(() => proxy.close());
    const { gateway, fetches } = await gatewayWith({ DISTRICT_URL: proxy.url });

    expect(await postGraphQL(gateway.url, NOT_CLUSTER)).toEqual({ data: NOT_CLUSTER_DATA });
    expect(proxy.requests).toBe(2);
    expect(fetches.filter((fetch) => fetch.subgraph === 'district').map(({ outcome, retry }) => ({ outcome, retry }))).toEqual([
      { outcome: 'error', retry: false },
      { outcome: 'ok', retry: true },
    ]);
  });

  test('never sends a mutation twice', async () => {
    const proxy = await droppingProxy(federation.subgraphs.district.url, 1);
    stops.push(() => proxy.close());
    const { gateway } = await gatewayWith({ DISTRICT_URL: proxy.url });

    const answer = await postGraphQL(
      gateway.url,
      `mutation { conferLocalAward(input: { year: 2020, awardTypeCode: "LDTT", personId: "nobody" }) { id } }`,
    );
    expect(answer.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'district' }) }),
    ]);
    expect(proxy.requests).toBe(1);
  });
});
