import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const DASHBOARD_QUERIES = path.join(ROOT, 'test', 'e2e', 'queries');

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Answered by the district subgraph alone: also measured straight against it. */
  singleSubgraph?: boolean;
}

/** The year the ranking and its SQL baseline are asked for. */
export const RANKING_YEAR = 2023;

/** Issue 14's ranking: the one its raw SQL (sql-baseline.ts) answers. */
export const RANKING = `{ cityRankings(year: ${RANKING_YEAR}) { rank percent clusterRank cluster { id } district { name parIndex(year: ${RANKING_YEAR}) { rank } awards(fromYear: ${RANKING_YEAR}, toYear: ${RANKING_YEAR}, level: CITY) { totalCount } } } }`;

// The largest district: its first page of people ranks all of them (16,000 at scale 10). The
// history's fields are few enough for the query's cost to stay under LIMIT_COST's default.
const DISTRICT_PEOPLE = `query DistrictPeople($district: ID!) {
  district(id: $district) {
    people(first: 100) {
      totalCount
      nodes { id fullName awardHistory(first: 100) { totalCount nodes { year level awardType { code name } } } }
    }
  }
}`;

/**
 * The dashboard's checked-in queries (test/e2e/queries: person-history is a person's award
 * history), each with the variables its expected answer was recorded with, then the issue's.
 */
export function benchQueries(): BenchQuery[] {
  const checkedIn = fs
    .readdirSync(DASHBOARD_QUERIES)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file): BenchQuery => {
      const name = file.replace(/\.graphql$/, '');
      const expected = path.join(DASHBOARD_QUERIES, `${name}.expected.json`);
      const variables = fs.existsSync(expected) ? (JSON.parse(fs.readFileSync(expected, 'utf8')).variables as Record<string, unknown>) : undefined;
      return { name, query: fs.readFileSync(path.join(DASHBOARD_QUERIES, file), 'utf8'), variables };
    });
  return [
    ...checkedIn,
    { name: 'ranking', query: RANKING },
    { name: 'district-people', query: DISTRICT_PEOPLE, variables: { district: 'dong-da' } },
    { name: 'districts', query: '{ districts { id name } }', singleSubgraph: true },
  ];
}
