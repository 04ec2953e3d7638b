import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildASTSchema, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { CONFIG_VARIABLES } from '../../services/core/config';
import { measureOperation } from '../../services/core/limits/measure';
import { LIST_BOUNDS } from '../../services/core/limits/list-bounds';
import { DEFAULT_PAGE_SIZE } from '../../services/core/connections';
import { PLAYGROUND_QUERY } from '../../gateway/playground';
import { DASHBOARD_QUERIES } from '../support/dashboard';

const SCHEMA_FOLDER = path.join(__dirname, '..', '..', 'schema');
const read = (file: string) => fs.readFileSync(path.join(SCHEMA_FOLDER, file), 'utf8');
const supergraph = buildASTSchema(parse(read('supergraph.graphql')), { assumeValidSDL: true });
const district = buildSubgraphSchema(parse(read('district.graphql')));
const LIMIT_COST = Number(CONFIG_VARIABLES.LIMIT_COST);

function costOf(query: string, variables: Record<string, unknown> = {}, schema: GraphQLSchema = supergraph): number {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables).cost;
}

// The query of issue 10 that took the district subgraph down: 902 points under the old count.
const ATTACK = '{ districts { units(first:100){ nodes { ratings { unit { ratings { unit { ratings { unit { ratings { year } } } } } } } } } } }';
const RATINGS = LIST_BOUNDS['Unit.ratings'];
const DISTRICTS = LIST_BOUNDS['Query.districts'];

describe('the cost of a query counts every list at its bound', () => {
  test('a connection at its `first`, or its default page without one', () => {
    expect(costOf('{ district(id: "x") { units(first: 5) { nodes { name } } } }')).toBe(1 + (1 + 5 * (1 + 1)));
    expect(costOf('{ district(id: "x") { units { nodes { name } } } }')).toBe(1 + (1 + DEFAULT_PAGE_SIZE * (1 + 1)));
    expect(costOf('query ($n: Int) { district(id: "x") { units(first: $n) { nodes { name } } } }', { n: 7 })).toBe(1 + (1 + 7 * 2));
  });

  test('a plain list at its declared bound, and a cycle at what it expands to', () => {
    expect(costOf('{ unit(id: "x") { ratings { year } } }')).toBe(1 + (1 + RATINGS));
    expect(costOf('{ unit(id: "x") { ratings { unit { ratings { year } } } } }')).toBe(1 + (1 + RATINGS * (1 + (1 + RATINGS))));
  });

  test('the attack of issue 10 costs what it would build, far over the limit', () => {
    const cost = costOf(ATTACK);
    // From the inside out: ratings { year }, three times ratings { unit { … } } around it, the page of units.
    let ratings = 1 + RATINGS;
    for (let level = 0; level < 3; level += 1) ratings = 1 + RATINGS * (1 + ratings);
    const expected = 1 + DISTRICTS * (1 + 100 * (1 + ratings));
    expect(cost).toBe(expected);
    expect(cost).toBeGreaterThan(1e9);
    expect(cost).toBeGreaterThan(LIMIT_COST);
  });

  test('an entity fetch costs its selection once for each representation', () => {
    const fetch = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Unit { ratings { year } } } }';
    const representations = (count: number) => Array.from({ length: count }, (_, index) => ({ __typename: 'Unit', id: `ba-dinh-u${index}` }));
    expect(costOf(fetch, { representations: representations(3) }, district)).toBe(1 + 3 * (1 + RATINGS));
    expect(costOf(fetch, { representations: representations(300) }, district)).toBe(1 + 300 * (1 + RATINGS));
  });

  test.each([...DASHBOARD_QUERIES, { name: 'the playground', query: PLAYGROUND_QUERY, variables: {} }])(
    'the dashboard query $name stays under the default LIMIT_COST',
    ({ name, query, variables }) => {
      const cost = costOf(query, variables);
      console.log(`${name}: cost ${cost} of ${LIMIT_COST}`);
      expect(cost).toBeLessThanOrEqual(LIMIT_COST);
    },
  );
});
