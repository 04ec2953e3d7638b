import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import type { Logger } from '../services/core/logger';

// Paths that are never the dashboard's, whatever a browser asks of them.
const NOT_THE_DASHBOARD = /^\/(graphql|metrics|health|playground|dev)(\/|$)/;

// The folder's path stays in the log: a page for anyone should not describe the server's disk.
const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>emulation-graph: the dashboard is not built</title></head>
<body>
  <h1>The dashboard is not built</h1>
  <p>The dashboard's folder (<code>DASHBOARD_DIR</code>) has no <code>index.html</code>.
  Run <code>npm run build</code>, then reload this page. The GraphQL API answers at <a href="/graphql">/graphql</a>.</p>
</body>
</html>`;

/** A page the browser navigates to (it asks for HTML), not a GraphQL request to `/`. */
function isNavigation(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (NOT_THE_DASHBOARD.test(req.path)) return false;
  if (!req.get('accept')?.includes('text/html')) return false;
  // A GraphQL GET at `/` names its operation in the query string (a persisted one only by its extensions).
  return !(req.path === '/' && (req.query.query !== undefined || req.query.extensions !== undefined));
}

/**
 * DASHBOARD_DIR: the dashboard's build at `/`. Its assets have hashed names and never change, so
 * they are cached for a year; every other path a browser navigates to is the app's own route
 * (`/ranking/2023`), answered with index.html, which is revalidated each time so that a new build
 * is seen at once. Read from disk on each request: a build made while the gateway runs is served.
 */
export function serveDashboard(dir: string, log: Logger): express.Router {
  if (!fs.existsSync(path.join(dir, 'index.html'))) log.warn(`no dashboard in ${dir} (DASHBOARD_DIR) yet: run \`npm run build\`; until then / answers 503`);
  const router = express.Router();
  const assets = path.join(dir, 'assets');
  router.use('/assets', express.static(assets, { index: false, redirect: false, immutable: true, maxAge: '1y' }));
  // A missing asset is a 404, never index.html read as a script.
  router.use('/assets', (_req, res) => void res.sendStatus(404));
  // The folder's other files (a favicon): revalidated, since their names do not change with the build.
  const files = express.static(dir, { index: false, redirect: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  router.use((req, res, next) => (req.path === '/' || NOT_THE_DASHBOARD.test(req.path) ? next() : files(req, res, next)));
  router.use((req, res: Response, next) => {
    if (!isNavigation(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(path.join(dir, 'index.html'), (error) => {
      if (!error || res.headersSent) return;
      res.status(503).setHeader('Cache-Control', 'no-store').type('html').send(NOT_BUILT);
    });
  });
  return router;
}
