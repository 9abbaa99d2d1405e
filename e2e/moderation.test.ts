/**
 * Moderation in Chromium: a reader reports a published Q&A, an editor finds the report in the
 * queue, edits the answer's question body to take out the asker's name, reads the change in the
 * history, reverts it, and resolves the report; an asker removes their Q&A through the status
 * link with JavaScript off. Full-page screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
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

async function newVisitor(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  return page;
}

const original =
  'My name is Lin Mei-hua and for two weeks my left eyelid has twitched in the afternoons. I drink three coffees a day.';
const edited = 'For two weeks my left eyelid has twitched in the afternoons. I drink three coffees a day.';

test('report → edit → history → revert → resolve, in Chromium', { timeout: 180_000 }, async (t) => {
  const { baseUrl, db } = server;
  const doctor = await buildDoctor(db, { departments: ['neurology'], name: 'Wang Mei-ling' });
  const q = await buildQuestion(db, {
    status: 'published',
    title: 'Eyelid twitching every afternoon',
    body: original,
    answeredBy: doctor.id,
  });
  const editorUser = await buildUser(db, { roles: ['editor'] });

  await t.test('a reader reports the Q&A through the form at its foot', async () => {
    const reader = await newVisitor();
    await open(reader, `${baseUrl}/en/questions/${q.id}`);
    await reader.getByText('Report this Q&A', { exact: true }).click();
    await reader.getByRole('radio', { name: 'It contains personal information' }).check();
    await reader.getByLabel('Details').fill('The question gives the asker’s full name.');
    await screenshot(reader, 'moderation-1-report-form');
    const sent = await clickAndWait(reader, reader.getByRole('button', { name: 'Send report' }));
    assert.equal(sent.status(), 200);
    assert.equal(
      await reader.locator('.report-thanks').textContent(),
      'Thank you. Our editors will review your report.',
    );
    await screenshot(reader, 'moderation-2-report-thanks');
  });

  const editor = await newVisitor();
  await t.test('the editor finds the report in the queue and edits the body', async () => {
    await signIn(editor, baseUrl, editorUser.email);
    await open(editor, `${baseUrl}/en/editor`);
    const reports = editor.locator('section#reports');
    assert.match(
      (await reports.getByRole('heading', { level: 2 }).textContent()) ?? '',
      /Open reports \(1\)/,
    );
    assert.match((await reports.textContent()) ?? '', /It contains personal information/);
    await screenshot(editor, 'moderation-3-editor-queue');
    // The dot before "reported …" sits on the reason's line, on a desktop and on a phone.
    for (const width of [1280, 390]) {
      await editor.setViewportSize({ width, height: 900 });
      const sameLine = await reports
        .locator('.report-item')
        .first()
        .evaluate((item) => {
          const reason = item.querySelector('.report-reason')!.getClientRects();
          const dot = document.createRange();
          const node = item.querySelector('.report-reason + .meta')!.firstChild!;
          dot.setStart(node, 0);
          dot.setEnd(node, 2);
          const box = dot.getBoundingClientRect();
          const last = reason[reason.length - 1]!;
          return box.top < last.bottom && box.bottom > last.top;
        });
      assert.ok(sameLine, `width ${width}: "· reported" starts a line of its own`);
    }
    await screenshot(editor, 'moderation-3-editor-queue-phone');
    await editor.setViewportSize({ width: 1280, height: 900 });
    await clickAndWait(
      editor,
      reports.getByRole('link', { name: 'Eyelid twitching every afternoon', exact: true }),
    );
    await editor.getByLabel('Question', { exact: true }).fill(edited);
    await clickAndWait(editor, editor.getByRole('button', { name: 'Save question' }));
    assert.equal(await editor.getByRole('status').first().textContent(), 'Saved.');
    await screenshot(editor, 'moderation-4-editor-question');
    const reader = await newVisitor();
    await open(reader, `${baseUrl}/en/questions/${q.id}`);
    assert.doesNotMatch((await reader.locator('.question-body').textContent()) ?? '', /Lin Mei-hua/);
  });

  await t.test('the editor reads the change in the history and reverts it', async () => {
    await clickAndWait(editor, editor.getByRole('link', { name: 'History (1)' }));
    const deleted = await editor.locator('.diff del').allTextContents();
    assert.ok(
      deleted.some((text) => text.includes('Lin Mei-hua')),
      `removed words shown: ${deleted}`,
    );
    await screenshot(editor, 'moderation-5-history');
    await clickAndWait(editor, editor.getByRole('button', { name: 'Revert this change' }).first());
    assert.match(
      (await editor.getByRole('status').textContent()) ?? '',
      /Reverted\. The revert is kept in the history too\./,
    );
    assert.equal(await editor.locator('.revision').count(), 2);
    assert.match((await editor.locator('.revision').first().textContent()) ?? '', /reverts change #/);
    await screenshot(editor, 'moderation-6-history-reverted');
    await clickAndWait(editor, editor.getByRole('link', { name: /Back to the question/ }));
    assert.equal(await editor.getByLabel('Question', { exact: true }).inputValue(), original);
  });

  await t.test('the editor resolves the report with a note', async () => {
    await editor.getByLabel('Note').fill('Checked the name with the asker: it is a pseudonym. Kept.');
    await clickAndWait(editor, editor.getByRole('button', { name: 'Resolve' }));
    assert.equal(await editor.getByRole('status').first().textContent(), 'The report was closed.');
    assert.equal(await editor.locator('#reports').count(), 0);
    await open(editor, `${baseUrl}/en/editor`);
    assert.match((await editor.locator('section#reports h2').textContent()) ?? '', /Open reports \(0\)/);
  });

  await t.test('the editor pages read in Chinese too', async () => {
    await open(editor, `${baseUrl}/zh-TW/editor/questions/${q.id}/history`);
    assert.equal(await editor.getByRole('button', { name: '還原這項修改' }).count(), 2);
    assert.match((await editor.locator('.revision').first().textContent()) ?? '', /還原修改 #/);
    await screenshot(editor, 'moderation-9-history-zh');
    await open(editor, `${baseUrl}/zh-TW/editor`);
    assert.match((await editor.locator('section#reports h2').textContent()) ?? '', /待處理的檢舉/);
  });

  assert.deepEqual(problems, [], 'no script errors or failed loads');
});

test('an asker removes their published Q&A through the status link with JavaScript off', {
  timeout: 120_000,
}, async () => {
  const { baseUrl, db } = server;
  const q = await buildQuestion(db, { status: 'published', token: 'e2e-remove-token', lang: 'zh-TW' });
  const asker = await newVisitor({ javaScriptEnabled: false });
  await open(asker, `${baseUrl}/zh-TW/status/e2e-remove-token`);
  await clickAndWait(asker, asker.getByRole('link', { name: '申請移除這則問答' }));
  // Without a reason the page says so and nothing happens.
  const bad = await clickAndWait(asker, asker.getByRole('button', { name: '確定立即移除' }));
  assert.equal(bad.status(), 422);
  assert.equal(await asker.locator('#reason-error').count(), 1);
  await asker.getByRole('radio', { name: '內容含有我不想公開的個人資料' }).check();
  await screenshot(asker, 'moderation-7-removal-confirm');
  await clickAndWait(asker, asker.getByRole('button', { name: '確定立即移除' }));
  assert.equal(await asker.getByRole('status').textContent(), '您的問答已自網站移除。');
  await screenshot(asker, 'moderation-8-removed');
  const response = await asker.goto(`${baseUrl}/en/questions/${q.id}`);
  assert.equal(response?.status(), 404);
  assert.deepEqual(problems, []);
});
