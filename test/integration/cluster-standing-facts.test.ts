import { clusterSubgraph } from '../../services/cluster/subgraph';
import { candidateConnectionId } from '../../services/core/candidate-connection-id';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

// A district's place in its cluster every year it was ranked, as the district's eligibility rules
// read it (CO_TP goes to a cluster's leader): the same standings `clusterStanding` serves, in three
// statements whatever the number of districts and years.

const FACTS = 'standingFacts { year clusterId rank members }';

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(clusterSubgraph);
}, 120_000);
afterAll(() => subgraph.stop());

async function entities(representations: object[], selection: string): Promise<any[]> {
  const result = await subgraph.execute(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations });
  expect(result.errors).toBeUndefined();
  return result.data._entities;
}

/** What `clusterStanding(year)` and the cluster's standings say of a district, every year it was a member. */
async function standingsServed(districtId: string): Promise<object[]> {
  const years: Array<{ year: number }> = await subgraph.db.query('SELECT year FROM cluster_membership WHERE district_id = ? ORDER BY year', [districtId]);
  const facts = [];
  for (const { year } of years) {
    const result = await subgraph.execute(
      `query ($year: Int!) { _entities(representations: [{ __typename: "District", id: "${districtId}" }]) { ... on District { clusterStanding(year: $year) { rank cluster { id standings(year: $year) { rank } } } } } }`,
      { year },
    );
    expect(result.errors).toBeUndefined();
    const standing = result.data._entities[0].clusterStanding;
    if (standing) facts.push({ year: Number(year), clusterId: standing.cluster.id, rank: standing.rank, members: standing.cluster.standings.length });
  }
  return facts;
}

test("a district's facts are its standing of every year it was ranked, oldest first, as clusterStanding serves them", async () => {
  for (const districtId of ['dong-da', 'hoang-mai', 'son-tay']) {
    const [district] = await entities([{ __typename: 'District', id: districtId }], `... on District { ${FACTS} }`);
    const served = await standingsServed(districtId);
    expect({ districtId, facts: district.standingFacts }).toEqual({ districtId, facts: served });
    expect(served.length).toBeGreaterThan(1);
  }
  expect(await entities([{ __typename: 'District', id: 'atlantis' }], `... on District { ${FACTS} }`)).toEqual([{ standingFacts: [] }]);
});

test('three statements for every district and year: memberships, then the criteria and scores of their clusters', async () => {
  const districts: Array<{ id: string }> = await subgraph.db.query('SELECT DISTINCT district_id AS id FROM cluster_membership ORDER BY district_id');
  const representations = (n: number) => districts.slice(0, n).map(({ id }) => ({ __typename: 'District', id }));
  await entities(representations(1), `... on District { ${FACTS} }`);
  expect(selects(subgraph.statements)).toHaveLength(3);
  const all = await entities(representations(districts.length), `... on District { ${FACTS} }`);
  expect(selects(subgraph.statements)).toHaveLength(3);
  expect(all.length).toBeGreaterThanOrEqual(30);
  // Each cluster-year has one leader among the districts it ranked.
  const leaders = all.flatMap((district: any) => district.standingFacts.filter((fact: any) => fact.rank === 1));
  const clusterYears = new Set(all.flatMap((district: any) => district.standingFacts.map((fact: any) => `${fact.clusterId}/${fact.year}`)));
  expect(leaders).toHaveLength(clusterYears.size);
});

test("a candidate list's facts are its district's, and a malformed id is BAD_USER_INPUT", async () => {
  const id = candidateConnectionId({ awardType: 'CO_TP', year: 2023, district: 'dong-da', recipientKind: 'DISTRICT', first: 10, after: null });
  const [connection] = await entities([{ __typename: 'CandidateConnection', id }], `... on CandidateConnection { ${FACTS} }`);
  expect(selects(subgraph.statements)).toHaveLength(3);
  const [district] = await entities([{ __typename: 'District', id: 'dong-da' }], `... on District { ${FACTS} }`);
  expect(connection.standingFacts).toEqual(district.standingFacts);
  const malformed = await subgraph.execute(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on CandidateConnection { ${FACTS} } } }`,
    { representations: [{ __typename: 'CandidateConnection', id: 'dong-da' }] },
  );
  expect(malformed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});
