import type { ApolloServerPlugin } from '@apollo/server';
import { graphError } from './errors';

/**
 * Refuses, with 400, a document whose operation to run cannot be told: several operations and no
 * `operationName`, or one that names none of them. The client's mistake: Apollo's gateway would
 * answer it 500 from its query planner; a subgraph, 400 in its own words. Every service answers alike.
 */
export function operationResolution(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `operationName "${request.operationName}" names no operation of the document`
            : 'the document has several operations: name the one to run in operationName';
          throw graphError('OPERATION_RESOLUTION_FAILURE', message, { http: { status: 400 } });
        },
      };
    },
  };
}
