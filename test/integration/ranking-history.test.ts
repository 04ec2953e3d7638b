import { citySubgraph } from '../../services/city/subgraph';
import { clusterSubgraph } from '../../services/cluster/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

const RANKING = 'rank clusterRank score maxScore percent penaltyPoints district { id } cluster { id }';

describe.each(DATABASES)('rankings over the years on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the cluster subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;

    async function answer(query: string, variables?: Record<string, unknown>): Promise<any> {
      const { data, errors } = await subgraph.execute(query, variables);
      expect(errors).toBeUndefined();
      return data;
    }

    beforeAll(async () => {
      databases = makeDatabases('ranking_history');
      subgraph = await subgraphUnderTest(clusterSubgraph, 'hanoi', databases.urls.cluster);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    test("rankingYears lists the demo's scored years, oldest first", async () => {
      const { rankingYears } = await answer('{ rankingYears }');
      const scored: Array<{ year: number | string }> = await subgraph.db.query('SELECT DISTINCT year FROM score ORDER BY year');
      expect(rankingYears).toEqual(scored.map((row) => Number(row.year)));
      // The demo scores every synthetic year (2015–2024) and the published ones among them.
      expect(rankingYears).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    });

    test('cityRankingHistory(2022, 2023) is cityRankings(2022) and cityRankings(2023)', async () => {
      const { cityRankingHistory } = await answer(`{ cityRankingHistory(fromYear: 2022, toYear: 2023) { year rankings { ${RANKING} } } }`);
      const { y2022, y2023 } = await answer(`{ y2022: cityRankings(year: 2022) { ${RANKING} } y2023: cityRankings(year: 2023) { ${RANKING} } }`);
      expect(y2022.length).toBeGreaterThan(20);
      expect(cityRankingHistory).toEqual([
        { year: 2022, rankings: y2022 },
        { year: 2023, rankings: y2023 },
      ]);
    });

    test('without bounds, every ranked year; with one, from or up to it', async () => {
      const { rankingYears } = await answer('{ rankingYears }');
      const every = await answer('{ cityRankingHistory { year } }');
      expect(every.cityRankingHistory.map((entry: any) => entry.year)).toEqual(rankingYears);
      const from = await answer('{ cityRankingHistory(fromYear: 2023) { year } }');
      expect(from.cityRankingHistory.map((entry: any) => entry.year)).toEqual([2023, 2024]);
      const upTo = await answer('{ cityRankingHistory(toYear: 2016) { year } }');
      expect(upTo.cityRankingHistory.map((entry: any) => entry.year)).toEqual([2015, 2016]);
      const none = await answer('{ cityRankingHistory(fromYear: 1990, toYear: 2000) { year } }');
      expect(none.cityRankingHistory).toEqual([]);
    });

    test('as many statements for every year as for one', async () => {
      await answer(`{ cityRankingHistory(fromYear: 2023, toYear: 2023) { year rankings { ${RANKING} } } }`);
      const forOne = selects(subgraph.statements).length;
      const all = await answer(`{ cityRankingHistory { year rankings { ${RANKING} } } }`);
      expect(all.cityRankingHistory).toHaveLength(10);
      expect(selects(subgraph.statements)).toHaveLength(forOne);
      // The years, the criteria and the scores of every year, and the clusters.
      expect(forOne).toBe(4);
    });

    test('refuses a span over 30 years, a year outside the records and bounds in the wrong order', async () => {
      for (const [args, argument] of [
        ['fromYear: 1990, toYear: 2020', 'fromYear'],
        ['fromYear: 1990', 'fromYear'],
        ['fromYear: 2024, toYear: 2023', 'fromYear'],
        ['toYear: 3000', 'toYear'],
      ]) {
        const { errors } = await subgraph.execute(`{ cityRankingHistory(${args}) { year } }`);
        expect([args, errors?.[0].extensions]).toEqual([args, expect.objectContaining({ code: 'BAD_USER_INPUT', argument })]);
      }
      const thirty = await subgraph.execute('{ cityRankingHistory(fromYear: 1995, toYear: 2024) { year } }');
      expect(thirty.errors).toBeUndefined();
    });
  });

  describeOn('the city subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;

    beforeAll(async () => {
      databases = makeDatabases('par_history');
      subgraph = await subgraphUnderTest(citySubgraph, 'hanoi', databases.urls.city);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    const HISTORY = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on District { id parIndexHistory { year score rank } } } }`;

    test('District.parIndexHistory: every year of the PAR index, oldest first; Đống Đa first in 2023 with 96.3', async () => {
      const { data, errors } = await subgraph.execute(HISTORY, { representations: [{ __typename: 'District', id: 'dong-da' }] });
      expect(errors).toBeUndefined();
      const [dongDa] = data._entities;
      expect(dongDa.parIndexHistory).toContainEqual({ year: 2023, score: 96.3, rank: 1 });
      const years = dongDa.parIndexHistory.map((entry: any) => entry.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      const stored: Array<{ n: number | string }> = await subgraph.db.query(`SELECT COUNT(*) AS n FROM par_index WHERE district_id = 'dong-da'`);
      expect(years).toHaveLength(Number(stored[0].n));
      // Each year's entry is that year's parIndex.
      const { data: year2023 } = await subgraph.execute(`{ _entities(representations: [{ __typename: "District", id: "dong-da" }]) { ... on District { parIndex(year: 2023) { year score rank } } } }`);
      expect(year2023._entities[0].parIndex).toEqual({ year: 2023, score: 96.3, rank: 1 });
    });

    test('one statement for the histories of every district, and [] for a district never appraised', async () => {
      const ids = ['dong-da', 'ba-dinh', 'hoan-kiem', 'cau-giay', 'cam-le'];
      const { data, errors } = await subgraph.execute(HISTORY, { representations: ids.map((id) => ({ __typename: 'District', id })) });
      expect(errors).toBeUndefined();
      expect(data._entities.map((district: any) => district.id)).toEqual(ids);
      expect(data._entities.at(-1).parIndexHistory).toEqual([]);
      expect(data._entities[0].parIndexHistory.length).toBeGreaterThan(1);
      expect(selects(subgraph.statements)).toHaveLength(1);
    });
  });
});
