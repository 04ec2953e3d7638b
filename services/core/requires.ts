import { graphError } from './errors';

/** A field the gateway sends in a representation for a @requires: a representation without it is the caller's mistake. */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw graphError('BAD_USER_INPUT', `the representation lacks ${field}, which this field @requires`, { argument: 'representations' });
  }
  return value;
}
