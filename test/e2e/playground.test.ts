import type { Browser, Locator, Page } from 'playwright-core';
import { Role } from '../../services/core/auth';
import { chromiumPresent, launchChromium } from '../support/browser';
import { embeddedDatabases, type TestDatabases } from '../support/databases';
import { startFederation, type Federation } from '../support/federation';
import { FREE_YEAR, rateForLdtt } from '../support/ldtt-record';
import { tokenFor } from '../support/tokens';

const hasChromium = chromiumPresent('playground');

/** Replaces an editor's text as a user would: select all, delete, paste. */
async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  // insertText types as a paste would, so the editor does not add closing braces of its own.
  await page.keyboard.insertText(text);
}

/** Runs what the query editor holds and returns the answer GraphiQL shows, once it shows `expected`. */
async function runAndRead(page: Page, expected: string): Promise<any> {
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response');
  await result.getByText(expected).first().waitFor({ timeout: 15_000 });
  return JSON.parse(await result.locator('.CodeMirror').evaluate((node: any) => node.CodeMirror.getValue()));
}

(hasChromium ? describe : describe.skip)('the playground in a browser', () => {
  let databases: TestDatabases;
  let federation: Federation;
  let browser: Browser;
  beforeAll(async () => {
    databases = embeddedDatabases();
    federation = await startFederation(databases.urls);
    browser = await launchChromium();
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
    await typeInto(page, editor, '{ districts { name } }');
    const answer = await runAndRead(page, 'Đống Đa');
    expect(answer.data.districts).toHaveLength(30);
    expect(answer.data.districts).toContainEqual({ name: 'Đống Đa' });

    // The documentation explorer is filled from introspection.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText('districts').first().waitFor();
    expect(elsewhere).toEqual([]);
  });

  test("with a Ba Đình officer's token in the Headers tab, confers an LDTT on a Ba Đình person and shows it", async () => {
    const person = 'ba-dinh-p0002';
    const officer = { role: Role.DISTRICT_OFFICER, district: 'ba-dinh' };
    // The title is lawful: the person's rating for a year the demo data leaves free is recorded first, through the gateway.
    const year = FREE_YEAR;
    await rateForLdtt((query, variables) => federation.query(query, variables, officer), person, [year]);
    // What `npm run token -- --role DISTRICT_OFFICER --district ba-dinh` prints.
    const token = await tokenFor(officer);

    const page = await browser.newPage();
    await page.goto(federation.gateway.url);
    const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
    await queryEditor.waitFor();
    await page.locator('button[data-name="headers"]').click();
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
    await typeInto(page, headersEditor, JSON.stringify({ Authorization: `Bearer ${token}` }));
    await typeInto(
      page,
      queryEditor,
      `mutation { conferLocalAward(input: { year: ${year}, awardTypeCode: "LDTT", personId: "${person}", decisionNumber: "15/QĐ-UBND Ba Đình" }) { year decisionNumber awardType { code name } person { id } } }`,
    );
    const answer = await runAndRead(page, 'Lao động tiên tiến');
    expect(answer).toEqual({
      data: { conferLocalAward: { year, decisionNumber: '15/QĐ-UBND Ba Đình', awardType: { code: 'LDTT', name: 'Lao động tiên tiến' }, person: { id: person } } },
    });

    const after = await federation.query(`{ person(id: "${person}") { awardHistory(level: DISTRICT, fromYear: ${year}, toYear: ${year}) { nodes { awardType { code } decisionNumber } } } }`);
    expect(after.data.person.awardHistory.nodes).toContainEqual({ awardType: { code: 'LDTT' }, decisionNumber: '15/QĐ-UBND Ba Đình' });
  });
});
