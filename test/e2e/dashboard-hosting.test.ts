import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGateway, type GatewayService } from '../../gateway/gateway';
import type { SubgraphFetch } from '../../gateway/subgraph-fetch';
import { Role, tokenVerifier } from '../../services/core/auth';
import { embeddedFederation, gatewayConfig } from '../support/federation';
import { TEST_AUTH } from '../support/tokens';

// A dashboard's build as Vite lays it out: index.html, hashed assets, the manifest of its operations.
const DISTRICTS = 'query Districts { districts { id name } }';
const DISTRICTS_HASH = createHash('sha256').update(DISTRICTS).digest('hex');
const UNKNOWN_HASH = createHash('sha256').update('{ districts { id } }').digest('hex');
const INDEX = '<!doctype html><html lang="vi"><head><title>Thi đua – khen thưởng</title></head><body><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script></body></html>';
const SCRIPT = 'document.getElementById("root").textContent = "Bảng xếp hạng";';

const folders: string[] = [];
function folder(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const built = () =>
  folder({ 'index.html': INDEX, 'assets/app-abc123.js': SCRIPT, 'persisted-documents.json': JSON.stringify({ [DISTRICTS_HASH]: DISTRICTS }) });

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const JSON_POST = { 'content-type': 'application/json' };
// Apollo's CSRF prevention lets a GET run only with a header a simple cross-site request cannot set.
const GRAPHQL_GET = { accept: 'application/json', 'apollo-require-preflight': 'true' };
const DASHBOARD_ORIGIN = 'https://dashboard.example.gov.vn';

const federation = embeddedFederation();

interface Started {
  gateway: GatewayService;
  /** Every fetch the gateway made from a subgraph. */
  fetches: SubgraphFetch[];
  at(route: string): string;
}

const running: GatewayService[] = [];
async function gatewayWith(env: Record<string, string>): Promise<Started> {
  const fetches: SubgraphFetch[] = [];
  const gateway = await startGateway(gatewayConfig(federation.subgraphs, env), { port: 0, observer: (fetch) => fetches.push(fetch) });
  running.push(gateway);
  return { gateway, fetches, at: (route) => `http://localhost:${gateway.port}${route}` };
}

afterAll(async () => {
  for (const gateway of running) await gateway.stop();
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { ...JSON_POST, ...headers }, body: JSON.stringify(body) });
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

function getUrl(url: string, params: Record<string, unknown>): string {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  return `${url}?${search}`;
}

async function expectNotAllowed(response: Response): Promise<void> {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
}

describe('the dashboard at /', () => {
  let dashboard: Started;
  beforeAll(async () => {
    dashboard = await gatewayWith({ DASHBOARD_DIR: built() });
  });

  test("answers a deep link with index.html, revalidated each time: the app routes by path", async () => {
    for (const route of ['/', '/ranking/2023', '/districts/dong-da']) {
      const page = await fetch(dashboard.at(route), { headers: HTML });
      expect([route, page.status]).toEqual([route, 200]);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toBe(INDEX);
    }
  });

  test('serves the hashed assets for a year, immutable; a missing one is a 404, not index.html', async () => {
    const script = await fetch(dashboard.at('/assets/app-abc123.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe(SCRIPT);
    const missing = await fetch(dashboard.at('/assets/app-000000.js'), { headers: HTML });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  test("leaves the gateway's own routes alone: GraphiQL at /graphql, health, metrics, GraphQL at /", async () => {
    const playground = await fetch(dashboard.at('/graphql'), { headers: HTML });
    expect(await playground.text()).toContain('GraphiQL');
    expect(await (await fetch(dashboard.at('/health/live'), { headers: HTML })).json()).toEqual({ status: 'ok', service: 'gateway' });
    expect(await (await fetch(dashboard.at('/metrics'), { headers: HTML })).text()).toContain('# HELP');
    expect((await fetch(dashboard.at('/dev/elsewhere'), { headers: HTML })).status).toBe(404);

    const posted = await post(dashboard.at('/'), { query: '{ districts { id } }' });
    expect(posted.status).toBe(200);
    expect((await posted.json()).data.districts).toContainEqual({ id: 'dong-da' });
    const got = await fetch(getUrl(dashboard.at('/'), { query: '{ district(id: "dong-da") { name } }' }), { headers: GRAPHQL_GET });
    expect(await got.json()).toEqual({ data: { district: { name: 'Đống Đa' } } });
  });

  test('without CORS_ORIGINS, refuses a cross-origin preflight with 403 and no CORS headers', async () => {
    const preflight = await fetch(dashboard.at('/graphql'), {
      method: 'OPTIONS',
      headers: { origin: DASHBOARD_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight.json()).errors[0].message).toMatch(/origin https:\/\/dashboard\.example\.gov\.vn is not allowed/);
  });

  test("without PERSISTED_ONLY, runs the manifest's document for its hash, and any other query as sent", async () => {
    const named = await post(dashboard.at('/graphql'), { query: '{ districts { id } }', extensions: persisted(DISTRICTS_HASH) });
    const districts = (await named.json()).data.districts;
    expect(districts).toContainEqual({ id: 'dong-da', name: 'Đống Đa' });
    // A hash the manifest lacks, sent with a text, is dropped and the text runs, even when the hash is
    // not the text's: the dashboard's hashes are of the manifest's printing of its texts.
    const otherText = createHash('sha256').update('query Printed { districts { id } }').digest('hex');
    const unnamed = await post(dashboard.at('/graphql'), { query: '{ districts { id } }', extensions: persisted(otherText) });
    expect((await unnamed.json()).data.districts).toContainEqual({ id: 'dong-da' });
  });

  describe('the development sign-in', () => {
    test('POST /dev/token answers a token signed as npm run token signs, which every service accepts', async () => {
      const answer = await post(dashboard.at('/dev/token'), { role: 'DISTRICT_OFFICER', district: 'ba-dinh' });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const { token, expiresAt } = await answer.json();
      await expect(tokenVerifier(TEST_AUTH)(`Bearer ${token}`)).resolves.toEqual({ subject: 'dev-district_officer', role: Role.DISTRICT_OFFICER, district: 'ba-dinh', cluster: null });
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(7.9 * 3600_000);
      // Personal data of its own district, through the gateway.
      const person = await post(dashboard.at('/graphql'), { query: '{ person(id: "ba-dinh-p0002") { birthYear } }' }, { authorization: `Bearer ${token}` });
      const body = await person.json();
      expect(body.errors).toBeUndefined();
      expect(typeof body.data.person.birthYear).toBe('number');
    });

    test.each([
      [{ role: 'SUPERUSER' }, /role must be one of CITY_ADMIN, CLUSTER_ADMIN, DISTRICT_OFFICER, VIEWER/],
      [{}, /role must be one of/],
      [{ role: 'DISTRICT_OFFICER' }, /a DISTRICT_OFFICER needs a district/],
      [{ role: 'CLUSTER_ADMIN', district: 'ba-dinh' }, /a CLUSTER_ADMIN needs a cluster/],
      [{ role: 'VIEWER', district: 7 }, /district must be a string/],
    ])('refuses %j with 400 and BAD_USER_INPUT', async (request, message) => {
      const answer = await post(dashboard.at('/dev/token'), request);
      expect(answer.status).toBe(400);
      const { errors } = await answer.json();
      expect(errors[0].message).toMatch(message);
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    test('refuses a body that is not JSON with 400, as JSON', async () => {
      const answer = await fetch(dashboard.at('/dev/token'), { method: 'POST', headers: JSON_POST, body: '{role' });
      expect(answer.status).toBe(400);
      expect((await answer.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe('a dashboard that is not built', () => {
  test('answers a navigation with 503 and a page that says to run npm run build; GraphQL still answers', async () => {
    const { at } = await gatewayWith({ DASHBOARD_DIR: folder() });
    for (const route of ['/', '/ranking/2023']) {
      const page = await fetch(at(route), { headers: HTML });
      expect([route, page.status]).toEqual([route, 503]);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toMatch(/The dashboard is not built[\s\S]*npm run build/);
    }
    expect((await (await post(at('/'), { query: '{ district(id: "ba-dinh") { name } }' })).json()).data).toEqual({ district: { name: 'Ba Đình' } });
  });

  test('with DASHBOARD_DIR empty, there is no dashboard: a browser at / gets the playground, as before', async () => {
    const { at } = await gatewayWith({ DASHBOARD_DIR: '' });
    const page = await fetch(at('/'), { headers: HTML });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
  });
});

describe('CORS_ORIGINS', () => {
  let listed: Started;
  beforeAll(async () => {
    listed = await gatewayWith({ DASHBOARD_DIR: built(), CORS_ORIGINS: `${DASHBOARD_ORIGIN}, http://localhost:5173` });
  });

  test("answers a listed origin's preflight with 204 and what the dashboard may send", async () => {
    const preflight = await fetch(listed.at('/graphql'), {
      method: 'OPTIONS',
      headers: { origin: DASHBOARD_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, authorization, x-request-id, apollo-require-preflight');
    expect(Number(preflight.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(preflight.headers.get('vary')).toMatch(/Origin/);
  });

  test("lets a listed origin read the answer and its request id", async () => {
    const answer = await post(listed.at('/graphql'), { query: '{ district(id: "dong-da") { name } }' }, { origin: 'http://localhost:5173' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(answer.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await answer.json()).toEqual({ data: { district: { name: 'Đống Đa' } } });
  });

  test("refuses an unlisted origin's preflight with 403, and gives its requests no CORS headers", async () => {
    const preflight = await fetch(listed.at('/graphql'), {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const body = await preflight.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toMatch(/https:\/\/elsewhere\.example is not allowed/);
    const answer = await post(listed.at('/graphql'), { query: '{ district(id: "dong-da") { name } }' }, { origin: 'https://elsewhere.example' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-expose-headers')).toBeNull();
  });

  test('* allows any origin', async () => {
    const any = await gatewayWith({ DASHBOARD_DIR: '', CORS_ORIGINS: '*' });
    const preflight = await fetch(any.at('/'), { method: 'OPTIONS', headers: { origin: 'https://anywhere.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
  });

  test('refuses to load an entry that is not an origin', () => {
    expect(() => gatewayConfig(federation.subgraphs, { CORS_ORIGINS: 'https://dashboard.example.gov.vn/app' })).toThrow(/CORS_ORIGINS must list origins/);
  });
});

describe('PERSISTED_ONLY', () => {
  let only: Started;
  beforeAll(async () => {
    only = await gatewayWith({ DASHBOARD_DIR: built(), PERSISTED_ONLY: 'true' });
  });
  beforeEach(() => {
    only.fetches.length = 0;
  });

  test("runs the manifest's document for its hash, whatever text is sent with it", async () => {
    for (const sent of [{ query: '{ __typename }' }, {}, { query: DISTRICTS }]) {
      const answer = await post(only.at('/graphql'), { ...sent, extensions: persisted(DISTRICTS_HASH) });
      expect(answer.status).toBe(200);
      const body = await answer.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.districts).toContainEqual({ id: 'dong-da', name: 'Đống Đa' });
    }
  });

  test('runs it by a GET too, and in a batch of approved documents', async () => {
    const got = await fetch(getUrl(only.at('/'), { operationName: 'Districts', extensions: persisted(DISTRICTS_HASH) }), { headers: GRAPHQL_GET });
    expect(got.status).toBe(200);
    expect((await got.json()).data.districts).toContainEqual({ id: 'ba-dinh', name: 'Ba Đình' });
    const batch = await post(only.at('/graphql'), [{ extensions: persisted(DISTRICTS_HASH) }, { query: 'anything', extensions: persisted(DISTRICTS_HASH) }]);
    const answers = await batch.json();
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer.data.districts).toContainEqual({ id: 'dong-da', name: 'Đống Đa' });
  });

  test.each([
    ['a bare query', { query: DISTRICTS }],
    ['an unknown hash', { query: '{ districts { id } }', extensions: persisted(UNKNOWN_HASH) }],
    ['an unknown hash alone', { extensions: persisted(UNKNOWN_HASH) }],
    ['an introspection query', { query: '{ __schema { queryType { name } } }' }],
  ])('refuses %s before any subgraph is asked', async (_name, body) => {
    await expectNotAllowed(await post(only.at('/graphql'), body));
    await expectNotAllowed(await post(only.at('/'), body));
    expect(only.fetches).toEqual([]);
  });

  test('refuses a GET without an approved hash, and a batch with one member that has none', async () => {
    await expectNotAllowed(await fetch(getUrl(only.at('/graphql'), { query: DISTRICTS }), { headers: GRAPHQL_GET }));
    await expectNotAllowed(await fetch(getUrl(only.at('/'), { query: DISTRICTS, extensions: persisted(UNKNOWN_HASH) }), { headers: GRAPHQL_GET }));
    const batch = await post(only.at('/graphql'), [{ extensions: persisted(DISTRICTS_HASH) }, { query: DISTRICTS }]);
    await expectNotAllowed(batch);
    expect(only.fetches).toEqual([]);
  });

  test("still serves the dashboard and the playground's page", async () => {
    expect(await (await fetch(only.at('/ranking/2023'), { headers: HTML })).text()).toBe(INDEX);
    expect(await (await fetch(only.at('/graphql'), { headers: HTML })).text()).toContain('GraphiQL');
  });

  test('follows a new build: its documents run within a second, and the old ones serve while it is being written', async () => {
    const dir = built();
    const rebuilt = await gatewayWith({ DASHBOARD_DIR: dir, PERSISTED_ONLY: 'true' });
    const CLUSTER = 'query Cluster { cluster(id: "III") { id } }';
    const clusterHash = createHash('sha256').update(CLUSTER).digest('hex');
    await expectNotAllowed(await post(rebuilt.at('/graphql'), { extensions: persisted(clusterHash) }));
    // Vite empties the folder first: meanwhile the documents already read keep serving.
    fs.rmSync(path.join(dir, 'persisted-documents.json'));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await (await post(rebuilt.at('/graphql'), { extensions: persisted(DISTRICTS_HASH) })).json()).data.districts.length).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dir, 'persisted-documents.json'), JSON.stringify({ [DISTRICTS_HASH]: DISTRICTS, [clusterHash]: CLUSTER }));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await (await post(rebuilt.at('/graphql'), { extensions: persisted(clusterHash) })).json()).toEqual({ data: { cluster: { id: 'III' } } });
  });

  test('refuses to start without a readable manifest, or with one whose hash is not its text', async () => {
    await expect(startGateway(gatewayConfig(federation.subgraphs, { DASHBOARD_DIR: folder({ 'index.html': INDEX }), PERSISTED_ONLY: 'true' }), { port: 0 })).rejects.toThrow(
      /PERSISTED_ONLY=true, but the manifest of approved documents cannot be read at .*persisted-documents\.json.*npm run build/,
    );
    await expect(startGateway(gatewayConfig(federation.subgraphs, { DASHBOARD_DIR: '', PERSISTED_ONLY: 'true' }), { port: 0 })).rejects.toThrow(/set PERSISTED_DOCUMENTS/);
    const wrong = path.join(folder({ 'manifest.json': JSON.stringify({ [UNKNOWN_HASH]: DISTRICTS }) }), 'manifest.json');
    await expect(startGateway(gatewayConfig(federation.subgraphs, { PERSISTED_DOCUMENTS: wrong, PERSISTED_ONLY: 'true' }), { port: 0 })).rejects.toThrow(
      /not the sha256 \(hex\) of its document/,
    );
    // Without PERSISTED_ONLY, a broken manifest is only not used.
    const tolerant = await gatewayWith({ PERSISTED_DOCUMENTS: wrong });
    expect((await (await post(tolerant.at('/graphql'), { query: DISTRICTS })).json()).data.districts.length).toBeGreaterThan(0);
  });
});

describe('in production', () => {
  test('serves the dashboard, and has no development sign-in', async () => {
    const production = await gatewayWith({
      NODE_ENV: 'production',
      JWT_SECRET: 'a production secret of at least 32 characters',
      GATEWAY_SECRET: 'the gateway secret of at least 32 characters',
      DASHBOARD_DIR: built(),
    });
    expect(await (await fetch(production.at('/districts/dong-da'), { headers: HTML })).text()).toBe(INDEX);
    const answer = await post(production.at('/dev/token'), { role: 'CITY_ADMIN' });
    expect(answer.status).toBe(404);
  });
});
