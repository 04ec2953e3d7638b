import net, { type AddressInfo } from 'node:net';
import { startGateway, type GatewayService } from '../../gateway/gateway';
import { createLogger } from '../../services/core/logger';
import { DATABASES, type TestDatabases } from '../support/databases';
import { gatewayConfig, startFederation, type Federation } from '../support/federation';
import { logLines } from '../support/logs';

/** One sample of a Prometheus text exposition, found by name and (some of) its labels; undefined if absent. */
function sample(exposition: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of exposition.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metricsOf(graphqlUrl: string): Promise<string> {
  const response = await fetch(new URL('/metrics', graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** `clientRequestId` is the client's own x-request-id: logged beside the id the service makes, which it answers. */
async function post(url: string, query: string, clientRequestId?: string): Promise<{ status: number; body: any; requestId: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(clientRequestId && { 'x-request-id': clientRequestId }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json(), requestId: response.headers.get('x-request-id')! };
}

/** A port nothing listens on: a subgraph that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The district from the district subgraph, its cluster role from the cluster one, its awards from the city one.
const OVERVIEW = `query Overview { district(id: "hoang-mai") { name clusterMembership(year: 2017) { role } awards(first: 1) { totalCount } } }`;

// With the city subgraph down, its nullable root field is null and the rest is answered.
const DISTRICT_AND_AWARD_TYPE = `{ district(id: "hoang-mai") { name clusterMembership(year: 2017) { role } } awardType(code: "LDTT") { name } }`;

let databases: TestDatabases;
let federation: Federation;
const logs = logLines();

// The gateway runs in front of real subgraphs on either database, as in production.
describe.each(DATABASES)('logs and metrics, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway', () => {
    beforeAll(async () => {
      databases = makeDatabases('observability');
      federation = await startFederation(databases.urls, {}, logs);
    });
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    describe('log lines', () => {
      test('one id follows a request through the gateway and every subgraph it asks', async () => {
        const { status, body, requestId } = await post(federation.gateway.url, OVERVIEW, 'observe-1');
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        const lines = logs.lines.filter((line) => line.requestId === requestId);
        expect(new Set(lines.map((line) => line.service))).toEqual(new Set(['gateway', 'district', 'cluster', 'city']));

        const gatewayLine = lines.find((line) => line.service === 'gateway' && line.msg === 'request')!;
        expect(gatewayLine).toMatchObject({ level: 'info', operationName: 'Overview', operation: 'query', status: 200, outcome: 'success', clientRequestId: 'observe-1' });
        expect(gatewayLine.durationMs).toEqual(expect.any(Number));
        expect(gatewayLine.time).toEqual(expect.any(String));
        // The per-subgraph timings: one fetch each, none a retry.
        expect(gatewayLine.subgraphs.map((fetch: any) => fetch.subgraph).sort()).toEqual(['city', 'cluster', 'district']);
        for (const fetch of gatewayLine.subgraphs) expect(fetch).toMatchObject({ outcome: 'ok', retry: false, durationMs: expect.any(Number) });

        for (const service of ['district', 'cluster', 'city']) {
          const line = lines.find((candidate) => candidate.service === service && candidate.msg === 'request');
          expect(line).toMatchObject({ operation: 'query', status: 200, outcome: 'success', durationMs: expect.any(Number) });
        }
      });

      test("a request without an id gets one, in the answer's header and in its line", async () => {
        const response = await fetch(federation.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ district(id: "dong-da") { name } }' }),
        });
        const requestId = response.headers.get('x-request-id')!;
        expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
        await response.json();
        expect(logs.lines).toContainEqual(expect.objectContaining({ service: 'gateway', requestId, msg: 'request', operationName: null }));
        expect(logs.lines).toContainEqual(expect.objectContaining({ service: 'district', requestId, msg: 'request' }));
      });

      test("a refused query's line has its status and error codes", async () => {
        const { status } = await post(federation.gateway.url, '{ noSuchField }', 'observe-refused');
        expect(status).toBe(400);
        const line = logs.lines.find((candidate) => candidate.clientRequestId === 'observe-refused' && candidate.msg === 'request');
        expect(line).toMatchObject({ service: 'gateway', status: 400, outcome: 'error', operation: 'unknown', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
      });

      test('a body refused for its size, before GraphQL reads it, has its line and its count', async () => {
        const before = await metricsOf(federation.gateway.url);
        const tooLarge = { query: `{ district(id: "dong-da") { name } }`, variables: { padding: 'x'.repeat(200_000) } };
        const response = await fetch(federation.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'observe-large' },
          body: JSON.stringify(tooLarge),
        });
        expect(response.status).toBe(413);
        const requestId = response.headers.get('x-request-id');
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BODY_TOO_LARGE' } }] });
        const line = logs.lines.find((candidate) => candidate.requestId === requestId && candidate.msg === 'request');
        expect(line).toMatchObject({ service: 'gateway', clientRequestId: 'observe-large', status: 413, outcome: 'error', errorCodes: ['BODY_TOO_LARGE'], durationMs: expect.any(Number) });
        const after = await metricsOf(federation.gateway.url);
        const code = { service: 'gateway', code: 'BODY_TOO_LARGE' };
        expect((sample(after, 'graphql_errors_total', code) ?? 0) - (sample(before, 'graphql_errors_total', code) ?? 0)).toBe(1);
      });
    });

    describe('/metrics', () => {
      test('counts requests by operation type and outcome, their durations and errors by code, on every service', async () => {
        const before = await metricsOf(federation.gateway.url);
        const count = (exposition: string, labels: Record<string, string>) => sample(exposition, 'graphql_requests_total', labels) ?? 0;
        for (let i = 0; i < 3; i++) await post(federation.gateway.url, OVERVIEW);
        await post(federation.gateway.url, '{ noSuchField }');

        const after = await metricsOf(federation.gateway.url);
        const success = { service: 'gateway', operation: 'query', outcome: 'success' };
        expect(count(after, success) - count(before, success)).toBe(3);
        expect(sample(after, 'graphql_request_duration_seconds_count', success)).toBe(count(after, success));
        expect(sample(after, 'graphql_request_duration_seconds_bucket', { ...success, le: '+Inf' })).toBe(count(after, success));
        const refused = { service: 'gateway', operation: 'unknown', outcome: 'error' };
        expect(count(after, refused) - count(before, refused)).toBe(1);
        const validation = { service: 'gateway', code: 'GRAPHQL_VALIDATION_FAILED' };
        expect((sample(after, 'graphql_errors_total', validation) ?? 0) - (sample(before, 'graphql_errors_total', validation) ?? 0)).toBe(1);
        // Every fetch from a subgraph, by subgraph and outcome; and each circuit closed.
        for (const subgraph of ['district', 'cluster', 'city']) {
          expect(sample(after, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok' })).toBeGreaterThanOrEqual(3);
          expect(sample(after, 'gateway_circuit_state', { subgraph })).toBe(0);
        }
        // Process metrics come with every registry.
        expect(sample(after, 'process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);

        // Each subgraph counts the requests the gateway sent it, under its own name.
        const city = await metricsOf(federation.subgraphs.city.url);
        expect(sample(city, 'graphql_requests_total', { service: 'city', operation: 'query', outcome: 'success' })).toBeGreaterThanOrEqual(3);
        expect(sample(city, 'gateway_circuit_state', {})).toBeUndefined();
      });

      describe('with a subgraph down', () => {
        let gateway: GatewayService;
        const gatewayLogs = logLines();
        beforeAll(async () => {
          const env = { CITY_URL: `http://localhost:${await closedPort()}/graphql`, CIRCUIT_FAILURES: '1', CIRCUIT_RESET_MS: '60000' };
          gateway = await startGateway(gatewayConfig(federation.subgraphs, env), { port: 0, log: createLogger('gateway', 'info', gatewayLogs) });
        });
        afterAll(() => gateway?.stop());

        test('counts the failed fetches, the errors by code, and shows the open circuit', async () => {
          const first = await post(gateway.url, DISTRICT_AND_AWARD_TYPE, 'observe-down');
          expect(first.body.data).toEqual({ district: { name: 'Hoàng Mai', clusterMembership: { role: 'HEAD' } }, awardType: null });
          expect(first.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }) })]);
          // The circuit is open now: the next request fails fast without asking.
          await post(gateway.url, DISTRICT_AND_AWARD_TYPE);

          const metrics = await metricsOf(gateway.url);
          // The first fetch and its one retry after the refused connection, then one that failed fast.
          expect(sample(metrics, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'city', outcome: 'error' })).toBe(2);
          expect(sample(metrics, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'city', outcome: 'circuit-open' })).toBe(1);
          expect(sample(metrics, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'district', outcome: 'ok' })).toBe(2);
          expect(sample(metrics, 'gateway_circuit_state', { subgraph: 'city' })).toBe(2);
          expect(sample(metrics, 'gateway_circuit_state', { subgraph: 'district' })).toBe(0);
          expect(sample(metrics, 'graphql_requests_total', { operation: 'query', outcome: 'partial' })).toBe(2);
          expect(sample(metrics, 'graphql_errors_total', { code: 'SUBGRAPH_UNAVAILABLE' })).toBe(2);

          const line = gatewayLogs.lines.find((candidate) => candidate.requestId === first.requestId && candidate.msg === 'request')!;
          expect(line).toMatchObject({ clientRequestId: 'observe-down', outcome: 'partial', errorCodes: ['SUBGRAPH_UNAVAILABLE'] });
          expect(line.subgraphs).toEqual(
            expect.arrayContaining([
              expect.objectContaining({ subgraph: 'city', outcome: 'error', retry: false }),
              expect.objectContaining({ subgraph: 'city', outcome: 'error', retry: true }),
            ]),
          );
          expect(gatewayLogs.lines).toContainEqual(
            expect.objectContaining({ level: 'warn', requestId: first.requestId, subgraph: 'city', msg: 'subgraph fetch failed' }),
          );
        });
      });
    });
  });
});
