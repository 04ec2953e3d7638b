import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { graphError } from '../services/core/errors';
import type { RunningService } from '../services/core/http';
import type { Logger } from '../services/core/logger';
import { Instances, sendToInstances } from './instances';
import { neverSent } from '../services/core/connection-refused';
import type { GraphQLError } from 'graphql';

export interface BalancerOptions {
  port: number;
  /** The gateways' base URLs: a request goes to one of them with its own path and query. */
  targets: readonly string[];
  /** The largest request body passed on (the gateways' own limit: a larger one they would refuse). */
  bodyLimit: number;
  /** How long a stopping balancer lets requests in flight finish, in ms. */
  shutdownTimeoutMs: number;
  log: Logger;
}

// Headers of one connection, which a proxy does not pass on (RFC 9110, 7.6.1).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
// Methods whose request may be sent twice: one lost with its connection goes to the next gateway.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

function passedOn(headers: http.IncomingHttpHeaders | http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const named = String(headers.connection ?? '').toLowerCase().split(',').map((name) => name.trim());
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !named.includes(name)));
}

function answerError(res: http.ServerResponse, status: number, error: GraphQLError): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
}

/** The whole body, or undefined past `limit` bytes: a request that may go to a second gateway is kept until answered. */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A small HTTP balancer in front of several gateways, for `npm start --replicas` and compose: each
 * request goes to the next gateway in turn with its method, headers and body, and the answer streams
 * back as it comes. A gateway that refuses the connection is passed over, and the request goes to the
 * next one: any request when it was never sent, a GET (or another idempotent method) also when its
 * connection was lost before an answer. `/health/live` is its own; every other path is a gateway's.
 */
export async function startBalancer(options: BalancerOptions): Promise<RunningService> {
  const { log, bodyLimit } = options;
  const gateways = new Instances(options.targets.map((target) => new URL(target).origin));
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  const forward = (target: string, req: http.IncomingMessage, body: Buffer, signal: AbortSignal) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const url = new URL(req.url ?? '/', target);
      const secure = url.protocol === 'https:';
      const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
      const headers = {
        ...passedOn(req.headers),
        'content-length': String(body.length),
        'x-forwarded-for': forwardedFor,
        'x-forwarded-proto': req.headers['x-forwarded-proto'] ?? 'http',
        'x-forwarded-host': req.headers['x-forwarded-host'] ?? req.headers.host ?? '',
      };
      const request = (secure ? https : http).request(url, { method: req.method, headers, agent: secure ? agents.https : agents.http, signal }, resolve);
      request.on('error', reject);
      request.end(body);
    });

  const server = http.createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return void res.end(JSON.stringify({ status: 'ok', service: 'balancer' }));
    }
    const body = await readBody(req, bodyLimit).catch(() => undefined);
    if (!body) {
      if (req.destroyed) return;
      res.setHeader('connection', 'close');
      return answerError(res, 413, graphError('BODY_TOO_LARGE', `The request body is larger than the ${bodyLimit} bytes this service accepts`, { limit: bodyLimit }));
    }
    // A client that leaves stops the gateway's work for it, and is not sent to another gateway.
    const left = new AbortController();
    res.on('close', () => left.abort());
    const idempotent = IDEMPOTENT.has(req.method ?? '');
    try {
      const answer = await sendToInstances(
        gateways,
        (target) => forward(target, req, body, left.signal),
        (error) => {
          if (left.signal.aborted) return false;
          const retried = neverSent(error) || idempotent;
          log.warn({ err: error, method: req.method, path: req.url, retried }, 'a gateway did not take the request');
          return retried;
        },
      );
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, passedOn(answer.headers));
      pipeline(answer, res, () => undefined);
    } catch (error) {
      if (left.signal.aborted) return;
      // Like the gateway's own word on a write it could not complete (write-outcome.ts).
      const outcome = neverSent(error) ? 'NOT_APPLIED' : 'UNKNOWN';
      const message = outcome === 'NOT_APPLIED' ? 'no gateway took the request' : 'the gateway was lost before it answered';
      answerError(res, 502, graphError('GATEWAY_UNAVAILABLE', message, { outcome }));
    }
  });
  server.listen(options.port);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const port = (server.address() as AddressInfo).port;

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Past the grace, requests still in flight are cut.
    const grace = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs);
    await closed;
    clearTimeout(grace);
    agents.http.destroy();
    agents.https.destroy();
  };
  return { name: 'balancer', port, url: `http://localhost:${port}`, stop: () => (stopped ??= stop()) };
}
