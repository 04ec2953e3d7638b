import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { startBalancer } from '../../gateway/balancer';
import type { RunningService } from '../../services/core/http';
import { createLogger } from '../../services/core/logger';
import { freePort } from '../support/restartable';

/** What a gateway behind the balancer saw of one request. */
interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * An HTTP server in the gateways' place: the balancer passes on any HTTP, and these can do what a
 * test needs of a gateway (drop a connection, answer in parts) at the moment it needs it.
 */
async function upstream(name: string, handle?: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    if (handle) return handle(req, res);
    res.writeHead(200, { 'content-type': 'application/json', 'x-answered-by': name });
    res.end(JSON.stringify({ answeredBy: name }));
  });
  server.listen(0);
  await once(server, 'listening');
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, seen, server };
}

type Upstream = Awaited<ReturnType<typeof upstream>>;

describe('the balancer in front of several gateways', () => {
  const log = createLogger('balancer', 'silent');
  const upstreams: Upstream[] = [];
  const balancers: RunningService[] = [];
  const balance = async (...targets: string[]) => {
    const balancer = await startBalancer({ port: 0, targets, bodyLimit: 1000, shutdownTimeoutMs: 1000, log });
    balancers.push(balancer);
    return balancer.url;
  };
  const gateway = async (name: string, handle?: Parameters<typeof upstream>[1]) => {
    const started = await upstream(name, handle);
    upstreams.push(started);
    return started;
  };
  afterAll(async () => {
    await Promise.all(balancers.map((balancer) => balancer.stop()));
    for (const { server } of upstreams) server.closeAllConnections(), server.close();
  });

  test('passes the method, path, headers and body on, and takes the gateways in turn', async () => {
    const [one, two] = [await gateway('one'), await gateway('two')];
    const url = await balance(one.url, two.url);
    const answers = [];
    for (let request = 0; request < 4; request += 1) {
      const response = await fetch(`${url}/graphql?request=${request}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer token', 'x-request-id': `r${request}` },
        body: JSON.stringify({ query: '{ districts { id } }' }),
      });
      answers.push([response.status, response.headers.get('x-answered-by'), await response.json()]);
    }
    expect(answers.map(([, by]) => by)).toEqual(['one', 'two', 'one', 'two']);
    expect(answers[0]).toEqual([200, 'one', { answeredBy: 'one' }]);
    expect(one.seen[0]).toMatchObject({
      method: 'POST',
      url: '/graphql?request=0',
      body: '{"query":"{ districts { id } }"}',
      headers: { authorization: 'Bearer token', 'x-request-id': 'r0', 'content-type': 'application/json', 'x-forwarded-for': expect.any(String) },
    });
    expect(await (await fetch(`${url}/health/live`)).json()).toEqual({ status: 'ok', service: 'balancer' });
    expect(one.seen.length + two.seen.length).toBe(4);
  });

  test('streams the answer back as it comes', async () => {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const slow = await gateway('slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part;');
      void finished.then(() => res.end('last part'));
    });
    const response = await fetch(await balance(slow.url));
    const reader = response.body!.getReader();
    // The first part arrives while the gateway still holds the rest.
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first part;');
    finish();
    let rest = '';
    for (let part = await reader.read(); !part.done; part = await reader.read()) rest += new TextDecoder().decode(part.value);
    expect(rest).toBe('last part');
  });

  test('a gateway that refuses the connection is passed over; when none takes a request, 502 says it was not applied', async () => {
    const up = await gateway('up');
    const down = `http://localhost:${await freePort()}`;
    const url = await balance(down, up.url);
    for (let request = 0; request < 3; request += 1) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"mutation { x }"}' });
      expect(response.headers.get('x-answered-by')).toBe('up');
    }
    expect(up.seen).toHaveLength(3);
    const none = await fetch(`${await balance(down)}/graphql`, { method: 'POST', body: '{}' });
    expect([none.status, await none.json()]).toEqual([
      502,
      { errors: [{ message: 'no gateway took the request', extensions: { code: 'GATEWAY_UNAVAILABLE', outcome: 'NOT_APPLIED' } }] },
    ]);
  });

  test('a request whose connection was lost after it was sent goes to another gateway only if it is a GET', async () => {
    const dropping = await gateway('dropping', (req) => req.socket.destroy());
    const up = await gateway('up');
    const url = await balance(dropping.url, up.url);
    const post = await fetch(`${url}/graphql`, { method: 'POST', body: '{"query":"mutation { x }"}' });
    expect([post.status, await post.json()]).toEqual([
      502,
      { errors: [{ message: 'the gateway was lost before it answered', extensions: { code: 'GATEWAY_UNAVAILABLE', outcome: 'UNKNOWN' } }] },
    ]);
    expect([dropping.seen.length, up.seen.length]).toEqual([1, 0]);
    // The next turn starts at `up`; the one after at `dropping` again, and goes on to `up`.
    await fetch(`${url}/graphql?query={__typename}`);
    const get = await fetch(`${url}/graphql?query={__typename}`);
    expect([get.status, get.headers.get('x-answered-by')]).toEqual([200, 'up']);
    expect([dropping.seen.length, up.seen.length]).toEqual([2, 2]);
  });

  test('refuses a body over the limit itself', async () => {
    const up = await gateway('up');
    const response = await fetch(`${await balance(up.url)}/graphql`, { method: 'POST', body: 'x'.repeat(1001) });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions).toEqual({ code: 'BODY_TOO_LARGE', limit: 1000 });
    expect(up.seen).toHaveLength(0);
  });
});
