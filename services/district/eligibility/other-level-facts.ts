import { graphError } from '../../core/errors';
import { required } from '../../core/requires';

/**
 * A fact another subgraph contributes, as the gateway sent it for a @requires. Missing from the
 * representation: the caller's mistake. Null: the owner could not answer (it is down), so the
 * verdict cannot be given; the error names the subgraph.
 */
export function otherLevelFacts<T>(value: T[] | null | undefined, field: string, subgraph: 'city' | 'cluster'): T[] {
  const sent = required(value, field);
  if (sent === null) {
    throw graphError('SUBGRAPH_UNAVAILABLE', `the ${subgraph} subgraph did not answer ${field}: eligibility cannot be judged without it`, { subgraph });
  }
  return sent;
}
