interface SharedFetch<T> {
  answer: Promise<T>;
  /** Aborts the fetch once nobody waits for it. */
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/**
 * Identical subgraph queries in flight at the same time share one fetch: many clients asking for the
 * same ranking at once cost each subgraph one request, not one each. The answer shared must be
 * immutable (a subgraph's answer as text): each caller makes its own Response of it and parses
 * that, since the gateway merges what it parsed into that caller's result. A caller stops waiting at
 * its own deadline and leaves the others waiting; the fetch itself is aborted only when no caller
 * waits for it any more. Once answered, a fetch is forgotten: this merges, it does not cache.
 * A fetch sent before a write committed may answer without it: the response cache keeps such an
 * answer only under the generations it saw, which are part of the key (subgraph-data-source.ts).
 */
export class InFlightFetches<T> {
  private readonly inFlight = new Map<string, SharedFetch<T>>();

  /**
   * The answer to `send` for one caller: the fetch of the same `key` already in flight, or a new one.
   * The key must hold everything the answer depends on (the URL, the body, the caller's authorization).
   */
  async fetch(key: string, send: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const shared = this.inFlight.get(key) ?? this.start(key, send);
    shared.waiting += 1;
    try {
      return await untilAborted(shared.answer, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // Each caller its own error, as with a fetch of its own: the gateway may decorate it.
      throw new Error((error as Error).message, { cause: error });
    } finally {
      shared.waiting -= 1;
      if (shared.waiting === 0 && !shared.settled) {
        this.forget(key, shared);
        shared.controller.abort(signal?.reason);
      }
    }
  }

  private start(key: string, send: (signal: AbortSignal) => Promise<T>): SharedFetch<T> {
    const controller = new AbortController();
    const shared: SharedFetch<T> = { answer: send(controller.signal), controller, waiting: 0, settled: false };
    const settle = () => {
      shared.settled = true;
      this.forget(key, shared);
    };
    shared.answer.then(settle, settle);
    this.inFlight.set(key, shared);
    return shared;
  }

  private forget(key: string, shared: SharedFetch<T>): void {
    if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
  }
}

function untilAborted<T>(answer: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return answer;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
