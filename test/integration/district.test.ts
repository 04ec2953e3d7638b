import { districtSubgraph } from '../../services/district/subgraph';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(districtSubgraph);
});
afterAll(() => subgraph.stop());

describe('district subgraph', () => {
  test("lists Hà Nội's 30 district-level units in Vietnamese order, dated", async () => {
    const { data, errors } = await subgraph.execute(`{ districts { id name kind validFrom validTo } }`);
    expect(errors).toBeUndefined();
    expect(data.districts).toHaveLength(30);
    expect(data.districts[0]).toEqual({ id: 'ba-dinh', name: 'Ba Đình', kind: 'URBAN_DISTRICT', validFrom: '2008-08-01', validTo: '2025-06-30' });
    const names = data.districts.map((district: any) => district.name);
    // Đ sorts after D in Vietnamese, not after Z as bytes would.
    expect(names.indexOf('Đống Đa')).toBeLessThan(names.indexOf('Gia Lâm'));
    const kinds = data.districts.reduce((count: Record<string, number>, { kind }: any) => ({ ...count, [kind]: (count[kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ URBAN_DISTRICT: 12, RURAL_DISTRICT: 17, TOWN: 1 });
  });

  test('finds one district by id, and answers null for an unknown one', async () => {
    const { data } = await subgraph.execute(`query ($id: ID!) { district(id: $id) { name kind } none: district(id: "atlantis") { name } }`, {
      id: 'son-tay',
    });
    expect(data).toEqual({ district: { name: 'Sơn Tây', kind: 'TOWN' }, none: null });
  });

  test('publishes its SDL with District as an entity keyed by id', async () => {
    const { data } = await subgraph.execute(`{ _service { sdl } }`);
    expect(data._service.sdl).toMatch(/type District\s+@key\(fields: "id"\)/);
    expect(data._service.sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
  });

  test('resolves several District representations in order, in one statement', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on District { id name } } }`,
      {
        representations: [
          { __typename: 'District', id: 'dong-da' },
          { __typename: 'District', id: 'nowhere' },
          { __typename: 'District', id: 'ba-dinh' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ id: 'dong-da', name: 'Đống Đa' }, null, { id: 'ba-dinh', name: 'Ba Đình' }]);
    expect(selects(subgraph.statements)).toHaveLength(1);
  });
});
