import fs from 'node:fs';
import path from 'node:path';
import { DATABASES, type TestDatabases } from '../support/databases';
import { DASHBOARD_QUERIES, DASHBOARD_QUERIES_FOLDER } from '../support/dashboard';
import { startFederation, type Federation } from '../support/federation';

// The city dashboard's queries, checked in with their answers on the demo data. After a reviewed
// change to the data set or the API, `UPDATE_DASHBOARD=1 npx jest test/e2e/dashboard.test.ts`
// rewrites the answers from the embedded database; the MariaDB run must then agree with them.
const UPDATE = process.env.UPDATE_DASHBOARD === '1';

function expectedFile(name: string): string {
  return path.join(DASHBOARD_QUERIES_FOLDER, `${name}.expected.json`);
}

describe.each(DATABASES)('the dashboard queries, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway', () => {
    let databases: TestDatabases;
    let federation: Federation;
    beforeAll(async () => {
      databases = makeDatabases('dashboard');
      federation = await startFederation(databases.urls);
    });
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    async function answer(name: string): Promise<any> {
      const { query, variables } = DASHBOARD_QUERIES.find((dashboard) => dashboard.name === name)!;
      const body = await federation.query(query, variables);
      expect(body.errors).toBeUndefined();
      if (UPDATE && databases.kind === 'embedded') {
        fs.writeFileSync(expectedFile(name), `${JSON.stringify({ variables, data: body.data }, null, 2)}\n`);
      }
      return body.data;
    }

    test.each(DASHBOARD_QUERIES)('$name answers what its checked-in file says', async ({ name, variables }) => {
      const data = await answer(name);
      const expected = JSON.parse(fs.readFileSync(expectedFile(name), 'utf8'));
      expect(expected.variables).toEqual(variables);
      expect(data).toEqual(expected.data);
    });

    test('the 2023 ranking ranks every district once, by percent, with its name, PAR index and city awards', async () => {
      const { cityRankings } = await answer('city-ranking');
      expect(cityRankings.map((entry: any) => entry.rank)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
      expect(new Set(cityRankings.map((entry: any) => entry.district.id)).size).toBe(30);
      const percents = cityRankings.map((entry: any) => entry.percent);
      expect(percents).toEqual([...percents].sort((a, b) => b - a));
      const dongDa = cityRankings.find((entry: any) => entry.district.id === 'dong-da');
      expect(dongDa.district).toMatchObject({ name: 'Đống Đa', parIndex: { score: 96.3, rank: 1 } });
      // Seed 001: the City Emulation Soldier title to Đỗ Trọng Nam for 2023.
      expect(dongDa.district.awards.nodes).toContainEqual(
        expect.objectContaining({
          awardType: { code: 'CSTD_TP', name: 'Chiến sĩ thi đua cấp Thành phố' },
          recipientName: expect.stringContaining('Đỗ Trọng Nam'),
        }),
      );
    });

    test("cluster III's 2017: Hoàng Mai heads six members, and the vote's six awards go to the top of the standings", async () => {
      const { cluster } = await answer('cluster-year');
      expect(cluster.head).toEqual({ name: 'Hoàng Mai' });
      expect(cluster.members).toHaveLength(6);
      expect(cluster.standings.map((standing: any) => standing.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      const codes = cluster.nominations.map((nomination: any) => nomination.awardType.code);
      expect(codes).toEqual(['CO_CP', 'CO_TP', 'CO_TP', 'BK_TP', 'BK_TP', 'BK_TP']);
      expect(new Set(cluster.nominations.map((nomination: any) => nomination.district.name))).toEqual(
        new Set(cluster.standings.map((standing: any) => standing.district.name)),
      );
    });

    test("Ba Đình's 2020 profile: its targets planned against actual, the titles it conferred, the flag it holds", async () => {
      const { district } = await answer('district-profile');
      // Seed 004: budget revenue 7,140.35 of 6,951.92 bn VND planned (102.71%).
      expect(district.targets).toContainEqual(expect.objectContaining({ planned: 6951.92, actual: 7140.35, achievementPercent: 102.71, exceeded: true }));
      const counts = Object.fromEntries(district.localAwardCounts.map((row: any) => [row.awardType.code, row.count]));
      expect(counts).toMatchObject({ TTLDTT: 53, CSTDCS: 7, LDTT: 193 });
      expect(district.awardHistory.nodes.length).toBeGreaterThan(0);
      expect(district.awardHistory.nodes.every((record: any) => record.level !== 'DISTRICT')).toBe(true);
    });

    test("a person's history holds district, city and national titles, ordered by year, then level", async () => {
      const { person } = await answer('person-history');
      const history = person.awardHistory.nodes;
      expect(new Set(history.map((record: any) => record.level))).toEqual(new Set(['DISTRICT', 'CITY', 'NATIONAL']));
      const order = (level: string) => ['DISTRICT', 'CITY', 'NATIONAL'].indexOf(level);
      const keys = history.map((record: any) => [record.year, order(record.level)]);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      expect(person.awardHistory.totalCount).toBe(history.length);
      expect(history.every((record: any) => record.conferredBy.length > 0)).toBe(true);
    });
  });
});
