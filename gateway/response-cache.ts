import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Counter } from 'prom-client';
import type { Viewer } from '../services/core/auth';
import type { Logger } from '../services/core/logger';
import type { ServiceMetrics } from '../services/core/metrics';
import { isCurrent, type Lookup, type ResponseStore } from './response-store';
import type { GatewayContext } from './subgraph-fetch';

/**
 * The caller's authorization scope: whatever a token lets its bearer see (a district's personal data,
 * a reviewer's queue) is kept for that bearer alone; callers without a token share the public answers.
 */
function scopeOf(viewer: Viewer | null): string {
  return viewer ? JSON.stringify([viewer.subject, viewer.role, viewer.district, viewer.cluster]) : 'public';
}

function keyOf(document: string, operationName: string | undefined, variables: Record<string, unknown> | undefined, viewer: Viewer | null): string {
  return createHash('sha256')
    .update(JSON.stringify([document, operationName ?? null, variables ?? {}, scopeOf(viewer)]))
    .digest('base64url');
}

/**
 * Answers a query the gateway answered before, while none of the subgraphs it read has committed a
 * write since (services/core/change-feed.ts), without asking them again. Only whole answers are kept:
 * one with an error (a subgraph down, a refusal) is asked afresh each time. Mutations pass through.
 */
export function responseCache(store: ResponseStore, metrics: ServiceMetrics, log: Logger): ApolloServerPlugin<GatewayContext> {
  const lookups = new Counter({
    name: 'graphql_response_cache_lookups_total',
    help: "Queries the gateway's response cache answered (hit) or passed to the subgraphs (miss)",
    labelNames: ['result'],
    registers: [metrics.registry],
  });
  return {
    async requestDidStart({ request, contextValue }) {
      let key: string | undefined;
      // Read before the query runs: a write committed while it runs makes its answer stale at once.
      let before: Omit<Lookup, 'answer'> | undefined;
      return {
        async responseForOperation({ operation, queryHash, source }) {
          if (operation.operation !== 'query') return null;
          key = keyOf(queryHash ?? source, request.operationName, request.variables, contextValue.viewer);
          try {
            const { answer, ...now } = await store.lookup(key);
            if (answer && isCurrent(answer, now.generations)) {
              lookups.inc({ result: 'hit' });
              key = undefined;
              return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: JSON.parse(answer.body) } };
            }
            before = now;
            // Fetches are shared only by requests that saw these generations (subgraph-data-source.ts).
            contextValue.cacheGenerations = JSON.stringify(now.generations);
          } catch (error) {
            // Without the cache (Redis away), the query is answered as if there were none.
            (contextValue.log ?? log).warn({ err: error }, 'the response cache could not be read');
            key = undefined;
          }
          lookups.inc({ result: 'miss' });
          return null;
        },
        async willSendResponse({ response, operation }) {
          // The subgraphs a mutation went to have told every gateway already; this covers one whose
          // GRAPH_URL does not lead here (no Redis), for the writes that pass through this gateway.
          if (operation?.operation === 'mutation') {
            const written = new Set(contextValue.subgraphFetches.map((fetch) => fetch.subgraph));
            await Promise.all([...written].map((subgraph) => store.changed(subgraph))).catch((error: unknown) => {
              (contextValue.log ?? log).error({ err: error }, 'the response cache could not record this write');
            });
            return;
          }
          if (!key || !before || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data || (response.http.status ?? 200) !== 200) return;
          if (contextValue.subgraphFetches.some((fetch) => fetch.outcome !== 'ok')) return;
          const read = [...new Set(contextValue.subgraphFetches.map((fetch) => fetch.subgraph))];
          // Read from a replica that may not have the write yet, the answer could be older than its generation.
          if (read.some((subgraph) => before!.settling.has(subgraph))) return;
          const generations = Object.fromEntries(read.map((subgraph) => [subgraph, before!.generations[subgraph]]));
          // Not awaited: the caller has its answer; a save that fails only costs the next caller a miss.
          store.save(key, { generations, body: JSON.stringify({ data }) }).catch((error: unknown) => {
            (contextValue.log ?? log).warn({ err: error }, 'the response cache could not keep an answer');
          });
        },
      };
    },
  };
}
