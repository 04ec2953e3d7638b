import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../services/core/config';
import type { RunningService } from '../../services/core/http';
import { startSubgraph } from '../../services/core/subgraph';
import { SUBGRAPHS } from '../../services/subgraphs';
import type { DatabaseUrls } from './databases';
import { seedEmptyDatabases } from './demo-data';

/** A port nothing listens on: free to take, or to find closed. */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** A subgraph on a fixed port, so that it can stop and start again where the gateway looks for it. */
export function restartableSubgraph(name: SubgraphName, dbUrl: string, port: number, env: Record<string, string> = {}) {
  const definition = SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
  // A log line a request would cost a test under load more than the services themselves.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env });
  let running: RunningService | undefined;
  return {
    name,
    url: `http://localhost:${port}/graphql`,
    async start() {
      await seedEmptyDatabases({ [name]: dbUrl }, config.dataset);
      running = await startSubgraph(definition, config, { port, dbUrl });
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
  };
}
export type RestartableSubgraph = ReturnType<typeof restartableSubgraph>;

/** The three subgraphs, each restartable on a free port of its own, started on the given databases. */
export async function startRestartableSubgraphs(dbUrls: DatabaseUrls, env: Record<string, string> = {}): Promise<Record<SubgraphName, RestartableSubgraph>> {
  const subgraphs = {} as Record<SubgraphName, RestartableSubgraph>;
  try {
    for (const name of SUBGRAPH_NAMES) {
      subgraphs[name] = restartableSubgraph(name, dbUrls[name], await freePort(), env);
      await subgraphs[name].start();
    }
    return subgraphs;
  } catch (error) {
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    throw error;
  }
}

/** gatewayConfig reads only each subgraph's url, which a stopped one keeps. */
export function urlsOf(subgraphs: Record<SubgraphName, RestartableSubgraph>): Record<SubgraphName, RunningService> {
  return subgraphs as unknown as Record<SubgraphName, RunningService>;
}
