import mysql from 'mysql2/promise';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import { parseMysqlUrl } from '../../services/core/data-source';
import { openSubgraphDatabase } from '../../services/core/subgraph';
import { seedDatabase } from '../../demo/seeding';
import { SUBGRAPHS } from '../../services/subgraphs';
import { DASHBOARD_QUERIES } from '../support/dashboard';
import { DATABASES, mysqlDatabases, type TestDatabases } from '../support/databases';
import { startFederation, type Federation, type RecordedSelect } from '../support/federation';

// The dashboard's cross-level views must cost each subgraph the same statements however large
// the answer: every list goes through a loader or a pager that batches a whole request.

const RANKING = `query ($year: Int!) {
  cityRankings(year: $year) {
    rank clusterRank percent
    cluster { id name }
    district {
      name
      parIndex(year: $year) { score rank }
      awards(fromYear: $year, toYear: $year, first: 100) { totalCount nodes { awardType { code name } recipientName } }
    }
  }
}`;

const HISTORIES = `query ($district: ID!, $units: Int!, $after: String, $people: Int!) {
  district(id: $district) {
    units(first: $units, after: $after) {
      nodes {
        name
        people(first: $people) {
          nodes {
            fullName
            awardHistory(first: 100) { totalCount nodes { year level awardType { code name } decisionNumber decidedOn conferredBy } }
          }
        }
      }
    }
  }
}`;

// Đống Đa's first person by id is Đỗ Trọng Nam, who holds a city title: even the small page
// reads the city's award types.
const PEOPLE_WITH_AWARDS = `query ($people: Int!) {
  district(id: "dong-da") {
    people(first: $people) {
      totalCount
      nodes {
        fullName
        unit { name }
        localAwards(first: 100) { totalCount nodes { year awardType { code } } }
        awards(first: 100) { totalCount nodes { year awardType { name } } }
      }
    }
  }
}`;

type Counts = Record<SubgraphName, number>;

function countsOf(federation: Federation): Counts {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, federation.selects[name].length])) as Counts;
}

/** The tables a statement reads, by the alias it gives them (EXPLAIN names the alias). */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of sql.matchAll(/(?:FROM|JOIN)\s+`(\w+)`\s+`(\w+)`/gi)) aliases.set(match[2], match[1]);
  return aliases;
}

const AWARD_TABLES = new Set(['local_award', 'award']);
// Scale 10 is what bench/README.md records; CI runs the demo scale.
const SCALE = Number(process.env.QUERY_COST_SCALE ?? 1);

describe.each(DATABASES)('the cost of the dashboard queries, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway', () => {
    let databases: TestDatabases;
    let federation: Federation;
    // Every SELECT the measured queries ran, by the subgraph that ran it.
    const explained: Array<{ subgraph: SubgraphName; select: RecordedSelect }> = [];
    beforeAll(async () => {
      databases = makeDatabases('query_cost');
      for (const definition of SUBGRAPHS) {
        const db = await openSubgraphDatabase(definition, databases.urls[definition.name]);
        await seedDatabase(definition, db, { dataset: 'hanoi', scale: SCALE });
        // One year's ranking with a single cluster scored: the smaller answer of the same query.
        if (definition.name === 'cluster') {
          await db.query(`DELETE FROM score WHERE year = 2016 AND cluster_id <> 'III'`);
        }
        await db.destroy();
      }
      // The largest answer here (every person of a district with a page of history each) costs far
      // more than a dashboard may ask: the cost limit, and the subgraphs' budget of values, are raised for it.
      federation = await startFederation(databases.urls, { LIMIT_COST: '20000000', REQUEST_BUDGET_VALUES: '20000000' });
    }, 600_000);
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    /** Runs a query, counting each subgraph's SELECTs; `explain` keeps them for the EXPLAIN test. */
    async function measure(query: string, variables: Record<string, unknown>, explain = true) {
      const body = await federation.query(query, variables);
      expect(body.errors).toBeUndefined();
      if (explain) {
        for (const subgraph of SUBGRAPH_NAMES) explained.push(...federation.selects[subgraph].map((select) => ({ subgraph, select })));
      }
      return { data: body.data, counts: countsOf(federation) };
    }

    test('the city ranking costs the same statements for 6 districts as for 30', async () => {
      const small = await measure(RANKING, { year: 2016 });
      const large = await measure(RANKING, { year: 2023 });
      expect(small.data.cityRankings).toHaveLength(6);
      expect(large.data.cityRankings).toHaveLength(30);
      expect(large.data.cityRankings[0].district.name).toEqual(expect.any(String));
      console.log(`cityRankings: 6 districts ${JSON.stringify(small.counts)}, 30 districts ${JSON.stringify(large.counts)}`);
      expect(large.counts).toEqual(small.counts);
    });

    test('award histories cost the same statements for 10 records as for 1,000', async () => {
      const records = (data: any) =>
        data.district.units.nodes
          .flatMap((unit: any) => unit.people.nodes)
          .reduce((sum: number, person: any) => sum + person.awardHistory.nodes.length, 0);
      // The small answer starts at a unit whose first two people hold a city title conferred by a
      // decision, so that it reads every table the large one does, at any scale. City titles follow
      // the records' rules, so not every district has such a unit: the first that does is taken.
      let found: { district: string; after: string | null } | undefined;
      for (const district of ['hoang-mai', 'dong-da', 'cau-giay', 'thach-that', 'quoc-oai', 'phuc-tho']) {
        const units = await federation.query(
          `query ($district: ID!) { district(id: $district) {
            units(first: 100) { edges { cursor node { people(first: 2) { nodes { awards { nodes { decisionNumber } } } } } } }
          } }`,
          { district },
        );
        const edges = units.data.district.units.edges;
        const start = edges.findIndex((edge: any) =>
          edge.node.people.nodes.some((person: any) => person.awards.nodes.some((award: any) => award.decisionNumber !== null)),
        );
        if (start >= 0) {
          found = { district, after: start === 0 ? null : edges[start - 1].cursor };
          break;
        }
      }
      expect(found).toBeDefined();
      const small = await measure(HISTORIES, { district: found!.district, units: 1, after: found!.after, people: 2 });
      // Every person of a district at once reads a tenth of the award tables: a full scan is the
      // right plan for it, and no dashboard asks it, so its statements are counted, not explained.
      const large = await measure(HISTORIES, { district: found!.district, units: 100, after: null, people: 100 }, false);
      expect(records(small.data)).toBeLessThanOrEqual(20);
      expect(records(large.data)).toBeGreaterThanOrEqual(1000);
      console.log(
        `awardHistory: ${records(small.data)} records ${JSON.stringify(small.counts)}, ${records(large.data)} records ${JSON.stringify(large.counts)}`,
      );
      expect(large.counts).toEqual(small.counts);
    });

    test('a page of 100 people with their awards costs what a page of 10 does', async () => {
      const small = await measure(PEOPLE_WITH_AWARDS, { people: 10 });
      const large = await measure(PEOPLE_WITH_AWARDS, { people: 100 });
      expect(small.data.district.people.nodes).toHaveLength(10);
      expect(large.data.district.people.nodes).toHaveLength(100);
      console.log(`people with awards: 10 ${JSON.stringify(small.counts)}, 100 ${JSON.stringify(large.counts)}`);
      expect(large.counts).toEqual(small.counts);
    });

    test.each(DASHBOARD_QUERIES)('the dashboard query $name answers', async ({ query, variables }) => {
      await measure(query, variables);
    });

    // EXPLAIN is MySQL's: the embedded engine's plans say nothing about production, so the
    // embedded run has no such test.
    if (makeDatabases === mysqlDatabases) {
      test('on MySQL, no statement of these queries scans an award table in full', async () => {
        expect(explained.length).toBeGreaterThan(0);
        const fullScans: string[] = [];
        const plans: string[] = [];
        for (const name of SUBGRAPH_NAMES) {
          const connection = await mysql.createConnection(parseMysqlUrl(databases.urls[name]));
          try {
            for (const { select } of explained.filter(({ subgraph }) => subgraph === name)) {
              const aliases = tablesByAlias(select.sql);
              const [rows] = await connection.query<mysql.RowDataPacket[]>(`EXPLAIN ${select.sql}`, select.parameters);
              for (const row of rows) {
                const table = aliases.get(row.table) ?? row.table;
                plans.push(`${name}\t${table}\t${row.type}\t${row.key ?? '-'}\t${row.rows}`);
                if (AWARD_TABLES.has(table) && (row.type === 'ALL' || row.type === 'index')) fullScans.push(`${name}: ${select.sql}`);
              }
            }
          } finally {
            await connection.end();
          }
        }
        console.log(`EXPLAIN at scale ${SCALE} (subgraph, table, access, key, rows):\n${[...new Set(plans)].join('\n')}`);
        expect(fullScans).toEqual([]);
      });
    }
  });
});
