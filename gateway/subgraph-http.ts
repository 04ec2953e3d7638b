import http from 'node:http';
import https from 'node:https';

// An idle connection is closed after 4 s, before a Node server's 5 s keep-alive timeout would close
// it under a request just sent on it (undici's fetch waits 4 s too).
const IDLE_MS = 4000;
const agents: Record<string, http.Agent> = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS, scheduling: 'lifo' }),
};

// A Response with one of these statuses has no body.
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A subgraph's answer, read whole: immutable, so callers that share it each make their own Response. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: string | null;
}

/** The answer as a Fetch API Response, what Apollo's data source reads: a new one for each caller. */
export function responseOf({ status, statusText, headers, body }: SubgraphAnswer): Response {
  return new Response(body, { status, statusText, headers: headers as Array<[string, string]> });
}

/**
 * POSTs a body to a subgraph and reads the whole answer. node:http with keep-alive agents: a
 * connection per request in flight, idle ones reused. Node's fetch spends 2–3 times the CPU on each
 * call on loopback (WHATWG streams around every body), and the gateway makes several calls for each
 * client request.
 */
export function postToSubgraph(url: string, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<SubgraphAnswer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<SubgraphAnswer>((resolve, reject) => {
    const request = client.request(
      target,
      { method: 'POST', agent: agents[target.protocol], headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, signal },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        // A connection that closes before the whole answer came is lost like one reset.
        response.on('close', () => response.complete || reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' })));
        response.on('end', () => {
          const status = response.statusCode!;
          const fields: Array<[string, string]> = [];
          for (let index = 0; index < response.rawHeaders.length; index += 2) fields.push([response.rawHeaders[index], response.rawHeaders[index + 1]]);
          const text = NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks).toString('utf8');
          resolve({ status, statusText: response.statusMessage ?? '', headers: fields, body: text });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
