import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../gateway/gateway';
import { Role } from '../../services/core/auth';
import type { RunningService } from '../../services/core/http';
import { embeddedFederation, gatewayConfig, postGraphQL } from '../support/federation';
import { tokenFor } from '../support/tokens';

/** A proxy in front of a subgraph that remembers the headers of every request the gateway sends it. */
async function recordingProxy(target: string): Promise<{ url: string; seen: http.IncomingHttpHeaders[]; close(): void }> {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer(async (req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`, seen, close: () => server.close() };
}

const NAMES_AND_ROLES = `{ district(id: "hoang-mai") { name clusterMembership(year: 2017) { role } } }`;

const federation = embeddedFederation();

describe('the gateway', () => {
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let gateway: RunningService;
  beforeAll(async () => {
    proxy = await recordingProxy(federation.subgraphs.district.url);
    gateway = await startGateway(gatewayConfig(federation.subgraphs, { DISTRICT_URL: proxy.url }), { port: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    proxy?.close();
  });

  test("forwards the Authorization header and its own request id to the subgraphs, never the client's", async () => {
    proxy.seen.length = 0;
    // The gateway refuses a token it cannot verify; a good one goes on to the subgraphs as it came.
    const authorization = `Bearer ${await tokenFor({ role: Role.VIEWER })}`;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, 'x-request-id': 'dashboard-42' },
      body: JSON.stringify({ query: NAMES_AND_ROLES }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ data: { district: { name: 'Hoàng Mai', clusterMembership: { role: 'HEAD' } } } });
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0]).toMatchObject({ authorization, 'x-request-id': requestId });
  });

  test('makes a request id when the client sends none, and uses the same one for every subgraph', async () => {
    proxy.seen.length = 0;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cluster(id: "III") { members(year: 2018) { district { name } } } }` }),
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(proxy.seen.length).toBeGreaterThan(0);
    for (const headers of proxy.seen) {
      expect(headers['x-request-id']).toBe(id);
      expect(headers.authorization).toBeUndefined();
    }
  });

  test('composes from the live subgraphs with GATEWAY_SUPERGRAPH=introspect', async () => {
    const composing = await startGateway(gatewayConfig(federation.subgraphs, { GATEWAY_SUPERGRAPH: 'introspect' }), { port: 0 });
    try {
      const body = await postGraphQL(composing.url, NAMES_AND_ROLES);
      expect(body).toEqual({ data: { district: { name: 'Hoàng Mai', clusterMembership: { role: 'HEAD' } } } });
    } finally {
      await composing.stop();
    }
  });

  test('refuses to start without a supergraph, saying how to make one', async () => {
    await expect(startGateway(gatewayConfig(federation.subgraphs, { GATEWAY_SUPERGRAPH: 'schema/none.graphql' }), { port: 0 })).rejects.toThrow(
      /no supergraph at .*none\.graphql: run `npm run schema`/,
    );
  });

  test('serves the playground to a browser from its own files, nothing from elsewhere', async () => {
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toHaveLength(4);
    for (const source of sources) {
      expect(source).toMatch(/^\/playground\//);
      const asset = await fetch(new URL(source, gateway.url));
      expect([source, asset.status]).toEqual([source, 200]);
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/playground/secrets.js', gateway.url))).status).toBe(404);
  });
});
