import { DATABASES, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';

const DONG_DA = `{
  district(id: "dong-da") {
    name
    clusterMembership(year: 2018) { role cluster { id name } }
    awards { year awardType { code name } }
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
      expect(body.data.district.awards).toContainEqual({ year: 2023, awardType: { code: 'CSTD_TP', name: 'Chiến sĩ thi đua cấp Thành phố' } });
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

    test('an argument out of range is the client\'s error, named, with no stack trace', async () => {
      const body = await federation.query(`{ district(id: "dong-da") { awards(year: 20233) { year } } }`);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message).toMatch(/year must be a year between/);
      expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace/);
    });
  });
});
