import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';

const DONG_DA = `{
  district(id: "dong-da") {
    name
    clusterMembership(year: 2018) { role cluster { id name } }
    awards(level: CITY, fromYear: 2023, toYear: 2023, first: 100) { totalCount nodes { year awardType { code name } } }
  }
}`;

describe.each(DATABASES)('one query across the three subgraphs, on %s', (_name, makeDatabases, describeOn) => {
  describeOn('through the gateway', () => {
    let databases: TestDatabases;
    let federation: Federation;
    beforeAll(async () => {
      databases = makeDatabases('federation');
      federation = await startFederation(databases.urls);
    });
    afterAll(async () => {
      await federation?.stop();
      await databases?.drop();
    });

    test("Đống Đa's name (district), 2018 cluster role (cluster) and awards (city) in one answer", async () => {
      const body = await federation.query(DONG_DA);
      expect(body.errors).toBeUndefined();
      expect(body.data.district).toMatchObject({
        name: 'Đống Đa',
        clusterMembership: { role: 'HEAD', cluster: { id: 'III', name: 'Cụm thi đua số III' } },
      });
      expect(body.data.district.awards.nodes).toContainEqual({ year: 2023, awardType: { code: 'CSTD_TP', name: 'Chiến sĩ thi đua cấp Thành phố' } });
      expect(body.data.district.awards.totalCount).toBe(body.data.district.awards.nodes.length);
    });

    test("a cluster's year names its members and head through the district subgraph", async () => {
      const body = await federation.query(`{
        cluster(id: "III") {
          head(year: 2017) { name }
          members(year: 2017) { role district { name kind } }
        }
      }`);
      expect(body.errors).toBeUndefined();
      const cluster = body.data.cluster;
      expect(cluster.head).toEqual({ name: 'Hoàng Mai' });
      expect(cluster.members).toHaveLength(6);
      expect(cluster.members[0]).toEqual({ role: 'HEAD', district: { name: 'Hoàng Mai', kind: 'URBAN_DISTRICT' } });
      expect(cluster.members.map((member: any) => member.district.name).sort()).toEqual(
        ['Ba Đình', 'Hai Bà Trưng', 'Hoàn Kiếm', 'Hoàng Mai', 'Long Biên', 'Đống Đa'].sort(),
      );
    });

    test('every district of the city, with the cluster it was in, where one was published', async () => {
      const body = await federation.query(`{ districts { id clusterMembership(year: 2022) { role cluster { id } } } }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.districts).toHaveLength(30);
      const inXii = body.data.districts.filter((district: any) => district.clusterMembership?.cluster.id === 'XII');
      expect(inXii).toHaveLength(7);
      expect(body.data.districts.find((district: any) => district.id === 'son-tay').clusterMembership.role).toBe('HEAD');
    });

    test("a person's award history merges the district's titles with the city's, and the statistics count both", async () => {
      const body = await federation.query(`{
        person(id: "thach-that-p0163") { awardHistory(first: 100) { totalCount nodes { year level awardType { code } conferredBy } } }
        byLevel: awardStatistics(year: 2023, groupBy: LEVEL) { total groups { key count level } }
        byDistrict: awardStatistics(year: 2023, groupBy: DISTRICT) { total groups { count district { name } } }
      }`);
      expect(body.errors).toBeUndefined();
      const { nodes, totalCount } = body.data.person.awardHistory;
      expect(nodes).toHaveLength(totalCount);
      // The district subgraph's records reach the city through the gateway (@requires).
      expect(new Set(nodes.map((record: any) => record.level))).toEqual(new Set(['DISTRICT', 'CITY', 'NATIONAL']));
      const levels = ['DISTRICT', 'CITY', 'NATIONAL'];
      const keys = nodes.map((record: any) => [record.year, levels.indexOf(record.level), record.awardType.code]);
      expect(keys).toEqual([...keys].sort((a: any[], b: any[]) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
      for (const record of nodes.filter((line: any) => line.level === 'DISTRICT')) expect(record.conferredBy).toBe('Chủ tịch UBND huyện Thạch Thất');
      expect(nodes).toContainEqual({ year: 2023, level: 'NATIONAL', awardType: { code: 'BK_TTG' }, conferredBy: 'Thủ tướng Chính phủ' });

      const { byLevel, byDistrict } = body.data;
      const sum = (groups: Array<{ count: number }>) => groups.reduce((total, group) => total + group.count, 0);
      expect(byLevel.groups.map((group: any) => group.level)).toEqual(['DISTRICT', 'CITY', 'NATIONAL']);
      expect(sum(byLevel.groups)).toBe(byLevel.total);
      expect(byDistrict.total).toBe(byLevel.total);
      expect(byDistrict.groups).toHaveLength(30);
      // Seed 001: over 1,000 district titles and forms, and over 50 city awards.
      expect(byDistrict.groups.find((group: any) => group.district.name === 'Đống Đa').count).toBeGreaterThan(1050);
    });

    test('an argument out of range is the client\'s error, named, with no stack trace', async () => {
      const body = await federation.query(`{ district(id: "dong-da") { awards(fromYear: 20233) { totalCount } } }`);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(/fromYear must be a year between/);
      expect(body.errors?.[0].extensions?.argument).toBe('fromYear');
      expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace/);
    });
  });
});
