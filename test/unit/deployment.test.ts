import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, gatewaySecretOf, loadConfig, SUBGRAPH_NAMES } from '../../services/core/config';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const VARIABLES = Object.keys(CONFIG_VARIABLES);
const COMPOSE_FILE = path.join(root, 'docker-compose.yml');

/** `docker compose` (v2), else Debian's `docker-compose` (v1.29, which CI installs); both read the file without an engine. */
function composeClient(): string[] | null {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    if (spawnSync(command[0], [...command.slice(1), 'version'], { stdio: 'ignore' }).status === 0) return command;
  }
  if (process.env.CI) throw new Error('no docker compose client (apt-get install docker-compose); CI requires it for the deployment test');
  console.warn("!! No docker compose client (apt-get install --no-install-recommends docker-compose): `docker compose config` is SKIPPED.");
  return null;
}

/** The README's commands for docker compose, up to (not including) `docker compose up`. */
function readmeComposeSteps(): string[] {
  const section = read('README.md').split('**With docker compose**')[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const lines = block.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  const up = lines.findIndex((line) => line.startsWith('docker compose up'));
  expect(up).toBeGreaterThan(0);
  return lines.slice(0, up);
}

/** Runs `docker compose config` as a user would, in a directory holding only what the steps made. */
function composeConfig(client: string[], steps: string[]): { status: number | null; stdout: string; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-'));
  try {
    fs.copyFileSync(path.join(root, '.env.example'), path.join(dir, '.env.example'));
    execFileSync('bash', ['-euo', 'pipefail', '-c', steps.join('\n')], { cwd: dir });
    // Nothing from this process's environment: compose would let it override the env file.
    const result = spawnSync(client[0], [...client.slice(1), '-f', COMPOSE_FILE, '--env-file', path.join(dir, '.env'), 'config'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const client = composeClient();

(client ? describe : describe.skip)("docker compose config, with the README's steps", () => {
  let services: Record<string, any>;
  beforeAll(() => {
    const { status, stdout, stderr } = composeConfig(client!, readmeComposeSteps());
    expect([status, stderr]).toEqual([0, expect.any(String)]);
    services = parse(stdout).services;
  });
  const ours = () => Object.entries(services).filter(([name]) => name !== 'mysql' && name !== 'redis');

  test('accepts the file, and every service gets the secrets the steps wrote', () => {
    const secrets = new Set<string>();
    for (const [name, service] of ours()) {
      expect([name, service.environment.JWT_SECRET]).toEqual([name, expect.stringMatching(/^.{32,}$/)]);
      expect([name, service.environment.GATEWAY_SECRET]).toEqual([name, expect.stringMatching(/^.{32,}$/)]);
      secrets.add(`${service.environment.JWT_SECRET} ${service.environment.GATEWAY_SECRET}`);
    }
    expect(secrets.size).toBe(1);
    const password = services.mysql.environment.MYSQL_PASSWORD;
    expect(password).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(services.seed.environment.DISTRICT_DB_URL).toBe(`mysql://emulation:${password}@mysql:3306/emulation_district`);
  });

  test('gives every service of ours a configuration it starts with, as the image runs it', () => {
    const nodeEnv = /^ENV NODE_ENV=(\S+)$/m.exec(read('Dockerfile'))?.[1];
    expect(nodeEnv).toBe('production');
    for (const [name, service] of ours()) {
      const config = loadConfig({ ...service.environment, NODE_ENV: nodeEnv });
      expect([name, config.env, config.redis?.url]).toEqual([name, 'production', 'redis://redis:6379']);
      if (name !== 'seed' && name !== 'balancer') expect(gatewaySecretOf(config)).toBe(service.environment.GATEWAY_SECRET);
    }
    expect(loadConfig({ ...services.balancer.environment, NODE_ENV: nodeEnv }).balancer.targets).toHaveLength(2);
  });

  test('refuses at once, naming what to set, when .env lacks the secrets', () => {
    const { status, stderr } = composeConfig(client!, ['cp .env.example .env']);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/set (JWT_SECRET|GATEWAY_SECRET|MYSQL_PASSWORD) in \.env/);
  });
});

describe('docker-compose.yml', () => {
  // Merge keys (<<) as compose reads them; the x- blocks are only shared parts.
  const services: Record<string, any> = parse(read('docker-compose.yml'), { merge: true }).services;
  const instancesOf = (service: string) => Object.keys(services).filter((name) => name.replace(/-\d+$/, '') === service);
  const ours = Object.entries(services).filter(([name]) => name !== 'mysql' && name !== 'redis');
  const longRunning = Object.entries(services).filter(([name]) => name !== 'seed');
  const mysqlUrls = ours.flatMap(([, service]) => Object.entries(service.environment).filter(([name]) => name.endsWith('_DB_URL')).map(([, url]) => String(url)));

  test('runs two instances of each subgraph and of the gateway, alike, and a balancer in front of the gateways', () => {
    for (const service of [...SUBGRAPH_NAMES, 'gateway']) {
      const instances = instancesOf(service);
      expect([service, instances]).toEqual([service, [`${service}-1`, `${service}-2`]]);
      expect(services[instances[1]]).toEqual(services[instances[0]]);
    }
    expect(Object.keys(services).sort()).toEqual(
      ['mysql', 'redis', 'seed', 'balancer', ...[...SUBGRAPH_NAMES, 'gateway'].flatMap((service) => instancesOf(service))].sort(),
    );
  });

  test('builds every service of ours from the Dockerfile, each command an entry point of the code', () => {
    for (const [name, service] of ours) {
      expect([name, service.build]).toEqual([name, '.']);
      const entry = service.command[1].replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect([name, fs.existsSync(path.join(root, entry))]).toEqual([name, true]);
    }
  });

  test('restarts every long-running service unless stopped by hand, never the seed job', () => {
    for (const [name, service] of longRunning) expect([name, service.restart]).toEqual([name, 'unless-stopped']);
    expect(services.seed.restart).toBe('no');
  });

  test('gives every long-running service a healthcheck: readiness for the gateways and subgraphs, on their own port', () => {
    expect(services.mysql.healthcheck.test).toEqual(expect.arrayContaining(['mysqladmin', 'ping']));
    expect(services.redis.healthcheck.test).toEqual(['CMD', 'redis-cli', 'ping']);
    for (const name of SUBGRAPH_NAMES) {
      for (const instance of instancesOf(name)) {
        const port = services[instance].environment[`${name.toUpperCase()}_PORT`];
        expect([instance, services[instance].healthcheck.test.join(' ')]).toEqual([instance, expect.stringContaining(`localhost:${port}/health/ready`)]);
      }
    }
    for (const instance of instancesOf('gateway')) {
      expect(services[instance].healthcheck.test.join(' ')).toContain(`localhost:${services[instance].environment.GATEWAY_PORT}/health/ready`);
    }
    expect(services.balancer.healthcheck.test.join(' ')).toContain(`localhost:${services.balancer.environment.BALANCER_PORT}/health/live`);
    for (const [name, service] of longRunning) expect([name, service.healthcheck.retries]).toEqual([name, expect.any(Number)]);
  });

  test('sets only variables that the config module reads', () => {
    for (const [name, service] of ours) {
      for (const variable of Object.keys(service.environment)) expect([name, variable, VARIABLES.includes(variable)]).toEqual([name, variable, true]);
    }
  });

  test('writes no secret: the token secrets and the MySQL password come from .env, and root gets a random password', () => {
    for (const [name, service] of ours) {
      expect([name, service.environment.JWT_SECRET]).toEqual([name, expect.stringMatching(/^\$\{JWT_SECRET:\?[^}]+\}$/)]);
      expect([name, service.environment.GATEWAY_SECRET]).toEqual([name, expect.stringMatching(/^\$\{GATEWAY_SECRET:\?[^}]+\}$/)]);
    }
    const mysql = services.mysql.environment;
    expect(mysql).not.toHaveProperty('MYSQL_ROOT_PASSWORD');
    expect(mysql).toMatchObject({ MYSQL_RANDOM_ROOT_PASSWORD: 'yes', MYSQL_PASSWORD: expect.stringMatching(/^\$\{MYSQL_PASSWORD:\?[^}]+\}$/) });
    expect(mysqlUrls.length).toBeGreaterThan(0);
    for (const url of mysqlUrls) expect(url).toMatch(new RegExp(`^mysql://${mysql.MYSQL_USER}:\\$\\{MYSQL_PASSWORD:\\?[^}]+\\}@mysql:3306/emulation_[a-z]+$`));
  });

  test("grants the application user every subgraph's database, which its URLs name", () => {
    const grants = read('deploy/mysql-grants.sql');
    expect(services.mysql.volumes).toContain('./deploy/mysql-grants.sql:/docker-entrypoint-initdb.d/grants.sql:ro');
    expect(grants).toContain(`GRANT ALL PRIVILEGES ON \`emulation\\_%\`.* TO '${services.mysql.environment.MYSQL_USER}'@'%';`);
    // MySQL 8.4 logs binary by default; without this, a user without SUPER cannot create the triggers.
    expect(services.mysql.command).toContain('--log-bin-trust-function-creators=ON');
  });

  test('points each gateway at every instance of each subgraph, and the balancer at every gateway', () => {
    for (const gateway of instancesOf('gateway')) {
      for (const name of SUBGRAPH_NAMES) {
        const urls = instancesOf(name).map((instance) => `http://${instance}:${services[instance].environment[`${name.toUpperCase()}_PORT`]}/graphql`);
        expect([gateway, services[gateway].environment[`${name.toUpperCase()}_URL`]]).toEqual([gateway, urls.join(',')]);
        for (const instance of instancesOf(name)) expect(services[gateway].depends_on[instance]).toEqual({ condition: 'service_healthy' });
      }
    }
    const gateways = instancesOf('gateway');
    expect(services.balancer.environment.BALANCER_TARGETS).toBe(gateways.map((gateway) => `http://${gateway}:${services[gateway].environment.GATEWAY_PORT}`).join(','));
    for (const gateway of gateways) expect(services.balancer.depends_on[gateway]).toEqual({ condition: 'service_healthy' });
    for (const name of ['cluster', 'city']) {
      for (const instance of instancesOf(name)) expect(services[instance].environment.GRAPH_URL).toBe(`http://balancer:${services.balancer.environment.BALANCER_PORT}/graphql`);
    }
  });

  test('publishes only the balancer, on the port it listens on', () => {
    const port = services.balancer.environment.BALANCER_PORT;
    expect(services.balancer.ports).toEqual([`${port}:${port}`]);
    expect(Object.entries(services).filter(([, service]) => service.ports).map(([name]) => name)).toEqual(['balancer']);
  });

  test('shares the response cache through Redis among every service of ours', () => {
    for (const [name, service] of ours) expect([name, service.environment.REDIS_URL]).toEqual([name, 'redis://redis:6379']);
    for (const name of SUBGRAPH_NAMES) {
      for (const instance of instancesOf(name)) {
        expect(services[instance].depends_on).toEqual({
          mysql: { condition: 'service_healthy' },
          redis: { condition: 'service_healthy' },
          seed: { condition: 'service_completed_successfully' },
        });
        const variable = `${name.toUpperCase()}_DB_URL`;
        expect(services[instance].environment[variable]).toMatch(new RegExp(`/emulation_${name}$`));
      }
    }
  });

  test("migrates and loads the demo data by a one-shot seed job into the subgraphs' databases, before any instance starts", () => {
    const seed = services.seed;
    expect(seed.command).toEqual(['node', 'dist/scripts/seed.js']);
    expect(seed.depends_on.mysql).toEqual({ condition: 'service_healthy' });
    for (const name of SUBGRAPH_NAMES) {
      const variable = `${name.toUpperCase()}_DB_URL`;
      expect([variable, seed.environment[variable]]).toEqual([variable, services[`${name}-1`].environment[variable]]);
    }
  });
});

describe('the image', () => {
  const dockerfile = read('Dockerfile');

  test('runs on the current Node LTS, while the code still runs on Node 20', () => {
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) => image);
    expect(bases).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
    expect(JSON.parse(read('package.json')).engines.node).toBe('>=20');
  });

  test('leaves out of the build context local secrets and what is installed or built here, but nothing the build copies', () => {
    const ignored = read('.dockerignore').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.git', 'node_modules', 'dashboard/node_modules', 'dist', 'dashboard/dist', 'data', 'test-results']));
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap(([, args]) => args.trim().split(/\s+/).slice(0, -1));
    expect(copied.length).toBeGreaterThan(0);
    for (const source of copied) {
      const excluded = ignored.filter((pattern) => !pattern.startsWith('!') && (source === pattern || source.startsWith(`${pattern}/`)));
      expect([source, excluded]).toEqual([source, []]);
    }
  });
});
