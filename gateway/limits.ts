import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GatewayLimits } from '../services/core/config';
import { graphError, type ErrorCode } from '../services/core/errors';
import { measureOperation, type OperationMeasures } from './limits/measure';
import { countTokens } from './limits/tokens';

function refusal(code: ErrorCode, what: string, limit: number, actual: number) {
  // `http` sets the status (Apollo and serveGraphQL take it out of the answer): the client asked too much.
  return graphError(code, `${what}: ${actual}, where the gateway accepts at most ${limit}`, { limit, actual, http: { status: 400 } });
}

const OPERATION_RULES: Array<[keyof OperationMeasures, ErrorCode, string]> = [
  ['depth', 'QUERY_TOO_DEEP', 'The query nests fields this deep'],
  ['aliases', 'TOO_MANY_ALIASES', 'Aliases in the query'],
  ['rootFields', 'TOO_MANY_ROOT_FIELDS', 'Root fields in the operation'],
  ['directives', 'TOO_MANY_DIRECTIVES', 'Directives in the query'],
  ['cost', 'QUERY_TOO_COSTLY', 'The query\'s cost (a point a field, times the `first` of each connection around it)'],
];

/**
 * Refuses an operation over a limit once it is parsed and validated, and before the gateway plans
 * it: no subgraph is asked. Here, unlike in a validation rule, the variables are known (a
 * connection's `first` is often one), and the error keeps its own code.
 */
export function operationLimits(limits: GatewayLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Without an operation to run (no name given among several), Apollo's execution says so.
          if (!operation) return;
          const measures = measureOperation(schema, document, operation, request.variables);
          for (const [measure, code, what] of OPERATION_RULES) {
            if (measures[measure] > limits[measure]) throw refusal(code, what, limits[measure], measures[measure]);
          }
        },
      };
    },
  };
}

/**
 * Refuses, before Apollo parses anything, a batch with too many operations and an operation with
 * too many tokens (the parser's own work grows with them). The body's size is express's limit.
 */
export function requestLimits(limits: GatewayLimits): RequestHandler {
  return (req, _res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.method === 'GET' ? req.query : req.body];
    if (operations.length > limits.batch) throw refusal('BATCH_TOO_LARGE', 'Operations in the batch', limits.batch, operations.length);
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | undefined)?.query;
      if (typeof query !== 'string') continue;
      const tokens = countTokens(query);
      if (tokens > limits.tokens) throw refusal('TOO_MANY_TOKENS', 'Tokens in the query', limits.tokens, tokens);
    }
    next();
  };
}
