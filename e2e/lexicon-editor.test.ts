/**
 * The lexicon editor in Chromium with JavaScript off: an editor's name in Simplified characters
 * is refused inline (both languages), a valid one is added, edited and deleted through the
 * confirmation page. Full-page screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildUser } from '../test/factories.ts';
import { signIn } from './actions.ts';
import {
  clickAndWait,
  launchBrowser,
  open,
  screenshot,
  startTestServer,
  type TestServer,
  watchForErrors,
} from './browser.ts';

let browser: Browser;
let server: TestServer;
const problems: string[] = [];

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('add, refuse, edit and delete lexicon names without JavaScript', { timeout: 180_000 }, async () => {
  const { baseUrl, db } = server;
  const editorUser = await buildUser(db, { roles: ['editor'] });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
  });
  context.setDefaultTimeout(10_000);
  const page: Page = await context.newPage();
  watchForErrors(page, problems);
  await signIn(page, baseUrl, editorUser.email);

  // zh-TW: a Simplified name is refused under its field, the values kept.
  await open(page, `${baseUrl}/zh-TW/editor/lexicon`);
  await page.getByLabel('概念代碼').fill('gerd');
  await page.getByLabel('名稱', { exact: true }).fill('胃酸烧心');
  await page.getByLabel('語言').selectOption('zh');
  const refused = await clickAndWait(page, page.getByRole('button', { name: '新增名稱' }));
  assert.equal(refused.status(), 422);
  assert.match((await page.locator('#text-error').textContent()) ?? '', /繁體字（簡體字：烧）/);
  assert.equal(await page.getByLabel('名稱', { exact: true }).inputValue(), '胃酸烧心');
  await screenshot(page, 'lexicon-1-refused-zh');

  // A valid name is added and listed with its edit and delete links.
  await page.getByLabel('名稱', { exact: true }).fill('胃酸燒心');
  assert.equal((await clickAndWait(page, page.getByRole('button', { name: '新增名稱' }))).status(), 200);
  await open(page, `${baseUrl}/en/editor/lexicon`);
  await page.getByLabel('Concept id').fill('gerd');
  await page.getByLabel('Name', { exact: true }).fill('tummy fire');
  assert.equal((await clickAndWait(page, page.getByRole('button', { name: 'Add name' }))).status(), 200);
  assert.match((await page.locator('.notice').textContent()) ?? '', /Added/);
  await screenshot(page, 'lexicon-2-list');

  // Edit.
  await clickAndWait(page, page.getByRole('link', { name: 'Edit: tummy fire' }));
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'tummy fire');
  await page.getByLabel('Name', { exact: true }).fill('belly fire');
  await screenshot(page, 'lexicon-3-edit');
  assert.equal((await clickAndWait(page, page.getByRole('button', { name: 'Save changes' }))).status(), 200);
  assert.match((await page.locator('.notice').textContent()) ?? '', /Saved/);
  assert.equal(await page.locator('td', { hasText: /^belly fire$/ }).count(), 1);

  // Delete through the confirmation page.
  await clickAndWait(page, page.getByRole('link', { name: 'Delete: belly fire' }));
  await screenshot(page, 'lexicon-4-delete-confirm');
  assert.equal(
    (await clickAndWait(page, page.getByRole('button', { name: 'Delete this name' }))).status(),
    200,
  );
  assert.match((await page.locator('.notice').textContent()) ?? '', /Deleted/);
  assert.equal(await page.locator('td', { hasText: /^belly fire$/ }).count(), 0);
  await screenshot(page, 'lexicon-5-deleted');
  assert.deepEqual(problems, []);
  await context.close();
});
