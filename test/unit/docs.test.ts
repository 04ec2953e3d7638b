import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, SUBGRAPH_NAMES } from '../../services/core/config';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const VARIABLES = Object.keys(CONFIG_VARIABLES);

describe('what the docs promise matches the config module', () => {
  test("the README's table lists every variable with its default, and nothing else", () => {
    const rows = [...read('README.md').matchAll(/^\| `([A-Z_]+)` \| (.+?) \|/gm)].map(([, name, value]) => [name, value.replace(/`/g, '')]);
    expect(Object.fromEntries(rows)).toEqual(CONFIG_VARIABLES);
  });

  test('.env.example names every variable, and nothing else', () => {
    const named = [...read('.env.example').matchAll(/^#? ?([A-Z_]+)=/gm)].map(([, name]) => name);
    expect([...new Set(named)].sort()).toEqual([...VARIABLES].sort());
  });
});

describe('docker-compose.yml (parsed: no Docker engine runs here)', () => {
  const compose = parse(read('docker-compose.yml'));
  const services: Record<string, any> = compose.services;
  const ours = Object.entries(services).filter(([name]) => name !== 'mysql' && name !== 'seed');

  test('runs the three subgraphs and the gateway from the Dockerfile, each with a healthcheck', () => {
    expect(ours.map(([name]) => name).sort()).toEqual([...SUBGRAPH_NAMES, 'gateway'].sort());
    for (const [name, service] of ours) {
      expect([name, service.build]).toEqual([name, '.']);
      expect(service.healthcheck.test.join(' ')).toContain('/health/live');
      const entry = service.command.at(-1).replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect(fs.existsSync(path.join(root, entry))).toBe(true);
    }
  });

  test('sets only variables that the config module reads', () => {
    for (const [, service] of ours) {
      for (const variable of Object.keys(service.environment)) expect(VARIABLES).toContain(variable);
    }
  });

  test("publishes each service on the port it is configured to listen on, and points the gateway there", () => {
    const gateway = services.gateway;
    expect(gateway.ports).toEqual([`${gateway.environment.GATEWAY_PORT}:${gateway.environment.GATEWAY_PORT}`]);
    for (const name of SUBGRAPH_NAMES) {
      const service = services[name];
      const port = service.environment[`${name.toUpperCase()}_PORT`];
      expect(service.ports).toEqual([`${port}:${port}`]);
      expect(service.healthcheck.test.join(' ')).toContain(`localhost:${port}/`);
      expect(gateway.environment[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on[name]).toEqual({ condition: 'service_healthy' });
      expect(service.environment[`${name.toUpperCase()}_DB_URL`]).toMatch(new RegExp(`^mysql://[^@]+@mysql:3306/emulation_${name}$`));
      expect(service.depends_on.mysql).toEqual({ condition: 'service_healthy' });
      expect(service.depends_on.seed).toEqual({ condition: 'service_completed_successfully' });
    }
  });

  test('loads the demo data by a one-shot seed job into the subgraphs\' databases, not by the services', () => {
    const seed = services.seed;
    expect(seed.command).toEqual(['node', 'dist/scripts/seed.js']);
    expect(seed.depends_on.mysql).toEqual({ condition: 'service_healthy' });
    for (const name of SUBGRAPH_NAMES) {
      const variable = `${name.toUpperCase()}_DB_URL`;
      expect([variable, seed.environment[variable]]).toEqual([variable, services[name].environment[variable]]);
    }
    for (const variable of Object.keys(seed.environment)) expect(VARIABLES).toContain(variable);
  });
});
