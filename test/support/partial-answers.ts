import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphName } from '../../services/core/config';
import { startGateway, type GatewayService } from '../../gateway/gateway';
import { DASHBOARD_QUERIES, DASHBOARD_QUERIES_FOLDER } from './dashboard';
import type { TestDatabases } from './databases';
import { gatewayConfig, postGraphQL } from './federation';
import { startRestartableSubgraphs, urlsOf, type RestartableSubgraph } from './restartable';

type Data = Record<string, any>;

/** The checked-in answer of a dashboard query on the demo data. */
export function expectedAnswer(name: string): Data {
  return JSON.parse(fs.readFileSync(path.join(DASHBOARD_QUERIES_FOLDER, `${name}.expected.json`), 'utf8')).data;
}

const nameless = (district: Data | null) => district && { ...district, name: null, ...('kind' in district && { kind: null }) };

/**
 * What a dashboard query answers with one subgraph down, derived from its full answer: the fields
 * that subgraph fills are null, and nothing else is missing. A query whose root field the stopped
 * subgraph serves has nothing for the others to hang their data on: its root is null (not `data`).
 * `undefined` when the query does not touch that subgraph: the answer is the full one.
 */
const WITHOUT: Record<string, Partial<Record<SubgraphName, (data: Data) => Data>>> = {
  'city-ranking': {
    // The ranking and the city's PAR index and awards of each district stay; the names go.
    district: ({ cityRankings }) => ({ cityRankings: cityRankings.map((entry: Data) => ({ ...entry, district: nameless(entry.district) })) }),
    cluster: () => ({ cityRankings: null }),
    city: ({ cityRankings }) => ({
      cityRankings: cityRankings.map((entry: Data) => ({ ...entry, district: { ...entry.district, parIndex: null, awards: null } })),
    }),
  },
  'cluster-year': {
    district: ({ cluster }) => ({
      cluster: {
        ...cluster,
        head: nameless(cluster.head),
        members: cluster.members.map((member: Data) => ({ ...member, district: nameless(member.district) })),
        standings: cluster.standings.map((standing: Data) => ({ ...standing, district: nameless(standing.district) })),
        nominations: cluster.nominations.map((nomination: Data) => ({ ...nomination, district: nameless(nomination.district) })),
        conferences: cluster.conferences.map((conference: Data) => ({ ...conference, host: nameless(conference.host) })),
      },
    }),
    cluster: () => ({ cluster: null }),
    // The award type's names and the dossiers are the city's: the nomination keeps its vote and district.
    city: ({ cluster }) => ({
      cluster: { ...cluster, nominations: cluster.nominations.map((nomination: Data) => ({ ...nomination, awardType: null, proposal: null })) },
    }),
  },
  'district-profile': {
    district: () => ({ district: null }),
    cluster: ({ district }) => ({ district: { ...district, clusterMembership: null, clusterStanding: null } }),
    city: ({ district }) => ({
      district: {
        ...district,
        parIndex: null,
        awardHistory: null,
        localAwardCounts: district.localAwardCounts.map((count: Data) => ({ ...count, awardType: null })),
      },
    }),
  },
  'person-history': {
    district: () => ({ person: null }),
    city: ({ person }) => ({ person: { ...person, awardHistory: null } }),
  },
};

export function answerWithout(name: string, down: SubgraphName): { data: Data; touched: boolean } {
  const full = expectedAnswer(name);
  const partial = WITHOUT[name][down];
  return partial ? { data: partial(full), touched: true } : { data: full, touched: false };
}

/** The services of a block's tests: each subgraph can stop and start again behind the gateway. */
export interface RestartableStack {
  databases: TestDatabases;
  subgraphs: Record<SubgraphName, RestartableSubgraph>;
  gateway: GatewayService;
}

/**
 * Before the tests of the block: fresh databases (named by `label`), the three subgraphs each on a
 * port of its own, and a gateway in front of them with `gatewayEnv`; after them, all stopped and
 * dropped. The fields are set once the block's tests run.
 */
export function restartableStack(make: (label: string) => TestDatabases, label: string, gatewayEnv: Record<string, string>): RestartableStack {
  const stack = {} as RestartableStack;
  beforeAll(async () => {
    stack.databases = make(label);
    stack.subgraphs = await startRestartableSubgraphs(stack.databases.urls);
    stack.gateway = await startGateway(gatewayConfig(urlsOf(stack.subgraphs), gatewayEnv), { port: 0 });
  }, 180_000);
  afterAll(async () => {
    await stack.gateway?.stop();
    for (const subgraph of Object.values(stack.subgraphs ?? {})) await subgraph.stop();
    await stack.databases?.drop();
  });
  return stack;
}

/**
 * Waits, a bounded time (5 s), until the gateway answers a dashboard query without errors: its
 * circuit to a subgraph that started again lets requests through. False if it did not in time.
 */
export async function gatewayAnswersInFull(gatewayUrl: string): Promise<boolean> {
  const { query, variables } = DASHBOARD_QUERIES[0];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (!(await postGraphQL(gatewayUrl, query, variables)).errors) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
