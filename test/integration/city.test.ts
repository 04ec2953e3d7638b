import { citySubgraph } from '../../services/city/subgraph';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(citySubgraph);
});
afterAll(() => subgraph.stop());

describe('city subgraph', () => {
  test('holds the award catalogue of Law 06/2022/QH15, district level first', async () => {
    const { data } = await subgraph.execute(`{ awardTypes { code name nameEn level recipientKinds cashMultiple } }`);
    expect(data.awardTypes).toHaveLength(17);
    expect(data.awardTypes[0].level).toBe('DISTRICT');
    expect(data.awardTypes.at(-1).level).toBe('NATIONAL');
    expect(data.awardTypes.find((type: any) => type.code === 'LDTT')).toEqual({
      code: 'LDTT',
      name: 'Lao động tiên tiến',
      nameEn: 'Advanced Laborer',
      level: 'DISTRICT',
      recipientKinds: ['INDIVIDUAL'],
      cashMultiple: 0.3,
    });
    expect(data.awardTypes.find((type: any) => type.code === 'HCDL_1').name).toBe('Huân chương Độc lập hạng Nhất');
  });

  test('resolves AwardType and District representations in order', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on AwardType { code level }
          ... on District { id awards { year recipientName awardType { code } source } y2022: awards(year: 2022) { id } }
        }
      }`,
      {
        representations: [
          { __typename: 'AwardType', code: 'CO_CP' },
          { __typename: 'AwardType', code: 'NOT_AN_AWARD' },
          { __typename: 'District', id: 'dong-da' },
          { __typename: 'District', id: 'ba-dinh' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { code: 'CO_CP', level: 'NATIONAL' },
      null,
      {
        id: 'dong-da',
        awards: [
          {
            year: 2023,
            recipientName: 'Đỗ Trọng Nam, Chủ nhiệm Ủy ban Kiểm tra Quận ủy Đống Đa',
            awardType: { code: 'CSTD_TP' },
            source: '001_48fd20e11e7bbade.txt',
          },
        ],
        y2022: [],
      },
      { id: 'ba-dinh', awards: [], y2022: [] },
    ]);
    // One batch per depth of the query, whatever the number of rows: the award types asked for, the
    // awards of every year, the awards of 2022, then the types of the awards found.
    expect(selects(subgraph.statements)).toHaveLength(4);
  });
});
