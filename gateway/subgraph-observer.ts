import { Gauge, Histogram } from 'prom-client';
import { SUBGRAPH_NAMES, type SubgraphName } from '../services/core/config';
import type { RequestContext } from '../services/core/request-context';
import type { Logger } from '../services/core/logger';
import type { ServiceMetrics } from '../services/core/metrics';
import type { CircuitState, GatewayContext, SubgraphFetchObserver } from './subgraph-fetch';

/** The gauge's values: the higher, the less the subgraph is asked. */
const CIRCUIT_VALUES: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

export interface SubgraphObservation {
  /** For each subgraph's data source. */
  observer: SubgraphFetchObserver;
  /** A request's fetches, for its log line: each subgraph asked, how long it took and how it ended. */
  details(context: RequestContext): Record<string, unknown>;
}

/**
 * What the gateway sees of its subgraphs: fetch durations and circuit states on `/metrics`, a warning
 * line for each fetch that failed, and the fetches of each request in that request's line.
 */
export function observeSubgraphs(
  log: Logger,
  metrics: ServiceMetrics,
  circuitStates: () => Record<SubgraphName, CircuitState>,
): SubgraphObservation {
  const durations = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Fetches from each subgraph, by outcome (ok, error, timeout, circuit-open)',
    labelNames: ['subgraph', 'outcome'],
    registers: [metrics.registry],
  });
  new Gauge({
    name: 'gateway_circuit_state',
    help: 'The circuit to each subgraph: 0 closed, 1 half-open, 2 open',
    labelNames: ['subgraph'],
    registers: [metrics.registry],
    // Read when scraped: half-open comes with the clock, not with a fetch.
    collect() {
      const states = circuitStates();
      for (const subgraph of SUBGRAPH_NAMES) this.set({ subgraph }, CIRCUIT_VALUES[states[subgraph]]);
    },
  });
  return {
    observer(fetch) {
      durations.observe({ subgraph: fetch.subgraph, outcome: fetch.outcome }, fetch.durationMs / 1000);
      // A circuit-open fetch costs nothing and is in the request's line; a line each would flood an outage.
      if (fetch.outcome === 'error' || fetch.outcome === 'timeout') log.warn(fetch, 'subgraph fetch failed');
    },
    // The data sources collect each request's fetches on its context (GatewayContext).
    details(context) {
      const fetches = (context as Partial<GatewayContext>).subgraphFetches ?? [];
      if (!fetches.length) return {};
      return { subgraphs: fetches.map(({ requestId: _id, ...fetch }) => ({ ...fetch, durationMs: Math.round(fetch.durationMs * 10) / 10 })) };
    },
  };
}
