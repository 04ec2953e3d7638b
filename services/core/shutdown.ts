import { performance } from 'node:perf_hooks';
import type { Logger } from './logger';

/** SHUTDOWN_TIMEOUT_MS's default, for a service started without one (tests). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/**
 * A stopping service spends its grace (SHUTDOWN_TIMEOUT_MS) on requests in flight, and keeps this
 * much for closing its database pool, so that the whole stop ends within the grace even when a
 * request and the pool are both stuck on a database that went silent.
 */
export function closeReserveMs(graceMs: number): number {
  return Math.min(2000, Math.floor(graceMs / 5));
}

// What logging the stop and exiting take after the pool is given up on.
const EXIT_MARGIN_MS = 100;

/**
 * Runs `close` (closing the pool) until `deadline` (a performance.now() time), less the exit's
 * margin, and at least the reserve; past it, logs and stops waiting, so that the process exits 0 without it.
 */
export async function closeBy(close: () => Promise<void>, deadline: number, graceMs: number, log: Logger): Promise<void> {
  const waitMs = Math.max(closeReserveMs(graceMs) - EXIT_MARGIN_MS, deadline - EXIT_MARGIN_MS - performance.now());
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<'gave up'>((resolve) => {
    timer = setTimeout(() => resolve('gave up'), waitMs);
  });
  try {
    if ((await Promise.race([close().then(() => 'closed' as const), gaveUp])) === 'gave up') {
      log.warn({ waitedMs: Math.round(waitMs) }, 'the database did not close within the shutdown grace: stopping without it');
    }
  } finally {
    clearTimeout(timer);
  }
}
