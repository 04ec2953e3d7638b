import { clusterSubgraph } from '../../services/cluster/subgraph';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(clusterSubgraph);
});
afterAll(() => subgraph.stop());

const ENTITIES = `query ($representations: [_Any!]!, $year: Int!) {
  _entities(representations: $representations) {
    ... on District { id clusterMembership(year: $year) { role cluster { id } } }
    ... on Cluster { id name head(year: $year) { id } }
  }
}`;

describe('cluster subgraph', () => {
  test('lists the clusters, or those that had members in a year', async () => {
    const { data } = await subgraph.execute(`{ all: clusters { id name } y2017: clusters(year: 2017) { id } }`);
    expect(data.all.map((cluster: any) => cluster.id)).toEqual(['II', 'III', 'IX', 'XII']);
    expect(data.all[1].name).toBe('Cụm thi đua số III');
    expect(data.y2017).toEqual([{ id: 'III' }]);
  });

  test('gives a year’s members head first; the head passes from Hoàng Mai (2017) to Đống Đa (2018)', async () => {
    const { data } = await subgraph.execute(`{
      cluster(id: "III") {
        y2017: members(year: 2017) { role district { id } }
        head2017: head(year: 2017) { id }
        head2018: head(year: 2018) { id }
        nobody: members(year: 1999) { role }
      }
    }`);
    expect(data.cluster.y2017).toHaveLength(6);
    expect(data.cluster.y2017[0]).toEqual({ role: 'HEAD', district: { id: 'hoang-mai' } });
    expect(data.cluster.head2017).toEqual({ id: 'hoang-mai' });
    expect(data.cluster.head2018).toEqual({ id: 'dong-da' });
    expect(data.cluster.nobody).toEqual([]);
  });

  test('resolves District and Cluster representations in order, one statement per kind of row', async () => {
    const { data, errors } = await subgraph.execute(ENTITIES, {
      year: 2022,
      representations: [
        { __typename: 'District', id: 'son-tay' },
        { __typename: 'District', id: 'thach-that' },
        { __typename: 'District', id: 'dong-da' },
        { __typename: 'Cluster', id: 'XII' },
        { __typename: 'Cluster', id: 'XL' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { id: 'son-tay', clusterMembership: { role: 'HEAD', cluster: { id: 'XII' } } },
      { id: 'thach-that', clusterMembership: { role: 'DEPUTY', cluster: { id: 'XII' } } },
      { id: 'dong-da', clusterMembership: null },
      { id: 'XII', name: 'Cụm thi đua số XII', head: { id: 'son-tay' } },
      null,
    ]);
    // clusters by id, memberships by district, members by cluster: each batched once.
    expect(selects(subgraph.statements)).toHaveLength(3);
  });

  test('refuses an impossible year with BAD_USER_INPUT', async () => {
    const { errors } = await subgraph.execute(`{ clusters(year: -5) { id } }`);
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
