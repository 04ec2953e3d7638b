import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../services/core/auth';
import { DASHBOARD_QUERIES } from '../support/dashboard';
import { embeddedDatabases, type TestDatabases } from '../support/databases';
import { postGraphQL } from '../support/federation';
import { buildDist, startProcesses, type ServiceProcess } from '../support/processes';
import { tokenFor } from '../support/tokens';

const ROOT = path.resolve(__dirname, '../..');
const GUARD = path.join(ROOT, 'test/support/outbound-guard.js');
// The exporter's cloud detectors probe at once; its first report would follow within the hour, and on stop.
const SETTLE_MS = 3000;

interface Attempt {
  kind: 'tcp' | 'udp' | 'dns';
  host: string;
  port: number | null;
}

function attempts(log: string): Attempt[] {
  if (!fs.existsSync(log)) return [];
  return fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('nothing leaves the machine', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-graph-outbound-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  test("the guard sees Apollo's telemetry when it is on: the gateway's exporter probes cloud metadata addresses", async () => {
    const log = path.join(folder, 'telemetry-on.jsonl');
    const output: string[] = [];
    const script = `
      const { ApolloGateway } = require('@apollo/gateway');
      new ApolloGateway({ supergraphSdl: require('node:fs').readFileSync('schema/supergraph.graphql', 'utf8') });
      setInterval(() => undefined, 1000);`;
    // Not a service: Apollo's gateway alone, with the telemetry it has unless told otherwise.
    const inherited = { ...process.env };
    delete inherited.APOLLO_TELEMETRY_DISABLED;
    const child = spawn(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...inherited, OUTBOUND_LOG: log, NODE_OPTIONS: `--require ${GUARD}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => output.push(String(chunk)));
    child.stderr!.on('data', (chunk) => output.push(String(chunk)));
    try {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && attempts(log).length === 0; ) await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } finally {
      child.kill('SIGKILL');
      await exited(child);
    }
    expect(attempts(log).map((attempt) => attempt.host)).toEqual(expect.arrayContaining(['169.254.169.254']));
  });

  describe('the whole stack, each service its own process as npm start runs them', () => {
    const log = () => path.join(folder, 'stack.jsonl');
    const output: string[] = [];
    let databases: TestDatabases;
    let services: ServiceProcess[] = [];
    let gatewayUrl: string;

    beforeAll(async () => {
      await buildDist();
      databases = embeddedDatabases();
      // Only PATH and these reach the services (the guard too, in each): whatever the test's own
      // environment says, the services must turn Apollo's telemetry off themselves.
      const env = { NODE_ENV: 'development', SHUTDOWN_TIMEOUT_MS: '3000', OUTBOUND_LOG: log() };
      const started = await startProcesses(databases.urls, env, { nodeArgs: ['--require', GUARD], onOutput: (text) => output.push(text) });
      services = [started.district, started.cluster, started.city, started.gateway];
      gatewayUrl = started.gateway.url;
    }, 300_000);
    afterAll(async () => {
      for (const service of services) if (!service.exited()) service.signal('SIGKILL');
      await databases?.drop();
    });

    test('answers the dashboard and a write, stops cleanly, and never tries to reach outside', async () => {
      for (const { name, query, variables } of DASHBOARD_QUERIES) {
        const answer = await postGraphQL(gatewayUrl, query, variables);
        expect([name, answer.errors]).toEqual([name, undefined]);
      }
      const officer = `Bearer ${await tokenFor({ role: Role.DISTRICT_OFFICER, district: 'ba-dinh' })}`;
      const write = await postGraphQL(gatewayUrl, `mutation { launchMovement(input: { districtId: "ba-dinh", year: 2024, title: "Không gọi ra ngoài" }) { id } }`, undefined, { authorization: officer });
      expect(write.errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      // Stopping too: the exporter would send what it has when the gateway stops.
      const codes = await Promise.all(services.map((service) => service.stop()));
      expect({ codes, output: codes.some((code) => code !== 0) ? output.join('') : '' }).toEqual({ codes: [0, 0, 0, 0], output: '' });
      expect(attempts(log())).toEqual([]);
    }, 120_000);
  });
});
