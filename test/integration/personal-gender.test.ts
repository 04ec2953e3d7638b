import { Role } from '../../services/core/auth';
import { districtSubgraph } from '../../services/district/subgraph';
import { DATABASES, type TestDatabases } from '../support/databases';
import { subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';
import type { Caller } from '../support/tokens';

const GENDER = (id: string) => `{ person(id: "${id}") { id fullName gender } }`;
const PEOPLE = `{ district(id: "dong-da") { units(first: 1) { nodes { people(first: 2) { nodes { fullName gender } } } } } }`;

// `gender` is personal data as the README says, like birthYear: only a token scoped to the person's district, or the city's.
describe.each(DATABASES)('Person.gender on %s', (_name, makeDatabases, describeOn) => {
  describeOn('the district subgraph', () => {
    let databases: TestDatabases;
    let subgraph: SubgraphUnderTest;
    let baDinh: string;
    beforeAll(async () => {
      databases = makeDatabases('gender');
      subgraph = await subgraphUnderTest(districtSubgraph, 'hanoi', databases.urls.district);
      [{ id: baDinh }] = await subgraph.db.query(`SELECT id FROM person WHERE district_id = 'ba-dinh' ORDER BY id LIMIT 1`);
    }, 300000);
    afterAll(async () => {
      await subgraph?.stop();
      await databases?.drop();
    });

    test.each<[string, string, Caller | null]>([
      ['anonymous', 'UNAUTHENTICATED', null],
      ['a VIEWER without a district', 'FORBIDDEN', { role: Role.VIEWER }],
      ["another district's officer", 'FORBIDDEN', { role: Role.DISTRICT_OFFICER, district: 'dong-da' }],
      ['a CLUSTER_ADMIN', 'FORBIDDEN', { role: Role.CLUSTER_ADMIN, cluster: 'III' }],
    ])('%s gets null and %s, with the name still answered', async (_caller, code, caller) => {
      const { data, errors } = await subgraph.execute(GENDER(baDinh), {}, caller);
      expect(data.person).toEqual({ id: baDinh, fullName: expect.any(String), gender: null });
      expect(errors).toEqual([expect.objectContaining({ path: ['person', 'gender'], extensions: expect.objectContaining({ code }) })]);
    });

    test.each<[string, Caller]>([
      ["the district's officer", { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' }],
      ["a VIEWER of the district", { role: Role.VIEWER, district: 'ba-dinh' }],
      ['the city admin', { role: Role.CITY_ADMIN }],
    ])('%s reads it', async (_caller, caller) => {
      const { data, errors } = await subgraph.execute(GENDER(baDinh), {}, caller);
      expect(errors).toBeUndefined();
      expect(['MALE', 'FEMALE']).toContain(data.person.gender);
    });

    test('in a list, each person is checked: the names come, the genders do not', async () => {
      const { data, errors } = await subgraph.execute(PEOPLE, {}, null);
      const people = data.district.units.nodes[0].people.nodes;
      expect(people).toHaveLength(2);
      for (const one of people) expect(one).toEqual({ fullName: expect.any(String), gender: null });
      expect(errors!.map((error: any) => error.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });
  });
});
