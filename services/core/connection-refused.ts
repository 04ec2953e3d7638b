/**
 * Whether every attempt to connect was refused: the request was never sent, so nothing was applied
 * and nobody listens there (a service stopped, or none started).
 */
export function neverSent(error: unknown): boolean {
  for (let cause = error as any; cause; cause = cause.cause) {
    // With localhost resolving to two addresses, a refusal comes as one error for each.
    if (Array.isArray(cause.errors) && cause.errors.length > 0) return cause.errors.every(neverSent);
    if (cause.code === 'ECONNREFUSED') return true;
  }
  return false;
}
