import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { validateArgument } from './validation';

// printSchemaWithDirectives keeps the directives, but a subgraph must import each one it uses.
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Entity types that no root field returns but that other subgraphs reference. */
  orphanedTypes?: Function[];
  /**
   * `__resolveReference` per entity type. They live outside type-graphql, so each must use the
   * request's loaders itself.
   */
  referenceResolvers?: Record<string, { __resolveReference(reference: any, context: any): unknown }>;
}

/** The single way a subgraph turns its type-graphql resolvers into a Federation 2 schema. */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // A subgraph may contribute fields without a Query of its own: let buildSubgraphSchema check it.
    skipCheck: true,
    validateFn: validateArgument,
  });
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphqlSchema) };
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
