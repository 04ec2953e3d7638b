import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER, type RequestContext } from '../services/core/http';

/** Passes the caller's credentials and the request id on to every subgraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestContext>): void {
    // The gateway's own requests (health checks, introspection at start) have no client context.
    if (!('requestId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}
