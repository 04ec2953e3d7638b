import type { SubgraphName } from '../services/core/config';
import type { RequestContext } from '../services/core/request-context';

/** One fetch the gateway made from a subgraph, as the logs and metrics see it. */
export interface SubgraphFetch {
  subgraph: SubgraphName;
  durationMs: number;
  outcome: 'ok' | 'error' | 'timeout' | 'circuit-open';
  /** Whether this was the one retry after a connection error. */
  retry: boolean;
  requestId?: string;
}

export type SubgraphFetchObserver = (fetch: SubgraphFetch) => void;

export type CircuitState = 'closed' | 'open' | 'half-open';

/** A client's request at the gateway: its subgraph fetches are collected for its log line. */
export interface GatewayContext extends RequestContext {
  subgraphFetches: SubgraphFetch[];
  /** The generations the response cache read before the query ran (gateway/response-cache.ts), as text. */
  cacheGenerations?: string;
}
