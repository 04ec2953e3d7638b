import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from '../services/core/config';
import { tokenVerifier } from '../services/core/auth';
import { serveGraphQL, type RunningService } from '../services/core/http';
import { playgroundLandingPage, servePlaygroundAssets } from './playground';
import { SubgraphDataSource } from './subgraph-data-source';

export const INTROSPECT = 'introspect';

function supergraphSource(config: Config) {
  const subgraphs = SUBGRAPH_NAMES.map((name) => ({ name, url: config.subgraphs[name].url }));
  if (config.gateway.supergraph === INTROSPECT) return new IntrospectAndCompose({ subgraphs });
  const file = path.resolve(config.gateway.supergraph);
  if (!fs.existsSync(file)) {
    throw new Error(`no supergraph at ${file}: run \`npm run schema\`, or set GATEWAY_SUPERGRAPH=${INTROSPECT}`);
  }
  return fs.readFileSync(file, 'utf8');
}

/**
 * Starts the gateway. Subgraphs are reached at the configured URLs, whatever URL the supergraph
 * file recorded when it was composed: the file is the same in every deployment.
 */
export async function startGateway(config: Config, options: { port?: number } = {}): Promise<RunningService> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSource(config),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ url: config.subgraphs[name as SubgraphName]?.url ?? url }),
  });
  return serveGraphQL({
    name: 'gateway',
    env: config.env,
    port: options.port ?? config.gateway.port,
    gateway,
    plugins: [playgroundLandingPage()],
    routes: servePlaygroundAssets,
    // A bad or expired token is refused here, before any subgraph is asked; a good one is forwarded.
    verifyToken: tokenVerifier(config.auth),
    context: (base) => base,
  });
}
