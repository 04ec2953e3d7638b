import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { DATABASES } from '../support/databases';
import { DASHBOARD_QUERIES } from '../support/dashboard';
import { answerWithout, gatewayAnswersInFull, restartableStack } from '../support/partial-answers';

// Long enough that no subgraph that is up times out while 20 clients share a busy test machine with it:
// this test counts what a subgraph down takes from an answer, not latency (resilience.test.ts does).
const GATEWAY_ENV = { NODE_ENV: 'test', LOG_LEVEL: 'silent', SUBGRAPH_TIMEOUT_MS: '15000', CIRCUIT_RESET_MS: '500' };
const CLIENTS = 20;
const REQUESTS_PER_PHASE = 200;

/**
 * POSTs a query; a keep-alive socket the server closed as the request went out (the services and
 * the clients share one event loop here, which timers reach late) is retried once on a new one,
 * as HTTP clients do for a request that cannot have been read. Counted, never hidden.
 */
async function post(url: string, body: string, tally: Tally): Promise<Response> {
  const send = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  try {
    return await send();
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    tally.resets += 1;
    return send();
  }
}

interface Tally {
  requests: number;
  /** Requests sent again after their connection was closed under them. */
  resets: number;
  serverErrors: number;
  dataNull: number;
  /** Answers that lack data of a subgraph that is up, or carry an error not naming the one down. */
  wrong: number;
  example?: unknown;
}

describe.each(DATABASES)('the dashboard under load, one subgraph down (%s)', (_name, make, describeFn) => {
  describeFn(`${CLIENTS} clients, ${REQUESTS_PER_PHASE} requests while each subgraph is down in turn`, () => {
    const stack = restartableStack(make, 'partial_load', GATEWAY_ENV);

    async function phase(down: SubgraphName): Promise<Tally> {
      const tally: Tally = { requests: 0, resets: 0, serverErrors: 0, dataNull: 0, wrong: 0 };
      let next = 0;
      const client = async () => {
        while (next < REQUESTS_PER_PHASE) {
          const { name, query, variables } = DASHBOARD_QUERIES[next % DASHBOARD_QUERIES.length];
          next += 1;
          const response = await post(stack.gateway.url, JSON.stringify({ query, variables }), tally);
          const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
          const { data, touched } = answerWithout(name, down);
          const errorsRight = touched
            ? !!body.errors?.length && body.errors.every((error) => error.extensions?.subgraph === down)
            : body.errors === undefined;
          tally.requests += 1;
          if (response.status >= 500) tally.serverErrors += 1;
          if (body.data === null || body.data === undefined) tally.dataNull += 1;
          if (!errorsRight || JSON.stringify(body.data) !== JSON.stringify(data)) {
            tally.wrong += 1;
            tally.example ??= { name, body };
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      return tally;
    }

    test.each(SUBGRAPH_NAMES)('with the %s subgraph down: no 5xx, no data: null, the others’ data in every answer', async (down) => {
      await stack.subgraphs[down].stop();
      let tally: Tally;
      try {
        tally = await phase(down);
      } finally {
        await stack.subgraphs[down].start();
      }
      console.log(
        `[partial answers under load, ${stack.databases.kind}] ${down} down: ${tally.requests} requests from ${CLIENTS} clients, ` +
          `${tally.serverErrors} 5xx, ${tally.dataNull} data: null, ${tally.wrong} missing the up subgraphs' data, ${tally.resets} sent again after a reset` +
          (tally.example ? `; e.g. ${JSON.stringify(tally.example).slice(0, 600)}` : ''),
      );
      expect(tally).toEqual(expect.objectContaining({ requests: REQUESTS_PER_PHASE, serverErrors: 0, dataNull: 0, wrong: 0 }));
      // Before the next phase, the gateway's circuit to the restarted subgraph closes again.
      await gatewayAnswersInFull(stack.gateway.url);
    }, 120_000);
  });
});
