import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Viewer } from './auth';
import type { SubgraphName } from './config';
import { isReplicated, primaryReads } from './data-source';
import type { Logger } from './logger';

/**
 * Where a subgraph that reads replicas sends a request's reads. A replica applies the primary's
 * writes a moment later, so a request reads the primary when it must see a write:
 * - a mutation, from its start: its checks, its transaction, the answer it gives after writing;
 * - any request of a caller whose mutation this subgraph answered within READ_YOUR_WRITES_MS:
 *   their next query, and the gateway's fetches that complete their mutation's answer.
 * Every other request reads a replica. Without replicas, all of it is the one database.
 */
export interface ReadRouting {
  /** The database to read, the primary's reads for a subgraph without replicas. */
  primary: DataSource;
  /** Where a request of this caller starts reading. */
  startFor(viewer: Viewer | null): Promise<DataSource>;
  /** Notes that the caller wrote just now. */
  wrote(viewer: Viewer): Promise<void>;
}

/**
 * A caller is the verified token's subject: only callers with a token write. With Redis, every
 * instance of the subgraph knows who wrote through any of them; without it, an instance knows only
 * the writes it answered, so several instances behind a balancer need REDIS_URL to keep the promise.
 */
export function readRouting(
  subgraph: SubgraphName,
  db: DataSource,
  windowMs: number,
  redis: Redis | null,
  log: Logger,
): ReadRouting {
  if (!isReplicated(db)) return { primary: db, startFor: async () => db, wrote: async () => undefined };
  const primary = primaryReads(db);
  // Insertion order is expiry order (a writer is moved to the end), so expired writers are swept from the front.
  const writers = new Map<string, number>();
  const key = (viewer: Viewer) => `recent-writer:${subgraph}:${createHash('sha256').update(viewer.subject).digest('hex')}`;
  return {
    primary,
    async startFor(viewer) {
      if (!viewer) return db;
      if ((writers.get(viewer.subject) ?? 0) > Date.now()) return primary;
      if (!redis) return db;
      try {
        return (await redis.exists(key(viewer))) ? primary : db;
      } catch {
        // Whether the caller wrote is unknown: the primary answers right either way.
        return primary;
      }
    },
    async wrote(viewer) {
      const now = Date.now();
      writers.delete(viewer.subject);
      writers.set(viewer.subject, now + windowMs);
      for (const [subject, until] of writers) {
        if (until > now) break;
        writers.delete(subject);
      }
      try {
        await redis?.set(key(viewer), '1', 'PX', windowMs);
      } catch (error) {
        log.warn({ err: error }, 'the other instances were not told of a write: the writer may not see it there for a moment');
      }
    },
  };
}

interface RoutedContext {
  db: DataSource;
  viewer: Viewer | null;
  renewLoaders(): void;
}

/** A mutation reads the primary from its start, and its caller's next requests do for a while. */
export function readYourWritesPlugin<C extends RoutedContext>(routing: ReadRouting): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.db === routing.primary) return;
          contextValue.db = routing.primary;
          contextValue.renewLoaders();
        },
        // Before the answer leaves, so that the caller's next request finds the note at any instance.
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && contextValue.viewer) await routing.wrote(contextValue.viewer);
        },
      };
    },
  };
}
