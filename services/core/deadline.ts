import type { ApolloServerPlugin } from '@apollo/server';
import { graphError } from './errors';

/**
 * How many ms the caller still waits for the answer: the gateway sends what is left of its timeout
 * with every fetch. A duration, not a clock time, so the services' clocks need not agree.
 */
export const REQUEST_TIMEOUT_HEADER = 'x-request-timeout-ms';

// The commit and the answer's way back take time too: a write stops this much before the caller gives up.
const MARGIN_MS = 250;
const MARGIN_SHARE = 0.2;

/** The header's value for a fetch that must be answered by `endsAt` (epoch ms). */
export function timeoutHeaderValue(endsAt: number, now = Date.now()): string {
  return String(Math.max(0, Math.round(endsAt - now)));
}

/**
 * When a write must have committed (epoch ms), or undefined when the caller set no time. The
 * header can only shorten a request: a value that is not a whole number of ms is ignored.
 */
export function deadlineOf(header: string | null | undefined, receivedAt = Date.now()): number | undefined {
  if (!header || !/^\d{1,9}$/.test(header)) return undefined;
  const budget = Number(header);
  return receivedAt + budget - Math.min(MARGIN_MS, budget * MARGIN_SHARE);
}

export interface DeadlineContext {
  /** Epoch ms after which a write rolls back rather than commits: its caller has stopped waiting. */
  deadline?: number;
}

/**
 * A write that would commit after its caller gave up is rolled back instead: the gateway has told
 * the client it does not know the outcome, and the client learns it by retrying with its key.
 */
export function refuseAfterDeadline(context: DeadlineContext, now = Date.now()): void {
  if (context.deadline !== undefined && now > context.deadline) {
    throw graphError('DEADLINE_EXCEEDED', 'the write took longer than its caller waits, so it was rolled back: nothing was written', {
      outcome: 'NOT_APPLIED',
    });
  }
}

/** Reads the caller's remaining time from each request into its context. */
export function deadlinePlugin<C extends DeadlineContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request, contextValue }) {
      const deadline = deadlineOf(request.http?.headers.get(REQUEST_TIMEOUT_HEADER));
      if (deadline !== undefined) contextValue.deadline = deadline;
    },
  };
}
