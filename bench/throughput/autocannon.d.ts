// What bench/throughput uses of autocannon 8, which ships no types.
declare module 'autocannon' {
  namespace autocannon {
    interface Client {
      on(event: 'response', listener: (statusCode: number, bytes: number, durationMs: number) => void): void;
    }
    interface Options {
      url: string;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Seconds a request may wait for its answer before it counts as a timeout. */
      timeout?: number;
      /** Returns false for a body that counts as a mismatch. */
      verifyBody?(body: string): boolean;
      setupClient?(client: Client): void;
    }
    interface Result {
      requests: { total: number; sent: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      mismatches: number;
      /** Seconds. */
      duration: number;
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
