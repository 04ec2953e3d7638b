import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier, Viewer } from './auth';
import type { RuntimeEnv } from './config';

/** What every request carries from the client through the gateway to each subgraph. */
export interface RequestContext extends BaseContext {
  requestId: string;
  authorization?: string;
  /** Who the verified token says is calling; null without a token. */
  viewer: Viewer | null;
}

export const REQUEST_ID_HEADER = 'x-request-id';

function requestContextOf(req: Request): Omit<RequestContext, 'viewer'> {
  const given = req.get(REQUEST_ID_HEADER);
  return {
    // A client's id is kept so that one request can be followed across services; a bad one is replaced.
    requestId: given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID(),
    authorization: req.get('authorization'),
  };
}

export interface GraphQLServiceOptions<C extends RequestContext> {
  name: string;
  env: RuntimeEnv;
  port: number;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  plugins?: ApolloServerPlugin<C>[];
  /** Every service verifies the caller's token itself: a subgraph may be reached without the gateway. */
  verifyToken: TokenVerifier;
  context: (base: RequestContext) => Promise<C> | C;
  /** The largest request body accepted (express's notation, e.g. 1mb); 1 MB unless told. */
  bodyLimit?: string;
  /** Routes served before GraphQL (assets, health). */
  routes?: (app: express.Express) => void;
  onStop?: () => Promise<void>;
}

export interface RunningService {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Serves an Apollo Server (a subgraph's or the gateway's) over HTTP at `/` and `/graphql`. */
export async function serveGraphQL<C extends RequestContext>(options: GraphQLServiceOptions<C>): Promise<RunningService> {
  const app = express();
  const httpServer = http.createServer(app);
  const server = new ApolloServer<C>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    includeStacktraceInErrorResponses: options.env === 'development',
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(options.plugins ?? [])],
  });
  await server.start();

  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  options.routes?.(app);
  app.all(
    ['/', '/graphql'],
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    (req, res, next) => {
      res.locals.requestContext = requestContextOf(req);
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestContext.requestId);
      next();
    },
    expressMiddleware(server, {
      context: async ({ res }) => {
        const base = res.locals.requestContext as Omit<RequestContext, 'viewer'>;
        return options.context({ ...base, viewer: await options.verifyToken(base.authorization) });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    name: options.name,
    port,
    url: `http://localhost:${port}/graphql`,
    async stop() {
      await server.stop();
      await options.onStop?.();
    },
  };
}
