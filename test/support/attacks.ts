import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The family of issue 10's attack, made from the schema itself: every pair of relations that leads
 * from a type back to itself within two hops (`Unit.ratings` → `YearRating.unit` → `Unit`), nested
 * as deep as a query may go, each reached from the root by the shortest path the schema offers.
 */

const SCHEMA_FOLDER = path.join(__dirname, '..', '..', 'schema');

export function schemaFile(file: string): GraphQLSchema {
  return buildASTSchema(parse(fs.readFileSync(path.join(SCHEMA_FOLDER, file), 'utf8')), { assumeValidSDL: true });
}

/** One hop: a field of `from` whose items are `to`, directly or as the `nodes` of a connection. */
export interface Relation {
  from: string;
  field: GraphQLField<unknown, unknown>;
  to: GraphQLObjectType;
  connection: boolean;
  /** Whether it answers more than one item: a list or a connection. */
  list: boolean;
}

export interface CyclicPair {
  name: string;
  /** The hops from the cycle's type back to it: one (a type that contains itself) or two. */
  hops: Relation[];
}

// A client cannot select these: the supergraph hides them; a subgraph answers them only with the
// data a gateway's entity fetch carries (@external, @requires).
const UNREACHABLE = ['inaccessible', 'external', 'requires'];

function reachable(field: GraphQLField<unknown, unknown>): boolean {
  return !(field.astNode?.directives ?? []).some((directive) => UNREACHABLE.includes(directive.name.value));
}

function connectionItems(type: GraphQLObjectType): GraphQLObjectType | undefined {
  const nodes = type.getFields().nodes;
  const items = nodes && getNamedType(nodes.type);
  return type.name.endsWith('Connection') && isObjectType(items) ? items : undefined;
}

export function relationsOf(schema: GraphQLSchema, type: GraphQLObjectType): Relation[] {
  return Object.values(type.getFields())
    .filter(reachable)
    .flatMap((field): Relation[] => {
      const target = getNamedType(field.type);
      if (!isObjectType(target)) return [];
      const items = connectionItems(target);
      const list = isListType(getNullableType(field.type)) || Boolean(items);
      return [{ from: type.name, field, to: items ?? target, connection: Boolean(items), list }];
    });
}

function dataTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('_') && !roots.has(type.name),
  );
}

/** Every cycle of one or two hops, once each, whichever of its types it is read from. */
export function cyclicPairs(schema: GraphQLSchema): CyclicPair[] {
  const pairs = new Map<string, CyclicPair>();
  for (const type of dataTypes(schema)) {
    for (const first of relationsOf(schema, type)) {
      const name = (hops: Relation[]) => hops.map((hop) => `${hop.from}.${hop.field.name}`).join(' → ');
      if (first.to.name === type.name) {
        pairs.set(name([first]), { name: name([first]), hops: [first] });
        continue;
      }
      for (const second of relationsOf(schema, first.to).filter((relation) => relation.to.name === type.name)) {
        const key = [name([first]), name([second])].sort().join(' | ');
        if (!pairs.has(key)) pairs.set(key, { name: name([first, second]), hops: [first, second] });
      }
    }
  }
  return [...pairs.values()];
}

/** Values for the arguments a field requires; ids are the demo's, so that the shallow variants find data. */
export interface ArgumentValues {
  /** By the type a root field's `id` names, e.g. { District: 'dong-da' }. */
  ids: Record<string, string>;
}

function literal(type: GraphQLInputType, name: string, values: ArgumentValues, owner: string): string {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (named.name === 'Int') return name === 'first' ? '100' : '2020';
  if (named.name === 'Boolean') return 'true';
  const id = name === 'id' ? values.ids[owner] : name === 'code' ? values.ids.AwardType : values.ids[name[0].toUpperCase() + name.slice(1)];
  return JSON.stringify(id ?? 'none');
}

/** A field's arguments: the required ones, and the largest page a connection may ask (`first: 100`). */
function argumentsOf(field: GraphQLField<unknown, unknown>, values: ArgumentValues): string {
  const owner = getNamedType(field.type).name;
  const given = field.args
    .filter((argument: GraphQLArgument) => argument.name === 'first' || (isNonNullType(argument.type) && argument.defaultValue === undefined))
    .map((argument) => `${argument.name}: ${literal(argument.type, argument.name, values, owner)}`);
  return given.length ? `(${given.join(', ')})` : '';
}

/** A leaf of the type to end the nesting with: its first scalar field that needs no argument. */
function leafOf(type: GraphQLObjectType): string {
  const leaf = Object.values(type.getFields()).find((field) => reachable(field) && isLeafType(getNamedType(field.type)) && !field.args.some((a) => isNonNullType(a.type)));
  return leaf?.name ?? '__typename';
}

/** `field(args) { inner }`, through the connection's `nodes`; and the levels of depth it adds. */
function hop(relation: Relation, inner: string, values: ArgumentValues): { text: string; depth: number } {
  const call = `${relation.field.name}${argumentsOf(relation.field, values)}`;
  return relation.connection ? { text: `${call} { nodes { ${inner} } }`, depth: 2 } : { text: `${call} { ${inner} }`, depth: 1 };
}

/** The shortest way from the root to a type: the selections that wrap what is asked of it. */
export function entryTo(schema: GraphQLSchema, target: string, values: ArgumentValues): Relation[] | undefined {
  const query = schema.getQueryType()!;
  const queue: Array<{ type: GraphQLObjectType; path: Relation[] }> = [{ type: query, path: [] }];
  const seen = new Set([query.name]);
  while (queue.length) {
    const { type, path: way } = queue.shift()!;
    if (type.name === target) return way;
    for (const relation of relationsOf(schema, type)) {
      if (seen.has(relation.to.name)) continue;
      seen.add(relation.to.name);
      queue.push({ type: relation.to, path: [...way, relation] });
    }
  }
  return undefined;
}

export interface Variant {
  pair: string;
  /** The depth of the query, as the limits count it. */
  depth: number;
  /** How many times the cycle is repeated. */
  rounds: number;
  query: string;
}

/**
 * The pair's cycle repeated `rounds` times from its type, reached by `entry`; each hop that can
 * answer many items asks for the most it can.
 */
export function variant(pair: CyclicPair, entry: Relation[], rounds: number, values: ArgumentValues): Variant {
  const cycle = Array.from({ length: rounds }, () => pair.hops).flat();
  let text = leafOf(cycle.at(-1)!.to);
  let depth = 1;
  for (const relation of [...entry, ...cycle].reverse()) {
    const wrapped = hop(relation, text, values);
    text = wrapped.text;
    depth += wrapped.depth;
  }
  return { pair: pair.name, depth, rounds, query: `{ ${text} }` };
}

/** The variants of a pair from one round up to the first one deeper than `depthLimit`. */
export function variantsUpTo(pair: CyclicPair, entry: Relation[], depthLimit: number, values: ArgumentValues): Variant[] {
  const variants: Variant[] = [];
  for (let rounds = 1; ; rounds += 1) {
    const next = variant(pair, entry, rounds, values);
    variants.push(next);
    if (next.depth > depthLimit) return variants;
  }
}
