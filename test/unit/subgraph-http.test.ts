import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postToSubgraph, responseOf } from '../../gateway/subgraph-http';
import { neverSent } from '../../services/core/connection-refused';
import { freePort } from '../support/restartable';

/** A server on a free port that handles each request as the test says. */
async function serving(handle: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handle).listen(0);
  await once(server, 'listening');
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a POST to a subgraph', () => {
  test('sends the headers and body, and answers the status, headers and body, a new Response of them for each caller; connections are kept for the next', async () => {
    const seen: Array<{ headers: http.IncomingHttpHeaders; body: string; socket: unknown }> = [];
    const server = await serving(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), socket: req.socket });
      res.writeHead(401, { 'content-type': 'application/json', 'x-answer': 'ja' }).end('{"errors":[{"message":"ký"}]}');
    });
    try {
      const body = JSON.stringify({ query: '{ districts { name } }', variables: { name: 'Đống Đa' } });
      for (let index = 0; index < 2; index += 1) {
        const answer = await postToSubgraph(server.url, { 'content-type': 'application/json', authorization: 'Bearer t' }, body);
        const [mine, yours] = [responseOf(answer), responseOf(answer)];
        expect(mine).toMatchObject({ status: 401, ok: false });
        expect(mine.headers.get('x-answer')).toBe('ja');
        expect(await mine.json()).toEqual({ errors: [{ message: 'ký' }] });
        expect(await yours.json()).toEqual({ errors: [{ message: 'ký' }] });
      }
      expect(seen.map((request) => request.body)).toEqual([body, body]);
      expect(seen[0].headers).toMatchObject({ authorization: 'Bearer t', 'content-length': String(Buffer.byteLength(body)) });
      expect(seen[1].socket).toBe(seen[0].socket);
    } finally {
      await server.close();
    }
  });

  test('fails as never sent when refused, as lost when the connection drops or the answer is cut off, and at once when aborted', async () => {
    const refused = await postToSubgraph(`http://localhost:${await freePort()}/graphql`, {}, '{}').catch((error: unknown) => error);
    expect(neverSent(refused)).toBe(true);

    const dropping = await serving((req) => req.socket.destroy());
    const cutting = await serving((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' }).write('{"data":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const holding = await serving(() => undefined);
    try {
      const dropped = await postToSubgraph(dropping.url, {}, '{}').catch((error: unknown) => error);
      expect(dropped).toMatchObject({ code: 'ECONNRESET' });
      expect(neverSent(dropped)).toBe(false);
      await expect(postToSubgraph(cutting.url, {}, '{}')).rejects.toMatchObject({ code: 'ECONNRESET' });
      const deadline = AbortSignal.timeout(50);
      await expect(postToSubgraph(holding.url, {}, '{}', deadline)).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await Promise.all([dropping.close(), cutting.close(), holding.close()]);
    }
  });
});
