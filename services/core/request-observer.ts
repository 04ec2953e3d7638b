import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import type { RequestContext } from './request-context';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';

export interface RequestObserverOptions {
  /** The service's logger, for an operation run without an HTTP request (and so without a request logger). */
  log: Logger;
  metrics: ServiceMetrics;
  /** More fields for a request's line, once its answer is ready (the gateway: its subgraph fetches). */
  details?: (context: RequestContext) => Record<string, unknown>;
}

interface AnsweredRequest {
  operationName: string | null;
  /** query, mutation, subscription; unknown when the request never got as far as a valid operation. */
  operation: string;
  durationMs: number;
  status: number;
  /** The `extensions.code` of each error in the answer. */
  errorCodes: string[];
  hasData: boolean;
}

/** The one line and the series of a request, however it was answered. */
function record(log: Logger, metrics: ServiceMetrics, request: AnsweredRequest, details: Record<string, unknown> = {}): void {
  const { errorCodes, hasData, status } = request;
  const outcome = errorCodes.length === 0 ? 'success' : hasData ? 'partial' : 'error';
  const labels = { operation: request.operation, outcome };
  metrics.requests.inc(labels);
  metrics.durations.observe(labels, request.durationMs / 1000);
  for (const code of errorCodes) metrics.errors.inc({ code });
  const line = {
    operationName: request.operationName,
    operation: request.operation,
    durationMs: Math.round(request.durationMs * 10) / 10,
    status,
    outcome,
    ...(errorCodes.length > 0 && { errorCodes }),
    ...details,
  };
  // A client's mistake is an ordinary answer; a server's fault is what someone must look at.
  const failed = status >= 500 || errorCodes.includes('INTERNAL_SERVER_ERROR');
  log[failed ? 'error' : 'info'](line, 'request');
}

/**
 * One JSON line per GraphQL request (operation, duration, status, error codes) on the request's
 * logger, so the line carries the request id; and the request, duration and error series.
 */
export function requestObserver(options: RequestObserverOptions): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, operationName, contextValue }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          record(
            contextValue.log ?? options.log,
            options.metrics,
            {
              operationName: operationName ?? null,
              operation: operation?.operation ?? 'unknown',
              durationMs: performance.now() - started,
              status: response.http.status ?? 200,
              // The errors as the client sees them: formatted, so each has the code the client reads.
              errorCodes: (body.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
              hasData: Boolean(body.data),
            },
            options.details?.(contextValue),
          );
        },
      };
    },
  };
}

/**
 * The same line and series for a request refused before Apollo sees it (a body over the limit, too
 * large a batch): `refusalOf` tells such a refusal from any other error, which goes on untouched.
 * Reads `res.locals.requestContext` and `res.locals.receivedAt`, which serveGraphQL sets first.
 */
export function refusalObserver(metrics: ServiceMetrics, refusalOf: (error: unknown) => GraphQLError | undefined): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const refused = refusalOf(error);
    // Only GraphQL requests have a request context; another route's error is not a GraphQL request's.
    if (refused && res.locals.requestContext) {
      const log: Logger = res.locals.requestContext.log;
      const receivedAt: number = res.locals.receivedAt;
      // Once answered, the status is the one the answer was given with.
      res.once('finish', () =>
        record(log, metrics, {
          operationName: null,
          operation: 'unknown',
          durationMs: performance.now() - receivedAt,
          status: res.statusCode,
          errorCodes: [String(refused.extensions.code)],
          hasData: false,
        }),
      );
    }
    next(error);
  };
}
