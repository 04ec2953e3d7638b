import { GraphQLError } from 'graphql';

/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A score outside its criterion's 0..maxPoints. */
  | 'POINTS_OUT_OF_RANGE'
  /** A change to a cluster-year whose scores are final. */
  | 'YEAR_FINAL'
  /** An award whose rule the recipient's record does not meet (a CSTDCS without that year's LDTT). */
  | 'NOT_ELIGIBLE'
  /** A dossier's state does not allow the action (PROPOSAL_FLOW); `extensions` name its `status`, the `action` and the `allowed` ones. */
  | 'INVALID_TRANSITION'
  /** The gateway waited for a subgraph longer than its timeout; `extensions.subgraph` names it. */
  | 'SUBGRAPH_TIMEOUT'
  /** The gateway could not reach a subgraph, or fails fast while its circuit is open; `extensions.subgraph` names it. */
  | 'SUBGRAPH_UNAVAILABLE'
  /** A write named another level's id that the local copy lacks and the graph could not confirm now; nothing was written. */
  | 'REFERENCE_UNVERIFIED'
  /** The limits of the gateway and of each subgraph, each refused before the query runs, with `limit` and `actual` in extensions. */
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_ROOT_FIELDS'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_COSTLY'
  | 'BATCH_TOO_LARGE'
  | 'BODY_TOO_LARGE'
  /** PERSISTED_ONLY: the gateway runs only the documents of its manifest, named by `extensions.persistedQuery.sha256Hash` (HTTP 400). */
  | 'PERSISTED_QUERY_NOT_ALLOWED'
  /** A subgraph stopped a request past its time or values budget; `extensions.resource` says which (timeMs, values). */
  | 'RESOURCE_LIMIT'
  /** An Idempotency-Key sent again with another request; nothing was written. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A write that would have committed after its caller stopped waiting (x-request-timeout-ms); it was rolled back. */
  | 'DEADLINE_EXCEEDED'
  /** Apollo's, on every service: several operations and no operationName, or one naming none of them (HTTP 400). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The balancer in front of several gateways reached none of them (HTTP 502); `extensions.outcome` says what became of a write. */
  | 'GATEWAY_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The one way the services raise an error that a client should see. */
export function graphError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

// Emulation records start with the 1945 republic; a year far outside is a typing mistake.
const FIRST_YEAR = 1945;
const LAST_YEAR = 2100;

export function assertYear(year: number | undefined | null, argument = 'year'): void {
  if (year === undefined || year === null) return;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw graphError('BAD_USER_INPUT', `${argument} must be a year between ${FIRST_YEAR} and ${LAST_YEAR}, got ${year}`, {
      argument,
    });
  }
}

/** Refuses a number that is not finite or lies outside [min, max] (an argument; input classes use InRange). */
export function assertInRange(value: number | undefined | null, argument: string, min: number, max: number): void {
  if (value === undefined || value === null) return;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw graphError('BAD_USER_INPUT', `${argument} must be a number from ${min} to ${max}, got ${value}`, { argument });
  }
}

/** Refuses anything but a real calendar day written YYYY-MM-DD, in the years the graph records, the form every date of the graph takes. */
export function assertIsoDate(date: string | undefined | null, argument: string): void {
  if (date === undefined || date === null) return;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  // Date rolls 2023-02-30 over to March: a real day prints back unchanged.
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw graphError('BAD_USER_INPUT', `${argument} must be an ISO date (YYYY-MM-DD), got ${date}`, { argument });
  }
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw graphError('BAD_USER_INPUT', `${argument} must be a date in the years ${FIRST_YEAR} to ${LAST_YEAR}, got ${date}`, { argument });
  }
}
