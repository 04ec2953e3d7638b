import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { SubgraphName } from '../services/core/config';
import { GATEWAY_CREDENTIAL_HEADER } from '../services/core/gateway-credential';
import { REQUEST_ID_HEADER } from '../services/core/http';
import type { RequestContext } from '../services/core/request-context';
import { REQUEST_TIMEOUT_HEADER, timeoutHeaderValue } from '../services/core/deadline';
import type { CircuitBreaker } from './circuit-breaker';
import { InFlightFetches } from './in-flight-fetches';
import { postToSubgraph, responseOf, type SubgraphAnswer } from './subgraph-http';
import { sendToInstances, type Instances } from './instances';
import type { GatewayContext, SubgraphFetch, SubgraphFetchObserver } from './subgraph-fetch';
import { forwardIdempotencyKey, subgraphFailure } from './write-outcome';
import { neverSent } from '../services/core/connection-refused';

export interface SubgraphDataSourceOptions {
  name: SubgraphName;
  /** The subgraph's instances: each fetch goes to the next in turn, and on to another when one refuses it. */
  instances: Instances;
  /** How long one call may take, the retry included. */
  timeoutMs: number;
  breaker: CircuitBreaker;
  /** Sees every fetch (logs and metrics). */
  observer?: SubgraphFetchObserver;
  /** The gateway's credential (gateway-credential.ts): it proves to the subgraph that the gateway is asking. */
  credential: () => Promise<string>;
}

// The error codes of a connection that was refused or dropped before an answer came: nothing was
// answered, so a query may safely be sent again. node:http reports a dropped socket as ECONNRESET.
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

function isConnectionError(error: unknown): boolean {
  for (let cause = error as any; cause; cause = cause.cause) {
    if (CONNECTION_ERRORS.has(cause.code) || /socket hang up/.test(cause.message ?? '')) return true;
    // With localhost resolving to two addresses, a refusal comes as one error for each.
    if (Array.isArray(cause.errors) && cause.errors.some(isConnectionError)) return true;
  }
  return false;
}

/** A subgraph that answers with a 5xx is as good as down (a proxy in front of a dead one answers 502). */
function isServerError(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.response as { status?: number } | undefined)?.status : undefined;
  return status !== undefined && status >= 500;
}

function isMutation(options: GraphQLDataSourceProcessOptions<RequestContext>): boolean {
  // Only a client's operation has one; the gateway's own requests (health checks, introspection) are queries.
  return 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'mutation';
}

/**
 * What a subgraph's answer to a query depends on: the URL, the body as sent, and every header (the
 * caller's authorization among them) but the request id, which only names the request in logs.
 */
function inFlightKey(url: string, init: FetcherRequestInit | undefined, generations = ''): string {
  const headers = Object.entries((init?.headers ?? {}) as Record<string, string>).filter(([name]) => name !== REQUEST_ID_HEADER);
  return JSON.stringify([url, init?.body, headers, generations]);
}

// Each call's deadline reaches the fetcher, which Apollo's data source calls deep inside `process`
// with no way to pass it along; the fetcher is shared by concurrent calls, the store is not.
// It also says whether the call is a mutation: one is sent to another instance only if it was never sent.
// And the generations the response cache read for the request, if it did: a fetch is shared only
// by requests that saw the same, so an answer the cache keeps never predates the generations it is kept under.
const deadlines = new AsyncLocalStorage<{ signal: AbortSignal; endsAt: number; mutation: boolean; generations?: string }>();

/**
 * Reaches one subgraph for the gateway: passes the caller's credentials and request id on, gives up
 * after the subgraph's timeout, retries a query once when the connection fails, fails fast while the
 * subgraph's circuit is open, and reports every fetch to the observer. Its errors name the subgraph
 * and a code, so a client gets the other subgraphs' data with an error saying what is missing.
 * Fetches go to the subgraph's instances in turn; one circuit serves them all, and it counts a
 * failure only when no instance answered.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestContext> {
  private readonly options: SubgraphDataSourceOptions;
  private readonly inFlight = new InFlightFetches<SubgraphAnswer>();

  constructor(options: SubgraphDataSourceOptions) {
    // Apollo's data source needs a URL; the fetcher chooses the instance.
    super({ url: options.instances.urls[0] });
    this.options = options;
    // Apollo's data source always sends a string body, and reads the answer as a Fetch API Response.
    // The subgraph learns how long the gateway still waits: a write that would commit later rolls back.
    this.fetcher = (url, init) => {
      const deadline = deadlines.getStore();
      const headers = { ...(init?.headers as Record<string, string>), ...(deadline && { [REQUEST_TIMEOUT_HEADER]: timeoutHeaderValue(deadline.endsAt) }) };
      const send = (signal?: AbortSignal) =>
        sendToInstances(options.instances, (instance) => postToSubgraph(instance, headers, init?.body as string, signal), deadline?.mutation ? neverSent : isConnectionError);
      // Identical queries in flight at once share one answer, each caller its own Response of it; a mutation always goes on its own.
      const answer =
        !deadline || deadline.mutation ? send(deadline?.signal) : this.inFlight.fetch(inFlightKey(url, init, deadline.generations), send, deadline.signal);
      return answer.then(responseOf) as unknown as Promise<FetcherResponse>;
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<void> {
    const { request, context } = options;
    // Every request, the gateway's own too: composing by introspection reads `_service`, which a
    // subgraph in production shows only to the gateway.
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, await this.options.credential());
    // The gateway's own requests (health checks, introspection at start) have no client context.
    if (!('requestId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    forwardIdempotencyKey(options);
  }

  override async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<GatewayGraphQLResponse> {
    const { name, timeoutMs, breaker } = this.options;
    const requestId = 'requestId' in options.context ? options.context.requestId : undefined;
    // The gateway's own requests (health checks, introspection) have no client request to report to.
    const ofRequest = 'subgraphFetches' in options.context ? (options.context as GatewayContext).subgraphFetches : undefined;
    const observe = (fetch: Omit<SubgraphFetch, 'subgraph' | 'requestId'>) => this.observe({ ...fetch, requestId }, ofRequest);
    // A mutation that fails here says whether it was applied; a query needs no such word.
    const mutation = isMutation(options);
    const permit = breaker.acquire();
    if (!permit) {
      observe({ outcome: 'circuit-open', durationMs: 0, retry: false });
      throw subgraphFailure(
        'SUBGRAPH_UNAVAILABLE',
        `the ${name} subgraph is unavailable: it failed repeatedly and is tried again shortly`,
        name,
        mutation ? 'NOT_APPLIED' : undefined,
      );
    }
    const deadline = AbortSignal.timeout(timeoutMs);
    const endsAt = Date.now() + timeoutMs;
    for (let retry = false; ; retry = true) {
      const started = performance.now();
      const durationMs = () => performance.now() - started;
      try {
        const generations = (options.context as Partial<GatewayContext>).cacheGenerations;
        const response = await deadlines.run({ signal: deadline, endsAt, mutation, generations }, () => super.process(options));
        observe({ outcome: 'ok', durationMs: durationMs(), retry });
        breaker.succeeded();
        return response;
      } catch (error) {
        if (deadline.aborted) {
          observe({ outcome: 'timeout', durationMs: durationMs(), retry });
          breaker.failed(permit);
          throw subgraphFailure('SUBGRAPH_TIMEOUT', `the ${name} subgraph did not answer within ${timeoutMs} ms`, name, mutation ? 'UNKNOWN' : undefined);
        }
        observe({ outcome: 'error', durationMs: durationMs(), retry });
        const connectionLost = isConnectionError(error);
        // A mutation may have been applied before its connection dropped: it is never sent twice.
        if (connectionLost && !retry && !mutation) continue;
        if (!connectionLost && !isServerError(error)) {
          // The subgraph answered (a refused token, a bad request): it is up, and the client sees its error.
          breaker.succeeded();
          throw error;
        }
        breaker.failed(permit);
        const outcome = !mutation ? undefined : connectionLost && neverSent(error) ? 'NOT_APPLIED' : 'UNKNOWN';
        throw subgraphFailure('SUBGRAPH_UNAVAILABLE', `the ${name} subgraph cannot be reached`, name, outcome);
      }
    }
  }

  private observe(fetch: Omit<SubgraphFetch, 'subgraph'>, ofRequest: SubgraphFetch[] | undefined): void {
    const observed = { subgraph: this.options.name, ...fetch };
    ofRequest?.push(observed);
    this.options.observer?.(observed);
  }
}
