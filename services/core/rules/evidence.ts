import type { Evidence } from './verdict';

/** An evidence with nothing in it yet: each condition fills what it rests on. */
export function evidence(parts: Partial<Evidence> = {}): Evidence {
  return {
    years: [],
    awards: [],
    initiatives: [],
    ratings: [],
    disciplines: [],
    count: null,
    of: null,
    rank: null,
    clusterId: null,
    note: null,
    ...parts,
  };
}
