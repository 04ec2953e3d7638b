import type { GraphQLBody } from './federation';

/**
 * The record an LDTT needs under the rule in force (services/core/rules: rated GOOD or better in the
 * year, no discipline in force in it), written the way a district officer writes it: through the
 * graph, before a test confers the title. Tests that confer an LDTT to test something else (tokens,
 * idempotency, the playground) use it so that the conferral is lawful, not an ad hoc exception.
 */

/** A year after the district level was abolished (2025-06-30): the demo data holds nothing in it. */
export const FREE_YEAR = 2030;

const RATE_YEAR = `mutation RateYear($input: RateYearInput!) { rateYear(input: $input) { year rating } }`;
const RECORD = `query Record($id: ID!) {
  person(id: $id) { disciplines { level from to } localAwards(first: 100) { nodes { year awardType { code } } } }
}`;

/** Sends an operation as a caller allowed to read and write the person's district (its officer). */
export type Ask = (query: string, variables: Record<string, unknown>) => Promise<GraphQLBody<any>>;

/**
 * Rates the person GOOD in each year, after checking that the year is still free in the person's
 * record: no LDTT held, no discipline in force (that would refuse the title whatever the rating).
 */
export async function rateForLdtt(ask: Ask, personId: string, years: number[]): Promise<void> {
  const record = await ask(RECORD, { id: personId });
  if (record.errors) throw new Error(`the record of ${personId}: ${JSON.stringify(record.errors)}`);
  const { disciplines, localAwards } = record.data.person;
  for (const year of years) {
    const held = localAwards.nodes.some((award: { year: number; awardType: { code: string } }) => award.year === year && award.awardType.code === 'LDTT');
    const inForce = disciplines.filter((discipline: { from: string; to: string }) => discipline.from <= `${year}-12-31` && discipline.to >= `${year}-01-01`);
    if (held || inForce.length > 0) {
      throw new Error(`${personId}'s ${year} is not free for an LDTT: ${held ? 'holds one already' : `discipline in force ${JSON.stringify(inForce)}`}`);
    }
    const rated = await ask(RATE_YEAR, { input: { year, rating: 'GOOD', personId } });
    if (rated.errors) throw new Error(`rating ${personId} for ${year}: ${JSON.stringify(rated.errors)}`);
  }
}
