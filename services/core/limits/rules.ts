import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { OperationLimits } from '../config';
import { graphError, type ErrorCode } from '../errors';
import { measureOperation, type OperationMeasures } from './measure';
import { countTokens } from './tokens';

/** The limits one request is held to, and who holds it to them (named in the refusal). */
export interface Allowance {
  limits: OperationLimits;
  /** "the gateway", "the district subgraph": the refusal says who refused. */
  service: string;
}

export function refusal(code: ErrorCode, what: string, limit: number, actual: number, service: string) {
  // `http` sets the status (Apollo and serveGraphQL take it out of the answer): the client asked too much.
  return graphError(code, `${what}: ${actual}, where ${service} accepts at most ${limit}`, { limit, actual, http: { status: 400 } });
}

const OPERATION_RULES: Array<[keyof OperationMeasures, ErrorCode, string]> = [
  ['depth', 'QUERY_TOO_DEEP', 'The query nests fields this deep'],
  ['aliases', 'TOO_MANY_ALIASES', 'Aliases in the query'],
  ['rootFields', 'TOO_MANY_ROOT_FIELDS', 'Root fields in the operation'],
  ['directives', 'TOO_MANY_DIRECTIVES', 'Directives in the query'],
  ['cost', 'QUERY_TOO_COSTLY', "The query's cost (a point a field, times the most items of each list around it)"],
];

/**
 * Refuses an operation over a limit once it is parsed and validated, and before it runs (at the
 * gateway, before it is planned: no subgraph is asked). Here, unlike in a validation rule, the
 * variables are known (a connection's `first` is often one), and the error keeps its own code.
 */
export function operationLimits<C extends BaseContext>(allowanceOf: (context: C) => Allowance): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // Without an operation to run (no name given among several), Apollo's execution says so.
          if (!operation) return;
          const { limits, service } = allowanceOf(contextValue);
          const measures = measureOperation(schema, document, operation, request.variables);
          for (const [measure, code, what] of OPERATION_RULES) {
            if (measures[measure] > limits[measure]) throw refusal(code, what, limits[measure], measures[measure], service);
          }
        },
      };
    },
  };
}

/** Refuses, before Apollo parses it, a query with more tokens than allowed: the parser's work grows with them. */
function checkTokens(query: unknown, { limits, service }: Allowance): void {
  if (typeof query !== 'string') return;
  const tokens = countTokens(query);
  if (tokens > limits.tokens) throw refusal('TOO_MANY_TOKENS', 'Tokens in the query', limits.tokens, tokens, service);
}

/** The operations of a request's body (a batch is an array) or of a GET's query string. */
export function operationsOf(method: string, body: unknown, query: unknown): unknown[] {
  return Array.isArray(body) ? body : [method === 'GET' ? query : body];
}

/** checkTokens for each operation of a request. */
export function checkOperationsTokens(operations: unknown[], allowance: Allowance): void {
  for (const operation of operations) checkTokens((operation as { query?: unknown } | undefined)?.query, allowance);
}
