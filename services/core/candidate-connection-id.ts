import { graphError } from './errors';

/**
 * What an `eligibleCandidates` answer is about. The district subgraph owns the CandidateConnection
 * entity; the city and the cluster contribute its facts, and read from its id which district to
 * answer for: the id is this key, so every subgraph decodes it the same way.
 */
export interface CandidateConnectionKey {
  awardType: string;
  year: number;
  district: string;
  recipientKind: string | null;
  first: number | null;
  after: string | null;
}

/** The id: the key's values as a JSON array, in a fixed order. */
export function candidateConnectionId(key: CandidateConnectionKey): string {
  return JSON.stringify([key.awardType, key.year, key.district, key.recipientKind ?? null, key.first ?? null, key.after ?? null]);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || isText(value);
const isWholeOrNull = (value: unknown): value is number | null => value === null || Number.isInteger(value);

/** The key an id encodes; BAD_USER_INPUT for anything the district subgraph cannot have made. */
export function parseCandidateConnectionId(id: string): CandidateConnectionKey {
  let values: unknown;
  try {
    values = JSON.parse(id);
  } catch {
    values = null;
  }
  if (Array.isArray(values) && values.length === 6) {
    const [awardType, year, district, recipientKind, first, after] = values as unknown[];
    if (isText(awardType) && Number.isInteger(year) && isText(district) && isTextOrNull(recipientKind) && isWholeOrNull(first) && isTextOrNull(after)) {
      return { awardType, year: year as number, district, recipientKind, first, after };
    }
  }
  throw graphError('BAD_USER_INPUT', `"${id.slice(0, 200)}" is not the id of a CandidateConnection`, { argument: 'representations' });
}
