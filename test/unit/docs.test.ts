import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES } from '../../services/core/config';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const VARIABLES = Object.keys(CONFIG_VARIABLES);

describe('what the docs promise matches the config module', () => {
  test("the README's table lists every variable with its default, and nothing else", () => {
    const rows = [...read('README.md').matchAll(/^\| `([A-Z_]+)` \| (.+?) \|/gm)].map(([, name, value]) => [name, value.replace(/`/g, '')]);
    expect(Object.fromEntries(rows)).toEqual(CONFIG_VARIABLES);
  });

  test('.env.example names every variable, and the secrets docker compose takes from .env, and nothing else', () => {
    const named = [...read('.env.example').matchAll(/^#? ?([A-Z_]+)=/gm)].map(([, name]) => name);
    const composeOnly = [...read('docker-compose.yml').matchAll(/\$\{([A-Z_]+):\?/g)].map(([, name]) => name).filter((name) => !VARIABLES.includes(name));
    expect([...new Set(named)].sort()).toEqual([...new Set([...VARIABLES, ...composeOnly])].sort());
  });
});
