import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getNullableType, isInterfaceType, isListType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { LIST_BOUNDS, listBound } from '../../services/core/limits/list-bounds';

const SCHEMA_FOLDER = path.join(__dirname, '..', '..', 'schema');

function schemaOf(file: string): GraphQLSchema {
  return buildASTSchema(parse(fs.readFileSync(path.join(SCHEMA_FOLDER, file), 'utf8')), { assumeValidSDL: true });
}

/** Every field of an object or interface type whose type is a list, as `Type.field`. */
function listFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))
    .flatMap((type) =>
      Object.values((type as { getFields(): Record<string, { name: string; type: any }> }).getFields())
        .filter((field) => isListType(getNullableType(field.type)))
        .map((field) => `${type.name}.${field.name}`),
    );
}

// `_entities` counts the representations it is given (limits/measure.ts), not a declared bound.
const FEDERATION_LISTS = new Set(['Query._entities']);

describe('every list of the graph has a bound, so that a query costs at most what it can answer', () => {
  test.each(['supergraph.graphql', 'district.graphql', 'cluster.graphql', 'city.graphql'])('in schema/%s', (file) => {
    const fields = listFields(schemaOf(file)).filter((field) => !FEDERATION_LISTS.has(field));
    expect(fields.length).toBeGreaterThan(10);
    const unbounded = fields.filter((field) => {
      const [type, name] = field.split('.');
      return listBound(type, name) === undefined;
    });
    expect(unbounded).toEqual([]);
  });

  test('every declared bound names a list field of the supergraph, at least 1', () => {
    const lists = new Set(listFields(schemaOf('supergraph.graphql')));
    for (const [field, bound] of Object.entries(LIST_BOUNDS)) {
      expect([field, lists.has(field)]).toEqual([field, true]);
      expect(bound).toBeGreaterThanOrEqual(1);
    }
  });
});
