import { neverSent } from '../services/core/connection-refused';

// An instance that refused a connection is asked last for this long; then it takes its turn again.
const PASS_OVER_MS = 1000;

/**
 * The instances of one service (a subgraph's behind the gateway, the gateways behind the balancer):
 * each request starts at the next one in turn, so the load spreads evenly; one that refused a
 * connection lately comes last, so that a stopped instance costs its callers almost nothing.
 */
export class Instances {
  private next = 0;
  private readonly refusedAt = new Map<string, number>();

  constructor(
    readonly urls: readonly string[],
    private readonly now: () => number = Date.now,
  ) {
    if (urls.length === 0) throw new Error('a service needs at least one instance');
  }

  /** The order in which one request tries the instances. */
  turn(): readonly string[] {
    if (this.urls.length === 1) return this.urls;
    const start = this.next;
    this.next = (start + 1) % this.urls.length;
    const inTurn = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    if (this.refusedAt.size === 0) return inTurn;
    const now = this.now();
    const refusedLately = (url: string) => now - (this.refusedAt.get(url) ?? -Infinity) < PASS_OVER_MS;
    return [...inTurn.filter((url) => !refusedLately(url)), ...inTurn.filter(refusedLately)];
  }

  refused(url: string): void {
    this.refusedAt.set(url, this.now());
  }

  answered(url: string): void {
    if (this.refusedAt.size) this.refusedAt.delete(url);
  }
}

/**
 * Sends one request to the instances in turn: to the next when `mayTryNext` says the failure left
 * the request safe to send again (a refused connection: it was never sent), and fails with the last
 * error when none answered.
 */
export async function sendToInstances<T>(instances: Instances, send: (url: string) => Promise<T>, mayTryNext: (error: unknown) => boolean): Promise<T> {
  let lastError: unknown;
  for (const url of instances.turn()) {
    try {
      const answer = await send(url);
      instances.answered(url);
      return answer;
    } catch (error) {
      if (neverSent(error)) instances.refused(url);
      if (!mayTryNext(error)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}
