import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { embeddedDatabases, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';

// Debian's chromium; CI installs it, elsewhere the suite is skipped, loudly.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`no Chromium at ${CHROMIUM}; CI requires it for the playground test`);
  console.warn(`!! No Chromium at ${CHROMIUM} (apt-get install chromium): the playground test is SKIPPED.`);
}

(hasChromium ? describe : describe.skip)('the playground in a browser', () => {
  let databases: TestDatabases;
  let federation: Federation;
  let browser: Browser;
  beforeAll(async () => {
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await federation?.stop();
    await databases?.drop();
  });

  test('runs a query typed into GraphiQL and shows the answer, with no request leaving the machine', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!new URL(request.url()).hostname.match(/^(localhost|127\.0\.0\.1)$/)) elsewhere.push(request.url());
    });
    await page.goto(federation.gateway.url);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // insertText types as a paste would, so the editor does not add closing braces of its own.
    await page.keyboard.insertText('{ districts { name } }');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('Đống Đa').first().waitFor({ timeout: 15_000 });
    const answer = JSON.parse(await result.locator('.CodeMirror').evaluate((node: any) => node.CodeMirror.getValue()));
    expect(answer.data.districts).toHaveLength(30);
    expect(answer.data.districts).toContainEqual({ name: 'Đống Đa' });

    // The documentation explorer is filled from introspection.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('districts').first().waitFor();
    expect(elsewhere).toEqual([]);
  });
});
