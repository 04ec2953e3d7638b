import autocannon from 'autocannon';
import type { Load } from './measurement';

// A GraphQL error in the body: no field of the schema is named `errors`, and a string value would escape its quotes.
const HAS_ERRORS = /"errors"\s*:\s*\[/;

/** `connections` clients POSTing one GraphQL request each, again as soon as its answer arrives, for `seconds`. */
export async function httpLoad(url: string, request: { query: string; variables?: Record<string, unknown> }, connections: number, seconds: number): Promise<Load> {
  const latencies: number[] = [];
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
    timeout: 10,
    verifyBody: (body) => !HAS_ERRORS.test(body),
    // autocannon's own percentiles are whole milliseconds: too coarse for a 1 ms answer.
    setupClient: (client) => client.on('response', (_status, _bytes, durationMs) => latencies.push(durationMs)),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latencies,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    timeouts: result.timeouts,
    socketErrors: result.errors - result.timeouts,
  };
}
