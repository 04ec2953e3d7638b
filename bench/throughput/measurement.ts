import { cpuPerRequest, sampleCpu } from './cpu';

/** What one closed-loop run of a load generator saw. */
export interface Load {
  /** Requests answered in the window. */
  requests: number;
  seconds: number;
  /** Each answered request's time, in ms. */
  latencies: number[];
  non2xx: number;
  /** Answers that carry GraphQL errors (or, for SQL, statements that failed). */
  graphqlErrors: number;
  timeouts: number;
  /** Connections refused or reset. */
  socketErrors: number;
}

/** One (query, target, connections) cell of the table. */
export interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  timeouts: number;
  socketErrors: number;
  /** CPU ms per answered request, by process. */
  cpu: Record<string, number>;
  cpuSum: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs the load once unmeasured (connections open, plans cached, pages warm), then again for the
 * measured window, reading each process's CPU time just before and just after it.
 */
export async function measure(
  run: (seconds: number) => Promise<Load>,
  pids: Record<string, number>,
  { warmup, duration }: { warmup: number; duration: number },
): Promise<Measurement> {
  if (warmup > 0) await run(warmup);
  const before = sampleCpu(pids);
  const load = await run(duration);
  const after = sampleCpu(pids);
  const cpu = cpuPerRequest(before, after, load.requests);
  const sorted = [...load.latencies].sort((a, b) => a - b);
  return {
    requests: load.requests,
    rps: load.requests / load.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    non2xx: load.non2xx,
    graphqlErrors: load.graphqlErrors,
    timeouts: load.timeouts,
    socketErrors: load.socketErrors,
    cpu,
    cpuSum: Object.values(cpu).reduce((sum, value) => sum + value, 0),
  };
}
