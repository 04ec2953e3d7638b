import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { loadConfig } from '../../services/core/config';
import { createLogger, type DestinationStream } from '../../services/core/logger';
import { startSubgraph } from '../../services/core/subgraph';
import { citySubgraph } from '../../services/city/subgraph';
import { startGateway, type GatewayService } from '../../gateway/gateway';
import { gatewayReadiness } from '../../gateway/readiness';
import { DATABASES, describeOnMysql, embeddedDatabases, mysqlDatabases, type TestDatabases } from '../support/databases';
import { gatewayConfig, postGraphQL, startFederation, type Federation } from '../support/federation';
import { buildDist, startProcess, type ServiceProcess } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');
const SUPERGRAPH = fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
const OLD_DESCRIPTION = 'The district-level units of the city, in Vietnamese alphabetical order';
const NEW_DESCRIPTION = 'Every district-level unit of the city, reloaded';
const RELOADED_SUPERGRAPH = SUPERGRAPH.replace(OLD_DESCRIPTION, NEW_DESCRIPTION);
const NOT_A_SUPERGRAPH = 'type Query { districts: [String] }\n';

const DESCRIPTION_OF_DISTRICTS = `{ __type(name: "Query") { fields { name description } } }`;

/** How the gateway describes `Query.districts` now: which supergraph it serves. */
async function districtsDescription(url: string): Promise<string> {
  const body = await postGraphQL<{ __type: { fields: Array<{ name: string; description: string }> } }>(url, DESCRIPTION_OF_DISTRICTS);
  return body.data!.__type.fields.find((field) => field.name === 'districts')!.description;
}

interface LogLine {
  level: string;
  msg: string;
}

/** A destination for the gateway's JSON log lines, where a test waits for one: reloads are reported there. */
function logLines(): { destination: DestinationStream; next(pattern: RegExp): Promise<LogLine> } {
  const waiting: Array<{ pattern: RegExp; resolve: (line: LogLine) => void }> = [];
  return {
    destination: {
      write(text: string) {
        const line = JSON.parse(text) as LogLine;
        const found = waiting.findIndex(({ pattern }) => pattern.test(line.msg));
        if (found >= 0) waiting.splice(found, 1)[0].resolve(line);
      },
    },
    next: (pattern) => new Promise((resolve) => waiting.push({ pattern, resolve })),
  };
}

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-ops-'));
}

describe('hot reload of the supergraph file', () => {
  let databases: TestDatabases;
  let federation: Federation;
  let gateway: GatewayService;
  let folder: string;
  let file: string;
  const logs = logLines();
  beforeAll(async () => {
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls);
    folder = temporaryFolder();
    file = path.join(folder, 'supergraph.graphql');
    fs.writeFileSync(file, SUPERGRAPH);
    gateway = await startGateway(gatewayConfig(federation.subgraphs, { GATEWAY_SUPERGRAPH: file }), {
      port: 0,
      log: createLogger('gateway', 'info', logs.destination),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
    await databases?.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('serves a valid new supergraph as soon as the file changes', async () => {
    expect(await districtsDescription(gateway.url)).toMatch(OLD_DESCRIPTION);
    const reloaded = logs.next(/supergraph reloaded/);
    fs.writeFileSync(file, RELOADED_SUPERGRAPH);
    expect(await reloaded).toMatchObject({ level: 'info', msg: expect.stringContaining('(file changed)') });
    expect(await districtsDescription(gateway.url)).toMatch(NEW_DESCRIPTION);
  });

  test('refuses an invalid supergraph with a log line and keeps serving the previous one', async () => {
    const refused = logs.next(/supergraph refused/);
    fs.writeFileSync(file, NOT_A_SUPERGRAPH);
    expect(await refused).toMatchObject({ level: 'error', msg: expect.stringContaining('the previous one keeps serving') });
    expect(await districtsDescription(gateway.url)).toMatch(NEW_DESCRIPTION);
    const answer = await postGraphQL(gateway.url, '{ district(id: "dong-da") { name } }');
    expect(answer).toEqual({ data: { district: { name: 'Đống Đa' } } });
  });

  test('/health/ready: the gateway is ready with a supergraph, and says which subgraphs it reaches', async () => {
    const ready = await fetch(new URL('/health/ready', gateway.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      service: 'gateway',
      ready: true,
      supergraph: 'loaded',
      subgraphs: {
        district: { reachable: true, circuit: 'closed' },
        cluster: { reachable: true, circuit: 'closed' },
        city: { reachable: true, circuit: 'closed' },
      },
    });
    for (const subgraph of Object.values(federation.subgraphs)) {
      const answer = await fetch(new URL('/health/ready', subgraph.url));
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ service: subgraph.name, ready: true, database: 'up' });
    }
  });

  test('/health/ready: a subgraph that is down leaves the gateway ready, reported unreachable', async () => {
    const elsewhere = await startGateway(
      gatewayConfig(federation.subgraphs, { CITY_URL: 'http://127.0.0.1:1/graphql', LOG_LEVEL: 'silent' }),
      { port: 0 },
    );
    try {
      const ready = await fetch(new URL('/health/ready', elsewhere.url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, subgraphs: { district: { reachable: true }, city: { reachable: false } } });
    } finally {
      await elsewhere.stop();
    }
  });
});

test('a gateway without a supergraph is not ready', async () => {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  // Never loaded: what a probe sees while the gateway starts.
  const closed = () => ({ district: 'closed', cluster: 'closed', city: 'closed' }) as const;
  const readiness = await gatewayReadiness(new ApolloGateway({ supergraphSdl: SUPERGRAPH }), config, closed)();
  expect(readiness).toMatchObject({ ready: false, supergraph: 'none' });
});

/** A TCP proxy in front of the database server: cutting it is the database going away. */
async function databaseProxy(target: URL): Promise<{ port: number; cut(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

describe.each(DATABASES)('a subgraph on %s', (_name, make, describeFn) => {
  describeFn('/health/ready', () => {
    test('answers 200 while its database answers', async () => {
      const databases = make('ready');
      const subgraph = await startSubgraph(citySubgraph, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
        port: 0,
        dbUrl: databases.urls.city,
      });
      try {
        const answer = await fetch(new URL('/health/ready', subgraph.url));
        expect(answer.status).toBe(200);
        expect(await answer.json()).toEqual({ service: 'city', ready: true, database: 'up' });
      } finally {
        await subgraph.stop();
        await databases.drop();
      }
    });
  });
});

describeOnMysql('a subgraph whose MariaDB goes away', () => {
  test('answers 503 on /health/ready', async () => {
    const databases = mysqlDatabases('gone');
    const direct = new URL(databases.urls.city);
    const proxy = await databaseProxy(direct);
    const proxied = new URL(direct);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const subgraph = await startSubgraph(citySubgraph, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), {
      port: 0,
      dbUrl: proxied.toString(),
    });
    try {
      expect((await fetch(new URL('/health/ready', subgraph.url))).status).toBe(200);
      proxy.cut();
      const answer = await fetch(new URL('/health/ready', subgraph.url));
      expect(answer.status).toBe(503);
      expect(await answer.json()).toMatchObject({ service: 'city', ready: false, database: 'down' });
    } finally {
      await subgraph.stop();
      await databases.drop();
    }
  });
});

/** A district subgraph stand-in that answers every query after a second, with one district. */
async function slowSubgraph(): Promise<{ url: string; received: Promise<void>; close(): void }> {
  let signalReceived!: () => void;
  const received = new Promise<void>((resolve) => (signalReceived = resolve));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      signalReceived();
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { districts: [{ id: 'dong-da' }] } }));
      }, 1000);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    close: () => server.close(),
  };
}

describe('the gateway as a process (node dist/gateway/index.js)', () => {
  let folder: string;
  let mounted: string;
  let slow: Awaited<ReturnType<typeof slowSubgraph>>;
  let gateway: ServiceProcess;
  beforeAll(async () => {
    await buildDist();
    slow = await slowSubgraph();
    folder = temporaryFolder();
    // A mounted file (a Kubernetes ConfigMap is a symlink) changes where the folder's watch does not see it.
    fs.mkdirSync(path.join(folder, 'mount'));
    mounted = path.join(folder, 'mount', 'supergraph.graphql');
    fs.writeFileSync(mounted, SUPERGRAPH);
    fs.symlinkSync(mounted, path.join(folder, 'supergraph.graphql'));
    gateway = await startProcess('gateway', 'gateway/index.js', {
      NODE_ENV: 'production',
      JWT_SECRET: 'a production secret of at least thirty-two characters',
      GATEWAY_SECRET: 'the gateway secret of at least thirty-two characters',
      INTROSPECTION: 'true',
      GATEWAY_PORT: '0',
      GATEWAY_SUPERGRAPH: path.join(folder, 'supergraph.graphql'),
      DISTRICT_URL: slow.url,
      CLUSTER_URL: 'http://127.0.0.1:1/graphql',
      CITY_URL: 'http://127.0.0.1:1/graphql',
    });
  }, 120000);
  afterAll(() => {
    if (gateway && !gateway.exited()) gateway.signal('SIGKILL');
    slow?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('reloads the supergraph on SIGHUP', async () => {
    fs.writeFileSync(mounted, RELOADED_SUPERGRAPH);
    const reloaded = gateway.printed(/supergraph reloaded .*\(SIGHUP\)/);
    gateway.signal('SIGHUP');
    await reloaded;
    expect(await districtsDescription(gateway.url)).toMatch(NEW_DESCRIPTION);
  });

  test('on SIGTERM, finishes the request in flight, then exits 0', async () => {
    const answer = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ districts { id } }' }),
    });
    await slow.received;
    const exited = gateway.stop();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { districts: [{ id: 'dong-da' }] } });
    expect(await exited).toBe(0);
  });
});
