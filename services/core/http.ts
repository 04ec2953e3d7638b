import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { TokenVerifier } from './auth';
import type { RuntimeEnv } from './config';
import { GATEWAY_CREDENTIAL_HEADER } from './gateway-credential';
import { graphError } from './errors';
import { errorScope, formatErrorFor } from './error-policy';
import { closeBy, closeReserveMs, DEFAULT_SHUTDOWN_GRACE_MS } from './shutdown';
import { operationResolution } from './operation-resolution';
import type { Logger } from './logger';
import { serviceMetrics, type ServiceMetrics } from './metrics';
import { refusalObserver, requestObserver } from './request-observer';
import type { RequestContext } from './request-context';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The request's id is made by our services: a subgraph takes the gateway's (it came with the gateway's
 * credential), and anything else gets a fresh one, so the audit log's request ids are never a client's
 * words. A client's own id is only logged beside it (`clientRequestId`), to match its records with ours.
 */
function requestContextOf(req: Request, log: Logger, fromGateway: boolean, receivedAt: number): Omit<RequestContext, 'viewer'> {
  const given = req.get(REQUEST_ID_HEADER);
  const requestId = fromGateway && given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  const clientRequestId = !fromGateway && given ? given.slice(0, 128) : undefined;
  return { requestId, fromGateway, receivedAt, authorization: req.get('authorization'), log: log.child({ requestId, ...(clientRequestId && { clientRequestId }) }) };
}

/** What `/health/ready` answers: 200 when `ready`, 503 otherwise, with the details as JSON. */
export interface Readiness {
  ready: boolean;
  [detail: string]: unknown;
}

function bodyTooLarge(error: unknown): GraphQLError | undefined {
  // body-parser's error: `length` is the declared size, `received` what came before it stopped reading.
  const refused = error as { type?: string; limit?: number; length?: number; received?: number } | undefined;
  if (refused?.type !== 'entity.too.large') return undefined;
  const actual = refused.length ?? refused.received;
  return graphError('BODY_TOO_LARGE', `The request body has ${actual} bytes, where this service accepts at most ${refused.limit}`, {
    limit: refused.limit,
    actual,
    http: { status: 413 },
  });
}

/** What is refused before Apollo (a body over the limit, a request `checkRequest` refuses), as a GraphQL error. */
function refusalOf(error: unknown): GraphQLError | undefined {
  return error instanceof GraphQLError ? error : bodyTooLarge(error);
}

/**
 * Answers what is refused before Apollo as GraphQL does, JSON with `extensions.code`, where express
 * would answer an HTML page.
 */
function answerAsGraphQL(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const refused = refusalOf(error);
  if (!refused) return next(error);
  const { http: head, ...extensions } = refused.extensions as { http?: { status?: number } };
  res.status(head?.status ?? 400).json({ errors: [{ message: refused.message, extensions }] });
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
  /** The largest request body accepted (bytes, or express's notation, e.g. 1mb); 1 MB unless told. */
  bodyLimit?: string | number;
  /** Verifies the gateway's credential header (a subgraph's); without it no request is the gateway's. */
  verifyGateway?: (credential: string | undefined) => Promise<boolean>;
  /** The largest body of a request with the gateway's credential; `bodyLimit` unless given. */
  gatewayBodyLimit?: string | number;
  /** Run in order on each GraphQL request once its body is read, before Apollo; a GraphQLError one throws is the answer. */
  checkRequest?: RequestHandler | RequestHandler[];
  /** Apollo's automatic persisted queries (a client registers a document by its hash); on unless false. */
  automaticPersistedQueries?: boolean;
  /** Several operations in one HTTP request, as a JSON array (Apollo refuses them unless told). */
  allowBatchedHttpRequests?: boolean;
  /** Apollo's default unless told: on outside NODE_ENV=production. */
  introspection?: boolean;
  /** ERROR_STACKTRACES: the stack of an unexpected error in its answer, for debugging; never for a coded error. */
  errorStacktraces?: boolean;
  /** Routes served before GraphQL (assets, health). */
  routes?: (app: express.Express) => void;
  /** Whether the service can answer queries now; ready whenever it runs unless given. */
  ready?: () => Promise<Readiness>;
  /** How long `stop` may take, in ms: requests in flight get most of it, closing the pool (onStop) the rest. */
  shutdownTimeoutMs?: number;
  onStop?: () => Promise<void>;
  /** The service's JSON logger; each request logs through a child of it that adds the request id. */
  log: Logger;
  /** The registry `/metrics` serves; a fresh one with the request series unless given (the gateway adds its own series). */
  metrics?: ServiceMetrics;
  /** More fields for each request's log line (the gateway: its subgraph fetches). */
  logDetails?: (context: RequestContext) => Record<string, unknown>;
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
  const metrics = options.metrics ?? serviceMetrics(options.name);
  const grace = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  const server = new ApolloServer<C>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    includeStacktraceInErrorResponses: options.errorStacktraces ?? false,
    formatError: formatErrorFor(options.errorStacktraces ?? false, options.log),
    // "Did you mean …?" would spell out the schema to whoever guesses at it.
    hideSchemaDetailsFromClientErrors: options.env !== 'development',
    introspection: options.introspection,
    allowBatchedHttpRequests: options.allowBatchedHttpRequests,
    ...(options.automaticPersistedQueries === false && { persistedQueries: false as const }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: grace - closeReserveMs(grace) }),
      // Nothing leaves the deployment: no usage or schema reports to Apollo, whatever APOLLO_KEY says.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // No field carries a cache hint, and Apollo's cache-control plugin would still visit every field.
      ApolloServerPluginCacheControlDisabled(),
      // Before the others: their hooks may assume an operation.
      operationResolution(),
      ...(options.plugins ?? []),
      // Last: the request's line reads the answer as the plugins before it left it (willSendResponse runs in this order).
      requestObserver({ log: options.log, metrics, details: options.logDetails }),
    ],
    // runService owns the signals: Apollo's own handler would re-raise SIGTERM and exit non-zero.
    stopOnTerminationSignals: false,
  });
  await server.start();

  app.disable('x-powered-by');
  // Express would hash every answer for an ETag: GraphQL answers are POSTed, never revalidated.
  app.disable('etag');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/health/ready', async (_req, res) => {
    let readiness: Readiness = { ready: true };
    try {
      if (options.ready) readiness = await options.ready();
    } catch (error) {
      readiness = { ready: false, error: (error as Error).message };
    }
    res.status(readiness.ready ? 200 : 503).json({ service: options.name, ...readiness });
  });
  // For Prometheus to scrape from inside the deployment; like the health routes, not for the public.
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  options.routes?.(app);
  const directBody = express.json({ limit: options.bodyLimit ?? '1mb' });
  const gatewayBody = express.json({ limit: options.gatewayBodyLimit ?? options.bodyLimit ?? '1mb' });
  app.all(
    ['/', '/graphql'],
    // Before the body is read: a body refused for its size still gets its request id and its log line.
    async (req: Request, res: Response, next: NextFunction) => {
      res.locals.receivedAt = performance.now();
      const receivedAt = Date.now();
      // A header, so known before the body is read: the body's limit depends on who sends it.
      const fromGateway = (await options.verifyGateway?.(req.get(GATEWAY_CREDENTIAL_HEADER))) ?? false;
      res.locals.requestContext = requestContextOf(req, options.log, fromGateway, receivedAt);
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestContext.requestId);
      next();
    },
    (req: Request, res: Response, next: NextFunction) => (res.locals.requestContext.fromGateway ? gatewayBody : directBody)(req, res, next),
    options.checkRequest ?? ([] as RequestHandler[]),
    // Apollo formats errors without the request: the error policy finds its id here.
    (_req: Request, res: Response, next: NextFunction) => errorScope.run(res.locals.requestContext, next),
    expressMiddleware(server, {
      context: async ({ res }) => {
        const base = res.locals.requestContext as Omit<RequestContext, 'viewer'>;
        return options.context({ ...base, viewer: await options.verifyToken(base.authorization) });
      },
    }),
  );
  app.use(refusalObserver(metrics, refusalOf));
  app.use(answerAsGraphQL);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  // Stopped once: a second stop (a test that stops a subgraph, then the whole stack) waits for the first.
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    const deadline = performance.now() + grace;
    await server.stop();
    if (options.onStop) await closeBy(options.onStop, deadline, grace, options.log);
  };
  return {
    name: options.name,
    port,
    url: `http://localhost:${port}/graphql`,
    stop: () => (stopped ??= stop()),
  };
}
