import { SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from '../services/core/config';
import type { CircuitState } from './subgraph-fetch';

/** A fetch the breaker let through; a trial is the one fetch a half-open circuit allows. */
export interface Permit {
  trial: boolean;
}

/**
 * Fails fast while a subgraph is down, so that a dead subgraph costs its callers nothing instead of a
 * connection attempt or a timeout each: closed → open after `failures` failures in a row → half-open
 * once `resetMs` have passed, when one trial fetch goes through → closed again when it succeeds.
 */
export class CircuitBreaker {
  private failuresInARow = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly options: GatewayConfig['circuit'],
    private readonly now: () => number = Date.now,
  ) {}

  /** Half-open is read from the clock, so health and metrics see it even when no request comes. */
  get state(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.resetMs ? 'half-open' : 'open';
  }

  /** A permit to fetch, or undefined when the caller must fail fast. */
  acquire(): Permit | undefined {
    const state = this.state;
    if (state === 'closed') return { trial: false };
    if (state === 'open' || this.trialInFlight) return undefined;
    this.trialInFlight = true;
    return { trial: true };
  }

  /** Any answer shows the subgraph is back: the circuit closes, whichever fetch brought it. */
  succeeded(): void {
    this.failuresInARow = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  failed(permit: Permit): void {
    this.failuresInARow += 1;
    if (permit.trial) {
      this.trialInFlight = false;
      this.openedAt = this.now();
    } else if (this.openedAt === undefined && this.failuresInARow >= this.options.failures) {
      // Late failures of fetches sent before the circuit opened do not push the trial further away.
      this.openedAt = this.now();
    }
  }
}

export type SubgraphCircuits = Record<SubgraphName, CircuitBreaker>;

/** One breaker per subgraph: a failing subgraph never fails fast the fetches of another. */
export function subgraphCircuits(options: GatewayConfig['circuit']): SubgraphCircuits {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, new CircuitBreaker(options)])) as SubgraphCircuits;
}

export function circuitStatesOf(circuits: SubgraphCircuits): Record<SubgraphName, CircuitState> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, circuits[name].state])) as Record<SubgraphName, CircuitState>;
}
