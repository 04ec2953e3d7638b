import { once } from 'node:events';
import net from 'node:net';
import { isEmbedded, SUBGRAPH_NAMES, type Config } from '../services/core/config';

/** What `npm start --replicas` may run several of. */
export const SERVICE_NAMES = [...SUBGRAPH_NAMES, 'gateway'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export type Replicas = Record<ServiceName, number>;

export const REPLICAS_USAGE = `npm start -- [--replicas N | --replicas district=N,cluster=N,city=N,gateway=N]

  --replicas N                      N instances of every service
  --replicas district=2,gateway=2   as many of each service as named, one of any other
Several instances of a subgraph need its database on MySQL/MariaDB (*_DB_URL); several gateways
need REDIS_URL for the response cache they share (or RESPONSE_CACHE=false), and stand behind a
balancer on GATEWAY_PORT.`;

// More would only crowd a developer's machine: a deployment runs its instances on several.
const MOST = 16;

function count(text: string, of: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > MOST) throw new Error(`--replicas: ${of} must be a whole number from 1 to ${MOST}, got "${text}"\n\n${REPLICAS_USAGE}`);
  return value;
}

/** `N` (every service) or `name=N,…` (one for any service not named); one of each without it. */
export function parseReplicas(raw: string | undefined): Replicas {
  const replicas = Object.fromEntries(SERVICE_NAMES.map((name) => [name, 1])) as Replicas;
  if (raw === undefined) return replicas;
  if (!raw.includes('=')) {
    const each = count(raw.trim(), 'the number of instances');
    return Object.fromEntries(SERVICE_NAMES.map((name) => [name, each])) as Replicas;
  }
  for (const part of raw.split(',').map((setting) => setting.trim()).filter(Boolean)) {
    const [name, value, ...more] = part.split('=').map((word) => word.trim());
    if (!(SERVICE_NAMES as readonly string[]).includes(name) || more.length) {
      throw new Error(`--replicas must read N or name=N,… with name one of ${SERVICE_NAMES.join(', ')}, got "${part}"\n\n${REPLICAS_USAGE}`);
    }
    replicas[name as ServiceName] = count(value, name);
  }
  return replicas;
}

/** Why the configuration cannot run these instances, or undefined when it can. */
export function replicasRefusal(config: Config, replicas: Replicas): string | undefined {
  for (const name of SUBGRAPH_NAMES) {
    const { dbUrl } = config.subgraphs[name];
    if (replicas[name] === 1 || !isEmbedded(dbUrl)) continue;
    // TypeORM opens its transactions deferred, and SQLite then answers a second process's write
    // SQLITE_BUSY without waiting: the write serializer orders the writes of one process only.
    return (
      `--replicas ${name}=${replicas[name]}: several instances of the ${name} subgraph need its database on MySQL/MariaDB ` +
      `(${name.toUpperCase()}_DB_URL=mysql://…). The embedded database ${dbUrl} is a file that one process writes: ` +
      `a second one's writes would fail with SQLITE_BUSY.`
    );
  }
  if (replicas.gateway > 1 && config.gateway.responseCache && !config.redis) {
    return (
      `--replicas gateway=${replicas.gateway}: several gateways keep their response cache in Redis, so that a write through one ` +
      `is never answered stale by another: set REDIS_URL (e.g. redis://127.0.0.1:6379), or RESPONSE_CACHE=false.`
    );
  }
  return undefined;
}

/** Ports that no one listens on now, from the system: held all at once, so that no two are the same. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer().listen(0));
  await Promise.all(servers.map((server) => once(server, 'listening')));
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
