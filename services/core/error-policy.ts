import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger';

/** The request an error belongs to, wherever Apollo formats it (it hands formatError no context). */
export interface ErrorScope {
  requestId: string;
  log?: Logger;
}

export const errorScope = new AsyncLocalStorage<ErrorScope>();

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * An error a client is meant to read: one the services raised with a code (graphError), or Apollo's
 * own (a parse or validation failure, a variable of the wrong type); at the gateway, a subgraph's
 * coded error, which the subgraph has already passed through this same policy. Apollo gives
 * anything without a code (a driver's error, a bug) INTERNAL_SERVER_ERROR.
 */
function isExpected(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && code !== INTERNAL;
}

/**
 * Apollo's `formatError` for every service: an expected error goes out as raised (never with a stack
 * trace); anything else (a driver's message, a bug, a subgraph's internal error) answers only
 * "Internal error; request <id>", and the original is logged with its stack on the request's log.
 * `stacktraces` (ERROR_STACKTRACES) adds the original's stack to such an answer, for debugging.
 */
export function formatErrorFor(stacktraces: boolean, fallbackLog: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // `response` is the subgraph's HTTP answer (its URL and body) that the gateway's data source
    // attaches to a subgraph's 401 or 403: the client's error is the code and message alone.
    const { stacktrace, response: _subgraphResponse, ...extensions } = formatted.extensions ?? {};
    if (isExpected(formatted)) return { ...formatted, extensions };
    const scope = errorScope.getStore();
    const requestId = scope?.requestId ?? 'unknown';
    const original = unwrapResolverError(error);
    (scope?.log ?? fallbackLog).error({ err: original, path: formatted.path }, 'unexpected error');
    const serviceName = typeof extensions.serviceName === 'string' ? { serviceName: extensions.serviceName } : {};
    return {
      ...internalError(requestId, formatted.path, { ...serviceName, ...(stacktraces && stacktrace ? { stacktrace } : {}) }),
      ...(formatted.locations && { locations: formatted.locations }),
    };
  };
}

/** What a client is told of an unexpected error: that there was one, and the request to ask about. */
export function internalError(requestId: string, path: GraphQLFormattedError['path'], extensions: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message: `Internal error; request ${requestId}`, ...(path && { path }), extensions: { code: INTERNAL, requestId, ...extensions } };
}
