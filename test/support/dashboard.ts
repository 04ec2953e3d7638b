import fs from 'node:fs';
import path from 'node:path';

/** The folder of the city dashboard's queries, each with its answer on the demo data. */
export const DASHBOARD_QUERIES_FOLDER = path.join(__dirname, '..', 'e2e', 'queries');

export interface DashboardQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const VARIABLES: Record<string, Record<string, unknown>> = {
  'city-ranking': { year: 2023 },
  'cluster-year': { cluster: 'III', year: 2017 },
  // Seed 004 publishes Ba Đình's 2020 targets planned against actual.
  'district-profile': { district: 'ba-dinh', year: 2020 },
  // A synthetic person who holds titles of all three levels.
  'person-history': { person: 'thach-that-p0163' },
};

/** The checked-in queries with the variables the dashboard test runs them with. */
export const DASHBOARD_QUERIES: DashboardQuery[] = Object.entries(VARIABLES).map(([name, variables]) => ({
  name,
  query: fs.readFileSync(path.join(DASHBOARD_QUERIES_FOLDER, `${name}.graphql`), 'utf8'),
  variables,
}));
