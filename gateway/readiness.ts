import type { ApolloGateway } from '@apollo/gateway';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from '../services/core/config';
import type { Readiness } from '../services/core/http';
import type { CircuitState } from './subgraph-fetch';

// A probe must answer within a load balancer's own timeout (Kubernetes: 1 s), even when a subgraph hangs.
const PROBE_TIMEOUT_MS = 800;

/** What `/health/ready` says of one subgraph: whether a probe reached an instance, how many, and its circuit's state. */
export interface SubgraphState {
  reachable: boolean;
  instances: { reachable: number; of: number };
  circuit: CircuitState;
  error?: string;
}

async function probe(url: string): Promise<Pick<SubgraphState, 'reachable' | 'error'>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.ok ? { reachable: true } : { reachable: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { reachable: false, error: (error as Error).message };
  }
}

/** A subgraph is reachable when one of its instances is: the gateway sends its fetches to those. */
async function probeInstances(urls: readonly string[]): Promise<Omit<SubgraphState, 'circuit'>> {
  const probes = await Promise.all(urls.map(probe));
  const reachable = probes.filter((one) => one.reachable).length;
  const error = reachable ? undefined : probes[0].error;
  return { reachable: reachable > 0, instances: { reachable, of: urls.length }, ...(error && { error }) };
}

/**
 * The gateway is ready once it has a supergraph: a subgraph that is down costs only the fields it
 * serves, so its state is reported, not made a condition (taking the gateway out of a load balancer
 * for it would cost every field).
 */
export function gatewayReadiness(
  gateway: ApolloGateway,
  config: Config,
  circuitStates: () => Record<SubgraphName, CircuitState>,
): () => Promise<Readiness> {
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  return async () => {
    const circuits = circuitStates();
    const states = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => [name, { ...(await probeInstances(config.subgraphs[name].urls)), circuit: circuits[name] }] as const),
    );
    return {
      ready: loaded,
      supergraph: loaded ? 'loaded' : 'none',
      subgraphs: Object.fromEntries(states) as Record<SubgraphName, SubgraphState>,
    };
  };
}
