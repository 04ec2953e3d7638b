import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { loadConfig, type SubgraphName } from '../services/core/config';
import { buildFederatedSchema } from '../services/core/federated-schema';
import { SUBGRAPHS } from '../services/subgraphs';

export type SchemaFiles = Record<`${SubgraphName | 'supergraph' | 'api'}.graphql`, string>;

/**
 * Each subgraph's SDL as the code prints it, the supergraph they compose to, and its API schema: what
 * clients see, without federation's directives and `@inaccessible` fields (the dashboard's operations
 * are typed against it).
 */
export async function printSchemas(): Promise<SchemaFiles> {
  const { subgraphs } = loadConfig({});
  const services = await Promise.all(
    SUBGRAPHS.map(async (definition) => ({
      name: definition.name,
      url: subgraphs[definition.name].urls[0],
      sdl: printSubgraphSchema(await buildFederatedSchema(definition.schema)),
    })),
  );
  const composed = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (composed.errors) {
    throw new Error(`the subgraphs do not compose:\n${composed.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return {
    ...(Object.fromEntries(services.map(({ name, sdl }) => [`${name}.graphql`, `${sdl.trim()}\n`])) as SchemaFiles),
    'supergraph.graphql': `${composed.supergraphSdl.trim()}\n`,
    'api.graphql': `${printSchema(composed.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
