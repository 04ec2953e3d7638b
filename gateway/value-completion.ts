import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { internalError } from '../services/core/error-policy';
import type { RequestContext } from '../services/core/request-context';

/**
 * The gateway files a field that broke its type after the subgraphs answered (a non-null field
 * left null) under `extensions.valueCompletion`, where clients do not look, and counts the request
 * a success. This moves each into `errors` at its path, as every unexpected error is answered
 * (INTERNAL_SERVER_ERROR, "Internal error; request <id>": the graph broke its own schema's promise),
 * and logs the original; the request's log line, written after it, is then an error line too.
 */
export function valueCompletionErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const completion = result.extensions?.valueCompletion as GraphQLFormattedError[] | undefined;
          if (!completion?.length) return;
          const { requestId, log } = contextValue;
          const moved = completion.map((error): GraphQLFormattedError => {
            log?.error({ err: { message: error.message }, path: error.path }, 'unexpected error');
            return internalError(requestId, error.path, { valueCompletion: true });
          });
          result.errors = [...(result.errors ?? []), ...moved];
          const { valueCompletion: _moved, ...rest } = result.extensions!;
          result.extensions = Object.keys(rest).length ? rest : undefined;
        },
      };
    },
  };
}
