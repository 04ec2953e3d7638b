import fs from 'node:fs';
import path from 'node:path';
// Before any ApolloGateway is constructed: it reads the setting then.
import './telemetry';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { gatewaySecretOf, SUBGRAPH_NAMES, type Config, type SubgraphName } from '../services/core/config';
import { tokenVerifier } from '../services/core/auth';
import { gatewayCredentials } from '../services/core/gateway-credential';
import { serveGraphQL, type RunningService } from '../services/core/http';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { playgroundLandingPage, servePlaygroundAssets } from './playground';
import { operationLimits, requestLimits } from './limits';
import { SubgraphDataSource } from './subgraph-data-source';
import { Instances } from './instances';
import { gatewayReadiness } from './readiness';
import { supergraphFile, type SupergraphFile } from './supergraph-file';
import { circuitStatesOf, subgraphCircuits } from './circuit-breaker';
import type { CircuitState, GatewayContext, SubgraphFetchObserver } from './subgraph-fetch';
import { createLogger, type Logger } from '../services/core/logger';
import { serviceMetrics } from '../services/core/metrics';
import { observeSubgraphs } from './subgraph-observer';
import { valueCompletionErrors } from './value-completion';
import { corsOrigins } from './cors';
import { serveDashboard } from './dashboard';
import { serveDevelopmentSignIn } from './development-sign-in';
import { persistedDocumentsCheck, persistedDocumentsFile } from './persisted-documents';
import { connectedRedis } from '../services/core/redis';
import { memoryStore, redisStore, type ResponseStore } from './response-store';
import { responseCache } from './response-cache';
import { serveCacheChanges } from './cache-changes';

export const INTROSPECT = 'introspect';

function supergraphSource(config: Config, log: Logger): { file?: SupergraphFile; supergraphSdl: SupergraphFile['hook'] | IntrospectAndCompose } {
  // Every instance serves the same schema: the first one's will do.
  const subgraphs = SUBGRAPH_NAMES.map((name) => ({ name, url: config.subgraphs[name].urls[0] }));
  if (config.gateway.supergraph === INTROSPECT) return { supergraphSdl: new IntrospectAndCompose({ subgraphs }) };
  const location = path.resolve(config.gateway.supergraph);
  if (!fs.existsSync(location)) {
    throw new Error(`no supergraph at ${location}: run \`npm run schema\`, or set GATEWAY_SUPERGRAPH=${INTROSPECT}`);
  }
  const file = supergraphFile(location, log);
  return { file, supergraphSdl: file.hook };
}

/** The response cache's store: shared in Redis with REDIS_URL, in this process otherwise; null when RESPONSE_CACHE=false. */
async function responseStore(config: Config): Promise<ResponseStore | null> {
  const settings = config.gateway.responseCache;
  if (!settings) return null;
  return config.redis ? redisStore(await connectedRedis(config.redis), settings, config.readYourWritesMs) : memoryStore(settings, config.readYourWritesMs);
}

export interface GatewayOptions {
  port?: number;
  /** Sees every fetch from a subgraph (logs and metrics). */
  observer?: SubgraphFetchObserver;
  /** The gateway's JSON log lines (tests read them); to stdout at LOG_LEVEL unless given. */
  log?: Logger;
}

export interface GatewayService extends RunningService {
  /** Each subgraph's circuit, for readiness and metrics. */
  circuitStates(): Record<SubgraphName, CircuitState>;
  /** Reads the supergraph file again (SIGHUP); answers whether the gateway serves it now. */
  reload(reason: string): boolean;
}

/**
 * Starts the gateway. Subgraphs are reached at the configured URLs, whatever URL the supergraph
 * file recorded when it was composed: the file is the same in every deployment.
 */
export async function startGateway(config: Config, options: GatewayOptions = {}): Promise<GatewayService> {
  const circuits = subgraphCircuits(config.gateway.circuit);
  // One credential for every subgraph, minted again before it expires.
  const credential = gatewayCredentials(gatewaySecretOf(config));
  const circuitStates = () => circuitStatesOf(circuits);
  const log = options.log ?? createLogger('gateway', config.logLevel);
  const metrics = serviceMetrics('gateway');
  const subgraphs = observeSubgraphs(log, metrics, circuitStates);
  const { file, supergraphSdl } = supergraphSource(config, log);
  const persisted = persistedDocumentsFile(config.gateway.persisted, log);
  const store = await responseStore(config);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const subgraph = name as SubgraphName;
      return new SubgraphDataSource({
        name: subgraph,
        instances: new Instances(config.subgraphs[subgraph]?.urls ?? [url!]),
        timeoutMs: config.gateway.timeouts[subgraph],
        breaker: circuits[subgraph],
        credential,
        observer: (fetch) => {
          subgraphs.observer(fetch);
          options.observer?.(fetch);
        },
      });
    },
  });
  const service = await serveGraphQL({
    name: 'gateway',
    env: config.env,
    port: options.port ?? config.gateway.port,
    gateway,
    // Without the playground, no page at all: Apollo's own would load from a CDN.
    plugins: [
      config.gateway.playground ? playgroundLandingPage() : ApolloServerPluginLandingPageDisabled(),
      operationLimits(config.gateway.limits),
      valueCompletionErrors(),
      ...(store ? [responseCache(store, metrics, log)] : []),
    ],
    routes: (app) => {
      // First: a preflight is answered before any route would refuse its OPTIONS.
      app.use(corsOrigins(config.gateway.corsOrigins));
      serveCacheChanges(app, gatewaySecretOf(config), store);
      if (config.env !== 'production' && config.auth.secret) serveDevelopmentSignIn(app, config.auth);
      if (config.gateway.playground) servePlaygroundAssets(app);
      if (config.gateway.dashboardDir) app.use(serveDashboard(config.gateway.dashboardDir, log));
    },
    introspection: config.gateway.introspection,
    bodyLimit: config.gateway.limits.bodyBytes,
    allowBatchedHttpRequests: true,
    // The approved document in place of the sent text first: the limits then count what will run.
    checkRequest: [persistedDocumentsCheck(persisted, config.gateway.persisted.only), requestLimits(config.gateway.limits)],
    // With PERSISTED_ONLY, no client may register a document of its own by its hash.
    automaticPersistedQueries: !config.gateway.persisted.only,
    // A bad or expired token is refused here, before any subgraph is asked; a good one is forwarded.
    verifyToken: tokenVerifier(config.auth),
    context: (base): GatewayContext => ({ ...base, subgraphFetches: [] }),
    log,
    metrics,
    logDetails: subgraphs.details,
    ready: gatewayReadiness(gateway, config, circuitStates),
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    errorStacktraces: config.errorStacktraces,
    onStop: async () => store?.close(),
  });
  // Composed from the live subgraphs, the gateway has no file to read again.
  return { ...service, circuitStates, reload: (reason) => file?.reload(reason) ?? false };
}
