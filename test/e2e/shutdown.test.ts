import net, { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseMysqlUrl } from '../../services/core/data-source';
import { describeOnMysql, mysqlDatabases, type TestDatabases } from '../support/databases';
import { buildDist, startProcess, type ServiceProcess } from '../support/processes';

const GRACE_MS = 2000;
// The signal's way to the process, and the process's exit after it.
const SLACK_MS = 300;

/** A TCP proxy to the database that can go silent: connections stay open, nothing passes either way. */
async function silenceableProxy(host: string, port: number): Promise<{ port: number; silence(): void; close(): void }> {
  let silent = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk) => silent || upstream.write(chunk));
    upstream.on('data', (chunk) => silent || client.write(chunk));
    client.on('close', () => silent || upstream.destroy());
    upstream.on('close', () => silent || client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    silence: () => {
      silent = true;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describeOnMysql('stopping with a database that went silent', () => {
  let databases: TestDatabases;
  let proxy: Awaited<ReturnType<typeof silenceableProxy>>;
  let district: ServiceProcess;
  const lines: Array<Record<string, any>> = [];
  beforeAll(async () => {
    await buildDist();
    databases = mysqlDatabases('shutdown');
    const target = parseMysqlUrl(databases.urls.district);
    proxy = await silenceableProxy(target.host, target.port);
    let pending = '';
    const env = {
      NODE_ENV: 'development',
      DISTRICT_PORT: '0',
      DISTRICT_DB_URL: `mysql://${target.user}@127.0.0.1:${proxy.port}/${target.database}`,
      SEED_WHEN_EMPTY: 'false',
      SHUTDOWN_TIMEOUT_MS: String(GRACE_MS),
    };
    district = await startProcess('district', 'services/district/index.js', env, {
      onOutput: (text, stream) => {
        if (stream === 'stderr') return void process.stderr.write(text);
        const parts = (pending + text).split('\n');
        pending = parts.pop() ?? '';
        for (const part of parts) if (part.startsWith('{')) lines.push(JSON.parse(part));
      },
    });
  }, 180_000);
  afterAll(async () => {
    if (district && !district.exited()) district.signal('SIGKILL');
    proxy?.close();
    await databases?.drop();
  });

  test(`exits 0 within SHUTDOWN_TIMEOUT_MS (${GRACE_MS} ms), a request and the pool stuck on the database, and says so`, async () => {
    const { url } = district;
    proxy.silence();
    // A request that waits on the silent database for ever.
    const stuck = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ districts { id } }' }) }).catch(
      (error: Error) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const code = await district.stop();
    const tookMs = performance.now() - started;
    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(GRACE_MS + SLACK_MS);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'the database did not close within the shutdown grace: stopping without it' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'stopped' }));
    await stuck;
  }, 30_000);
});
