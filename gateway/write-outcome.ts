import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import type { SubgraphName } from '../services/core/config';
import { graphError, type ErrorCode } from '../services/core/errors';
import type { RequestContext } from '../services/core/request-context';
import { IDEMPOTENCY_KEY_HEADER } from '../services/core/idempotency';

/**
 * What the client may conclude of a mutation the gateway could not complete: NOT_APPLIED when it
 * never reached the subgraph (connection refused, circuit open), UNKNOWN once it was sent (the
 * subgraph may have committed it after the gateway stopped waiting, or its answer was lost).
 */
export type WriteOutcome = 'NOT_APPLIED' | 'UNKNOWN';

/** The gateway's error for a subgraph it could not use; a mutation's says what became of the write. */
export function subgraphFailure(code: ErrorCode, message: string, subgraph: SubgraphName, outcome?: WriteOutcome): GraphQLError {
  if (!outcome) return graphError(code, message, { subgraph });
  const advice =
    outcome === 'NOT_APPLIED'
      ? 'the write was not applied'
      : 'the write may or may not have been applied: send it again with the same Idempotency-Key header to learn its outcome';
  return graphError(code, `${message}; ${advice}`, { subgraph, outcome });
}

/** The client's Idempotency-Key goes with its mutation to the subgraph that applies it. */
export function forwardIdempotencyKey(options: GraphQLDataSourceProcessOptions<RequestContext>): void {
  if (!('incomingRequestContext' in options)) return;
  const key = options.incomingRequestContext.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key) options.request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, key);
}
