/**
 * De-identification in Chromium: the review queue counts each item's findings by type; from there
 * an editor opens an answered question whose text has a phone number, tries to publish (refused
 * inline), redacts the number with one click, and publishes; the public page shows the placeholder
 * and not the number. Screenshots in test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildDoctor, buildQuestion, buildUser } from '../test/factories.ts';
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

const body =
  'For two weeks my left eyelid has twitched every afternoon, mostly after long hours at the screen. ' +
  'If you need more details you can call me at 0912-345-678. Should I see a neurologist?';

test('an editor redacts a phone number with one click and publishes', { timeout: 120_000 }, async () => {
  const { baseUrl, db } = server;
  const doctor = await buildDoctor(db, { departments: ['neurology'], name: 'Lin Mei-Hua' });
  const question = await buildQuestion(db, {
    status: 'answered',
    title: 'Eyelid twitching every afternoon',
    body,
    answeredBy: doctor.id,
  });
  const clean = await buildQuestion(db, {
    status: 'submitted',
    title: 'Dry eyes after screen work',
    body: 'My eyes feel dry and tired every evening after a day at the computer. Are eye drops enough?',
  });
  const editorUser = await buildUser(db, { roles: ['editor'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const editor: Page = await context.newPage();
  watchForErrors(editor, problems);
  await signIn(editor, baseUrl, editorUser.email);

  // The queue: the answer waiting for publication shows its finding; the clean question says so quietly.
  await open(editor, `${baseUrl}/en/editor`);
  const item = editor.locator(`#answers li[data-question-id="${question.id}"]`);
  assert.equal(
    await item.locator('.queue-findings').textContent(),
    'Personal data: 1 phone number · review and redact',
  );
  assert.equal(
    await editor.locator(`#new li[data-question-id="${clean.id}"] .queue-findings`).textContent(),
    'No personal data found',
  );
  await screenshot(editor, 'deidentify-0-queue');
  await clickAndWait(
    editor,
    item.getByRole('link', {
      name: 'Review and redact the personal data in “Eyelid twitching every afternoon”',
    }),
  );
  assert.equal(
    new URL(editor.url()).pathname + new URL(editor.url()).hash,
    `/en/editor/questions/${question.id}#findings`,
  );
  const panel = editor.getByRole('region', { name: /^Personal data/ });
  assert.equal(await panel.getByRole('heading', { level: 2 }).textContent(), 'Personal data (1 finding)');
  assert.equal(await panel.locator('.finding-type').textContent(), 'Phone number');
  assert.equal(await panel.locator('mark').textContent(), '0912-345-678');
  await screenshot(editor, 'deidentify-1-findings');

  // Publishing with the finding unresolved is refused, next to the override box.
  const refused = await clickAndWait(editor, editor.getByRole('button', { name: 'Publish', exact: true }));
  assert.equal(refused.status(), 400);
  const error = editor.locator('#override-error');
  assert.match((await error.textContent()) ?? '', /still has 1 possible piece of personal data/);
  assert.equal(await editor.locator('.question-status').textContent(), 'Answered, waiting for publication');
  await error.scrollIntoViewIfNeeded();
  await screenshot(editor, 'deidentify-2-refused');

  // One click: the number becomes [phone], the panel is clear.
  await clickAndWait(editor, editor.getByRole('button', { name: 'Redact Phone number “0912-345-678”' }));
  assert.equal(await editor.locator('.notice').textContent(), 'Saved.');
  assert.equal(
    await panel.locator('.findings-none').textContent(),
    'No personal data found in the title, text or answers.',
  );
  assert.match(
    (await editor.getByLabel('Question', { exact: true }).inputValue()) ?? '',
    /call me at \[phone\]\./,
  );
  await screenshot(editor, 'deidentify-3-redacted');

  await clickAndWait(editor, editor.getByRole('button', { name: 'Publish', exact: true }));
  assert.equal(await editor.locator('.question-status').textContent(), 'Published');

  const reader = await (await browser.newContext()).newPage();
  watchForErrors(reader, problems);
  await open(reader, `${baseUrl}/en/questions/${question.id}`);
  const text = (await reader.locator('main').textContent()) ?? '';
  assert.match(text, /call me at \[phone\]\./);
  assert.doesNotMatch(text, /0912/);
  await screenshot(reader, 'deidentify-4-published');

  // The same panel in Chinese, with several kinds of findings.
  const zh = await buildQuestion(db, {
    status: 'answered',
    lang: 'zh-TW',
    department: 'neurology',
    title: '眼皮一直跳',
    body: '醫師您好，我是王小明，住在台北市大安區和平東路二段106巷5弄3號4樓。眼皮跳了兩週，手機 0912-345-678。\n謝謝醫師！小美 上',
    answeredBy: doctor.id,
  });
  await open(editor, `${baseUrl}/zh-TW/editor/questions/${zh.id}`);
  const zhPanel = editor.getByRole('region', { name: /^個人資料/ });
  assert.equal(await zhPanel.getByRole('heading', { level: 2 }).textContent(), '個人資料 (4 筆)');
  assert.deepEqual(await zhPanel.locator('.finding-type').allTextContents(), [
    '姓名',
    '地址',
    '電話號碼',
    '姓名',
  ]);
  await screenshot(editor, 'deidentify-5-zh-findings');
  await open(editor, `${baseUrl}/zh-TW/editor`);
  assert.equal(
    await editor.locator(`#answers li[data-question-id="${zh.id}"] .queue-findings`).textContent(),
    '個人資料：姓名 2 筆、電話號碼 1 筆、地址 1 筆 · 檢視並遮蔽',
  );
  assert.equal(
    await editor.locator(`#new li[data-question-id="${clean.id}"] .queue-findings`).textContent(),
    '未發現個人資料',
  );
  await screenshot(editor, 'deidentify-6-zh-queue');
  assert.deepEqual(problems, []);
});
