import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource, Logger } from 'typeorm';
import type { CitySettings, Config, SubgraphName } from './config';
import { AuditEntry, CreateAuditLog1732500000000 } from './audit';
import { deadlinePlugin, type DeadlineContext } from './deadline';
import { idempotencyPlugin, type IdempotencyContext } from './idempotency';
import { CreateIdempotencyKey1732900000050, IdempotencyKey } from './idempotency-key';
import { CreateWriteLock1732700000000, WriteLock } from './locks';
import { graphLink, NO_GRAPH, type GraphLink } from './graph-query';
import { tokenVerifier } from './auth';
import { isReplicated, openDataSource, replicaHealth } from './data-source';
import { readRouting, readYourWritesPlugin } from './read-your-writes';
import { buildFederatedSchema, type FederatedSchemaOptions } from './federated-schema';
import { serveGraphQL, type Readiness, type RunningService } from './http';
import type { RequestContext } from './request-context';
import { createLogger, type Logger as ServiceLogger } from './logger';
import { subgraphGuard } from './limits/subgraph-guard';
import { changePublisher, publishChanges } from './change-feed';
import { connectedRedis } from './redis';

export interface SubgraphContext<L> extends RequestContext, IdempotencyContext, DeadlineContext {
  /** What the request reads: a replica, or the primary for a mutation and a caller who just wrote (read-your-writes.ts). */
  db: DataSource;
  /** The city the deployment serves (CITY_NAME, CITY_ISSUING_AUTHORITY), read once at start. */
  city: CitySettings;
  /** Created afresh for every request, so batching and caching never span two requests. */
  loaders: L;
  renewLoaders(): void;
  /** Where ids of other levels that the local copy lacks are verified. */
  graph: GraphLink;
}

/** Everything that makes one level's subgraph; core turns it into a running service. */
export interface SubgraphDefinition<L = unknown> {
  name: SubgraphName;
  /** Entity classes, parents before children. */
  entities: Function[];
  /** The entities among them whose rows migrations load (reference data): a demo seed never writes or deletes them. */
  referenceData?: Function[];
  /** Migration classes in order; the same migrations build MySQL and the embedded database. */
  migrations: Function[];
  schema: FederatedSchemaOptions;
  createLoaders(db: DataSource): L;
}

/** Every subgraph's database also holds its audit log. */
export function openSubgraphDatabase(definition: SubgraphDefinition, dbUrl: string, logger?: Logger, readUrls: string[] = []): Promise<DataSource> {
  return openDataSource(
    dbUrl,
    {
      entities: [...definition.entities, AuditEntry, WriteLock, IdempotencyKey],
      migrations: [...definition.migrations, CreateAuditLog1732500000000, CreateWriteLock1732700000000, CreateIdempotencyKey1732900000050],
      logger,
    },
    readUrls,
  );
}

/** A request's context: the caller's identity and request id, the database, and fresh loaders. */
export function subgraphContext<L>(
  definition: SubgraphDefinition<L>,
  db: DataSource,
  city: CitySettings,
  base: RequestContext,
  graph: GraphLink = NO_GRAPH,
): SubgraphContext<L> {
  return {
    ...base,
    db,
    city,
    graph,
    loaders: definition.createLoaders(db),
    // After a write commits, cached rows may be stale: a later field or mutation of the request loads
    // afresh, from the request's `db` (a mutation's is the primary). A method on `this`: Apollo Server
    // hands resolvers a shallow copy of the context.
    renewLoaders(this: SubgraphContext<L>) {
      this.loaders = definition.createLoaders(this.db);
    },
  };
}

/**
 * Subgraphs are explored through the gateway's playground (Apollo's default page needs a CDN),
 * and traces are for Apollo's hosted service, which a city's deployment does not use. A write rolls
 * back once its caller stopped waiting, and a mutation with an Idempotency-Key is applied once.
 */
export function subgraphPlugins<C extends SubgraphContext<unknown>>(): ApolloServerPlugin<C>[] {
  return [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), deadlinePlugin(), idempotencyPlugin()];
}

/**
 * A subgraph can answer while its database does: a pool whose server went away fails `SELECT 1`.
 * With replicas, while one of them does too (reads skip one that fails); each is reported.
 */
async function databaseReadiness(db: DataSource): Promise<Readiness> {
  try {
    await db.query('SELECT 1');
  } catch (error) {
    return { ready: false, database: 'down', error: (error as Error).message };
  }
  if (!isReplicated(db)) return { ready: true, database: 'up' };
  const replicas = await replicaHealth(db);
  return { ready: replicas.includes('up'), database: 'up', replicas };
}

export interface StartOptions {
  /** Overrides the configured port (0: any free port). */
  port?: number;
  /** Overrides the configured database URL. */
  dbUrl?: string;
  /** Sees every SQL statement the subgraph runs (tests count them per request). */
  logger?: Logger;
  /** The service's JSON log lines (tests read them); to stdout at LOG_LEVEL unless given. */
  log?: ServiceLogger;
}

/**
 * Opens the subgraph's database (migrating it) and serves its schema. Serving code never writes demo
 * data: `npm start` and `npm run seed` load it beforehand (demo/seeding.ts).
 */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  config: Config,
  options: StartOptions = {},
): Promise<RunningService> {
  const own = config.subgraphs[definition.name];
  const dbUrl = options.dbUrl ?? own.dbUrl;
  const log = options.log ?? createLogger(definition.name, config.logLevel);
  const db = await openSubgraphDatabase(definition, dbUrl, options.logger, own.readDbUrls);
  const redis = config.redis && (await connectedRedis(config.redis).catch(async (error: Error) => {
    await db.destroy();
    throw error;
  }));
  const close = async () => {
    await db.destroy();
    await redis?.quit();
  };
  try {
    const routing = readRouting(definition.name, db, config.readYourWritesMs, redis, log);
    const schema = await buildFederatedSchema(definition.schema);
    const guard = subgraphGuard(definition.name, config);
    return await serveGraphQL<SubgraphContext<L>>({
      name: definition.name,
      env: config.env,
      port: options.port ?? own.port,
      schema,
      // The gateway's limits, for direct callers and (larger) for the gateway's own fetches.
      ...guard,
      plugins: [
        ...subgraphPlugins<SubgraphContext<L>>(),
        ...guard.plugins,
        readYourWritesPlugin<SubgraphContext<L>>(routing),
        publishChanges(definition.name, changePublisher(config, redis), log) as ApolloServerPlugin<SubgraphContext<L>>,
      ],
      verifyToken: tokenVerifier(config.auth),
      log,
      context: async (base) => subgraphContext(definition, await routing.startFor(base.viewer), config.city, base, graphLink(config)),
      ready: () => databaseReadiness(db),
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      errorStacktraces: config.errorStacktraces,
      onStop: close,
    });
  } catch (error) {
    await close();
    throw error;
  }
}
