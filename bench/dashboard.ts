import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const USAGE = `npm run bench:dashboard -- [--runs N] [--chromium PATH] [--port N]

Starts what \`npm start\` starts (dist/scripts/start.js: the three subgraphs and the gateway on the
embedded database, seeded with the demo data, in a fresh data folder of its own, on --port and the
three after it), then opens each view of the dashboard in Chromium, each time in a fresh browser
context (an empty cache), and prints, per view: the time from navigation to its table (or its
content) on screen, the first time after the start and the median of --runs more, and the gateway
requests the view made; and for the first view, the JavaScript it loaded, raw and gzipped.
Run \`npm run build\` first (npm run bench:dashboard does).
  --runs      measured visits of each view after the first (default 5)
  --chromium  the browser (default /usr/bin/chromium)
  --port      the gateway's port (default 4100; the subgraphs take the next three)`;

const ROOT = path.join(__dirname, '..', '..');

/** Each view, and what shows that it has rendered its data. */
const VIEWS: { name: string; path: string; ready: string }[] = [
  { name: 'city ranking (/)', path: '/', ready: 'table[data-export] tbody tr' },
  { name: 'city ranking 2023', path: '/ranking/2023', ready: 'table[data-export] tbody tr' },
  { name: 'ranking over the years', path: '/trend', ready: 'table[data-export] tbody tr' },
  { name: 'cluster III, 2017', path: '/clusters/III/2017', ready: 'table[data-export] tbody tr' },
  { name: 'Ba Đình, 2020', path: '/districts/ba-dinh/2020', ready: 'table[data-export] tbody tr' },
  { name: 'a person’s record', path: '/people/dong-da-do-trong-nam', ready: '.timeline li' },
  { name: 'award statistics 2020', path: '/statistics/2020', ready: 'table[data-export] tbody tr' },
  { name: 'search "do trong nam"', path: '/search?q=do%20trong%20nam', ready: 'table[data-export] tbody tr' },
];

interface Visit {
  ms: number;
  requests: number;
  scripts: { raw: number; gzip: number };
}

async function waitForGateway(url: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the gateway at ${url} did not become ready in ${timeoutMs / 1000} s`);
}

async function visit(browser: Browser, origin: string, view: (typeof VIEWS)[number]): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  let requests = 0;
  const bodies: Promise<Buffer>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') requests += 1;
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  const started = performance.now();
  await page.goto(`${origin}${view.path}`, { waitUntil: 'commit' });
  await page.locator(view.ready).first().waitFor({ timeout: 30_000 });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(bodies)).reduce((sum, body) => ({ raw: sum.raw + body.length, gzip: sum.gzip + gzipSync(body).length }), { raw: 0, gzip: 0 });
  await context.close();
  return { ms, requests, scripts };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, chromium: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(USAGE);
  const runs = Number(values.runs ?? 5);
  const port = Number(values.port ?? 4100);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port)) throw new Error(USAGE);
  if (!fs.existsSync(path.join(ROOT, 'dashboard', 'dist', 'index.html'))) throw new Error('the dashboard is not built: run `npm run build`');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-bench-dashboard-'));
  const ports = { GATEWAY_PORT: port, DISTRICT_PORT: port + 1, CLUSTER_PORT: port + 2, CITY_PORT: port + 3 };
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    ...Object.fromEntries(Object.entries(ports).map(([name, value]) => [name, String(value)])),
    DISTRICT_URL: `http://localhost:${ports.DISTRICT_PORT}/graphql`,
    CLUSTER_URL: `http://localhost:${ports.CLUSTER_PORT}/graphql`,
    CITY_URL: `http://localhost:${ports.CITY_PORT}/graphql`,
    GRAPH_URL: `http://localhost:${port}/graphql`,
  };
  const origin = `http://localhost:${port}`;
  const started = Date.now();
  const stack = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'start.js')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  let browser: Browser | undefined;
  try {
    await waitForGateway(origin, 180_000);
    console.log(`npm start's services ready in ${((Date.now() - started) / 1000).toFixed(1)} s (seeded a fresh embedded database)\n`);
    browser = await chromium.launch({
      executablePath: values.chromium ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    console.log(`| view | first visit after the start | median of ${runs} more | gateway requests |`);
    console.log('|---|---|---|---|');
    let firstView: Visit | undefined;
    for (const view of VIEWS) {
      const first = await visit(browser, origin, view);
      firstView ??= first;
      const more: Visit[] = [];
      for (let run = 0; run < runs; run += 1) more.push(await visit(browser, origin, view));
      const requests = [...new Set([first, ...more].map((seen) => seen.requests))].join(', ');
      console.log(`| ${view.name} | ${first.ms.toFixed(0)} ms | ${median(more.map((seen) => seen.ms)).toFixed(0)} ms | ${requests} |`);
    }
    console.log(`\nJavaScript loaded by the first view: ${kB(firstView!.scripts.raw)} raw, ${kB(firstView!.scripts.gzip)} gzipped`);
  } finally {
    await browser?.close();
    stack.kill('SIGTERM');
    await new Promise((resolve) => stack.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
