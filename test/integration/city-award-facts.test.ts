import { citySubgraph } from '../../services/city/subgraph';
import { candidateConnectionId } from '../../services/core/candidate-connection-id';
import { selects, subgraphUnderTest, type SubgraphUnderTest } from '../support/subgraph';

// The city's awards as the district's eligibility rules read them (@requires of @inaccessible
// fields): every award a recipient holds, and every award in a district for its candidate list, each
// in statements that do not grow with the number of recipients or awards.

const FACTS = 'cityAwardFacts { recipientKind recipientId awardTypeCode year }';

let subgraph: SubgraphUnderTest;
beforeAll(async () => {
  subgraph = await subgraphUnderTest(citySubgraph);
}, 120_000);
afterAll(() => subgraph.stop());

async function entities(representations: object[], selection: string): Promise<any[]> {
  const result = await subgraph.execute(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`, { representations });
  expect(result.errors).toBeUndefined();
  return result.data._entities;
}

/** What the award table holds, as facts: [kind, recipient, type, year], oldest first. */
async function stored(where: string, parameters: unknown[]): Promise<Array<[string, string, string, number]>> {
  const rows: any[] = await subgraph.db.query(
    `SELECT recipient_kind AS kind, CASE recipient_kind WHEN 'INDIVIDUAL' THEN person_id WHEN 'COLLECTIVE' THEN unit_id ELSE district_id END AS recipient,
       award_type_code AS type, year FROM award WHERE ${where}`,
    parameters,
  );
  return rows.map((row) => [row.kind, row.recipient, row.type, Number(row.year)] as [string, string, string, number]).sort(byYearTypeRecipient);
}

// The order the facts are served in: oldest first, then by award type, then by recipient (kind, id).
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byYearTypeRecipient = (a: [string, string, string, number], b: [string, string, string, number]) =>
  a[3] - b[3] || byText(a[2], b[2]) || byText(`${a[0]}:${a[1]}`, `${b[0]}:${b[1]}`);

const asTuples = (facts: any[]) => facts.map((fact) => [fact.recipientKind, fact.recipientId, fact.awardTypeCode, fact.year]);

test('a person, a unit and a district hold exactly their awards of the award table, oldest first', async () => {
  const [person] = await subgraph.db.query("SELECT person_id AS id FROM award WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 1");
  const [unit] = await subgraph.db.query("SELECT unit_id AS id FROM award WHERE unit_id IS NOT NULL GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id LIMIT 1");
  const [district] = await subgraph.db.query("SELECT district_id AS id FROM award WHERE recipient_kind = 'DISTRICT' GROUP BY district_id ORDER BY COUNT(*) DESC, district_id LIMIT 1");
  const [personFacts, unitFacts, districtFacts] = await entities(
    [
      { __typename: 'Person', id: person.id },
      { __typename: 'Unit', id: unit.id },
      { __typename: 'District', id: district.id },
    ],
    `... on Person { ${FACTS} } ... on Unit { ${FACTS} } ... on District { ${FACTS} }`,
  );
  expect(asTuples(personFacts.cityAwardFacts)).toEqual(await stored('person_id = ?', [person.id]));
  expect(asTuples(unitFacts.cityAwardFacts)).toEqual(await stored('unit_id = ?', [unit.id]));
  // A district's own facts are the awards to it as a whole: its units' and people's are theirs.
  expect(asTuples(districtFacts.cityAwardFacts)).toEqual(await stored("district_id = ? AND recipient_kind = 'DISTRICT'", [district.id]));
  expect(personFacts.cityAwardFacts.length).toBeGreaterThan(0);
  expect(unitFacts.cityAwardFacts.length).toBeGreaterThan(0);
  expect(districtFacts.cityAwardFacts.length).toBeGreaterThan(0);
  // Someone the city never awarded holds nothing.
  expect(await entities([{ __typename: 'Person', id: 'dong-da-p9999' }], `... on Person { ${FACTS} }`)).toEqual([{ cityAwardFacts: [] }]);
});

test('the statements do not grow with the number of recipients', async () => {
  const people: Array<{ id: string }> = await subgraph.db.query('SELECT DISTINCT person_id AS id FROM award WHERE person_id IS NOT NULL ORDER BY person_id LIMIT 200');
  const units: Array<{ id: string }> = await subgraph.db.query('SELECT DISTINCT unit_id AS id FROM award WHERE unit_id IS NOT NULL ORDER BY unit_id LIMIT 50');
  const representations = (n: number) => [
    ...people.slice(0, n * 10).map(({ id }) => ({ __typename: 'Person', id })),
    ...units.slice(0, n).map(({ id }) => ({ __typename: 'Unit', id })),
    ...['ba-dinh', 'dong-da', 'tay-ho', 'cau-giay', 'hoan-kiem'].slice(0, Math.min(n, 5)).map((id) => ({ __typename: 'District', id })),
  ];
  const selection = `... on Person { ${FACTS} } ... on Unit { ${FACTS} } ... on District { ${FACTS} }`;
  await entities(representations(2), selection);
  const few = selects(subgraph.statements).length;
  const many = await entities(representations(20), selection);
  expect(selects(subgraph.statements)).toHaveLength(few);
  // One statement per kind of recipient.
  expect(few).toBe(3);
  expect(many.length).toBeGreaterThan(200);
});

test("a candidate list's facts are every award in its district, in one statement whatever the district's size", async () => {
  const id = (district: string) => candidateConnectionId({ awardType: 'CSTD_TP', year: 2025, district, recipientKind: null, first: null, after: null });
  const [dongDa] = await entities([{ __typename: 'CandidateConnection', id: id('dong-da') }], `... on CandidateConnection { ${FACTS} }`);
  expect(selects(subgraph.statements)).toHaveLength(1);
  expect(asTuples(dongDa.cityAwardFacts)).toEqual(await stored('district_id = ?', ['dong-da']));
  expect(new Set(dongDa.cityAwardFacts.map((fact: any) => fact.recipientKind))).toEqual(new Set(['INDIVIDUAL', 'COLLECTIVE', 'DISTRICT']));
  const [nowhere] = await entities([{ __typename: 'CandidateConnection', id: id('atlantis') }], `... on CandidateConnection { ${FACTS} }`);
  expect(nowhere.cityAwardFacts).toEqual([]);
  expect(selects(subgraph.statements)).toHaveLength(1);
});

test('a candidate list id the district subgraph cannot have made is BAD_USER_INPUT', async () => {
  for (const id of ['dong-da', '["CSTD_TP",2025]', '[1,2,3,4,5,6]', 'null']) {
    const result = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on CandidateConnection { ${FACTS} } } }`,
      { representations: [{ __typename: 'CandidateConnection', id }] },
    );
    expect([id, result.errors?.[0].extensions.code]).toEqual([id, 'BAD_USER_INPUT']);
  }
});
