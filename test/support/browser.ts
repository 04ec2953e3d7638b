import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; CI installs it (.ci/run). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether the browser suites can run: elsewhere they are skipped, loudly; in CI a missing browser
 * fails the run.
 */
export function chromiumPresent(suite: string): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`no Chromium at ${CHROMIUM}; CI requires it for the ${suite} test`);
  console.warn(`!! No Chromium at ${CHROMIUM} (apt-get install chromium): the ${suite} test is SKIPPED.`);
  return false;
}

/** Headless, and with nothing that would call outside the machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

const ROOT = path.join(__dirname, '..', '..');

/** The dashboard's build, as `npm run build` makes it: the gateway serves it from DASHBOARD_DIR. */
export const DASHBOARD_DIST = path.join(ROOT, 'dashboard', 'dist');

export async function buildDashboard(): Promise<void> {
  // Jest's NODE_ENV=test would make Vite bundle React's development build (effects run twice).
  await promisify(execFile)('npm', ['run', 'build:dashboard', '--silent'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
}

/** Where the browser suites save their screenshots (test-results/ is not committed). */
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
