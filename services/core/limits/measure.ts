import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../connections';
import { listBound } from './list-bounds';

/** What the limits of the gateway and the subgraphs look at in one operation, fragments counted where they are spread. */
export interface OperationMeasures {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  /**
   * A point a field, times the most items of each list around it: a connection's `first` (its
   * default page without one), a plain list's declared bound (list-bounds.ts), the representations
   * of `_entities`. A leaf list counts a point a value. So a cycle costs what it expands to.
   */
  cost: number;
}

interface SetMeasures {
  depth: number;
  aliases: number;
  /** Fields directly in the set (through fragments): the root fields, for the root set. */
  fields: number;
  directives: number;
  /** The cost of the set where nothing around it multiplies. */
  cost: number;
}

const NOTHING: SetMeasures = { depth: 0, aliases: 0, fields: 0, directives: 0, cost: 0 };

function add(total: SetMeasures, part: SetMeasures): void {
  total.depth = Math.max(total.depth, part.depth);
  total.aliases += part.aliases;
  total.fields += part.fields;
  total.directives += part.directives;
  total.cost += part.cost;
}

function withDirectives(measures: SetMeasures, directives: readonly DirectiveNode[] | undefined): SetMeasures {
  return { ...measures, directives: measures.directives + (directives?.length ?? 0) };
}

const ENTITIES = '_entities';

function fieldOf(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * Measures an operation that has passed validation (so its fragments exist and do not cycle).
 * Each fragment is measured once and its measures reused at every spread, so a document that
 * spreads fragments into each other many times over costs a walk of its text, not of its expansion.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> = {},
): OperationMeasures {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const measured = new Map<string, SetMeasures>();
  // Variables the execution would refuse leave `first` at its default here; the execution then refuses them.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  const variables = coerced.coerced ?? {};

  function argument(node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): unknown {
    try {
      return getArgumentValues(field, node, variables)[name];
    } catch {
      // A value the execution will refuse: counted as the largest it could be.
      return undefined;
    }
  }

  // How many times a field's selection is answered, at most, for each time the field is.
  function itemsOf(node: FieldNode, parent: GraphQLNamedType | undefined, field: GraphQLField<unknown, unknown> | undefined): number {
    if (!field || !parent) return 1;
    if (field.args.some((arg) => arg.name === 'first')) {
      const first = argument(node, field, 'first');
      return typeof first === 'number' ? Math.max(first, 0) : MAX_PAGE_SIZE;
    }
    // A subgraph's entity fetch: one answer for each representation the gateway sent.
    if (field.name === ENTITIES && parent === schema.getQueryType()) {
      const representations = argument(node, field, 'representations');
      return Array.isArray(representations) ? representations.length : 1;
    }
    if (!isListType(getNullableType(field.type))) return 1;
    const bound = listBound(parent.name, field.name);
    // test/unit/list-bounds.test.ts keeps every list declared; one that is not counts as a full page.
    return bound === 'page' ? 1 : (bound ?? MAX_PAGE_SIZE);
  }

  function measureField(node: FieldNode, parent: GraphQLNamedType | undefined): SetMeasures {
    const own: SetMeasures = { depth: 1, aliases: node.alias ? 1 : 0, fields: 1, directives: node.directives?.length ?? 0, cost: 1 };
    // Introspection is switched on or off as a whole (INTROSPECTION); its type references nest ten
    // deep in every client's standard query, which no limit meant for data should refuse.
    if (node.name.value.startsWith('__')) return own;
    const field = fieldOf(parent, node.name.value);
    const items = itemsOf(node, parent, field);
    if (!node.selectionSet) return { ...own, cost: items };
    const children = measureSet(node.selectionSet, field && getNamedType(field.type));
    return {
      depth: 1 + children.depth,
      aliases: own.aliases + children.aliases,
      fields: 1,
      directives: own.directives + children.directives,
      cost: 1 + items * children.cost,
    };
  }

  function measureFragment(name: string): SetMeasures {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return NOTHING;
    const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
    const measures = withDirectives(measureSet(fragment.selectionSet, type), fragment.directives);
    measured.set(name, measures);
    return measures;
  }

  function measureSet(set: SelectionSetNode, parent: GraphQLNamedType | undefined): SetMeasures {
    const total = { ...NOTHING };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        add(total, measureField(selection, parent));
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(total, withDirectives(measureFragment(selection.name.value), selection.directives));
      } else {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(total, withDirectives(measureSet(selection.selectionSet, type ?? undefined), selection.directives));
      }
    }
    return total;
  }

  const root = measureSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  const operationDirectives =
    (operation.directives?.length ?? 0) +
    (operation.variableDefinitions ?? []).reduce((sum, variable) => sum + (variable.directives?.length ?? 0), 0);
  return {
    depth: root.depth,
    aliases: root.aliases,
    rootFields: root.fields,
    directives: root.directives + operationDirectives,
    cost: root.cost,
  };
}
