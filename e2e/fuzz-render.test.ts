/**
 * The browser half of the fuzz test (src/features/security/fuzz.test.ts): hostile text stored
 * in every field a page shows (question title, body, pseudonym, answer, "more info" Markdown,
 * information request, report) and typed into the ask form, then every page that shows it opened
 * in Chromium as the person who may see it. Nothing may execute (no dialog, no `window.__fuzzed`,
 * no CSP report or script error), and the text must read as it was written.
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { informationRequests, questions, reports } from '../src/db/schema.ts';
import { PAYLOADS } from '../src/features/security/fuzz.payloads.ts';
import { limitedApp } from '../src/features/security/rate-limit.test-helpers.ts';
import { createTestDatabase } from '../test/db.ts';
import { buildDoctor, buildQuestion, buildUser } from '../test/factories.ts';
import { askLabelsEn, fillAskForm, signIn } from './actions.ts';
import {
  clickAndWait,
  launchBrowser,
  open,
  screenshot,
  startTestServer,
  type TestServer,
  watchForErrors,
} from './browser.ts';
import { ask } from './question-path.data.ts';

let browser: Browser;
let server: TestServer;
before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Payloads a page can show (the database refuses the others), cut to what the fields take. */
const SHOWN = PAYLOADS.filter((p) => p.storable && p.name !== 'big');

async function visitor(problems: string[], who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  page.on('dialog', async (dialog) => {
    problems.push(`${who}: a ${dialog.type()} dialog opened on ${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return page;
}

async function nothingRan(page: Page, problems: string[], who: string) {
  const fuzzed = await page.evaluate(() => (window as unknown as { __fuzzed?: unknown }).__fuzzed);
  if (fuzzed !== undefined)
    problems.push(`${who}: a payload ran on ${page.url()} (window.__fuzzed=${fuzzed})`);
}

/** The page's text with whitespace runs folded, as a reader sees it. */
const readable = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

test('stored hostile text executes nothing in Chromium and reads as written', {
  timeout: 240_000,
}, async () => {
  const { baseUrl, db } = server;
  const problems: string[] = [];
  const neuro = await buildDoctor(db, { departments: ['neurology'], name: 'Fuzz Neuro' });
  const doctorUser = await buildUser(db, { roles: ['doctor'], doctorId: neuro.id });
  const editorUser = await buildUser(db, { roles: ['editor'] });

  const published: { id: number; title: string; token: string }[] = [];
  const pending: number[] = [];
  for (const [i, payload] of SHOWN.entries()) {
    const title = payload.value.length <= 120 ? payload.value : payload.value.slice(0, 100);
    const q = await buildQuestion(db, {
      title,
      body: `${payload.value} (body)`,
      answeredBy: neuro.id,
      token: `fuzz-token-${i}`,
    });
    await db
      .update(questions)
      .set({
        pseudonym: payload.value.slice(0, 40),
        moreInfo: `## ${payload.value}\n\n${payload.value}`,
        pageTitle: title,
      })
      .where(eq(questions.id, q.id));
    await db.insert(reports).values({ questionId: q.id, reason: 'other', details: payload.value });
    published.push({ id: q.id, title, token: `fuzz-token-${i}` });
    const waiting = await buildQuestion(db, {
      status: 'needs_info',
      title,
      body: `${payload.value} (waiting)`,
    });
    await db
      .insert(informationRequests)
      .values({ questionId: waiting.id, doctorId: neuro.id, message: payload.value });
    await db.update(questions).set({ statusTokenHash: null }).where(eq(questions.id, waiting.id));
    pending.push(waiting.id);
    pending.push(
      (await buildQuestion(db, { status: 'submitted', title, body: `${payload.value} (new)` })).id,
    );
  }

  // A reader: every Q&A page in both languages, lists and search.
  const reader = await visitor(problems, 'reader');
  for (const q of published) {
    for (const locale of ['en', 'zh-TW']) {
      await open(reader, `${baseUrl}/${locale}/questions/${q.id}`);
      await nothingRan(reader, problems, 'reader');
      const text = await readable(reader);
      if (!text.includes(fold(q.title)))
        problems.push(`reader: the title ${JSON.stringify(q.title.slice(0, 40))} does not read as written`);
    }
    if (q === published[1]) await screenshot(reader, 'fuzz-qa-page');
    await open(reader, `${baseUrl}/en/status/${q.token}`);
    await nothingRan(reader, problems, 'asker');
  }
  for (const path of [
    '/en',
    '/en/departments/neurology',
    '/en/search?q=patient',
    '/zh-TW/search?q=family',
    '/en/search?q=script',
  ]) {
    await open(reader, `${baseUrl}${path}`);
    await nothingRan(reader, problems, 'reader');
  }

  // The editor and the doctor see the pending ones, the reports and the information requests.
  const editor = await visitor(problems, 'editor');
  await signIn(editor, baseUrl, editorUser.email);
  await open(editor, `${baseUrl}/en/editor`);
  await nothingRan(editor, problems, 'editor');
  await screenshot(editor, 'fuzz-editor');
  for (const id of [...pending, ...published.map((q) => q.id)]) {
    await open(editor, `${baseUrl}/en/editor/questions/${id}`);
    await nothingRan(editor, problems, 'editor');
  }
  const doctor = await visitor(problems, 'doctor');
  await signIn(doctor, baseUrl, doctorUser.email);
  await open(doctor, `${baseUrl}/en/doctor`);
  await nothingRan(doctor, problems, 'doctor');
  for (const id of pending) {
    const res = await doctor.goto(`${baseUrl}/en/doctor/questions/${id}`);
    if (res && res.status() === 200) await nothingRan(doctor, problems, 'doctor');
  }

  // Typed into the ask form by a person: kept exactly, shown back without running.
  const asker = await visitor(problems, 'asker');
  const payload = SHOWN.find((p) => p.name === 'attribute breakout')!;
  await open(asker, `${baseUrl}/en/ask`);
  await fillAskForm(asker, askLabelsEn, {
    ...ask,
    title: payload.value.slice(0, 120),
    body: `${payload.value} — what should I do?`,
    pseudonym: '"><b>x</b>',
  });
  await clickAndWait(asker, asker.getByRole('button', { name: 'Send question' }));
  await nothingRan(asker, problems, 'asker');
  const typedBody = `${payload.value} — what should I do?`;
  const [stored] = await db.select().from(questions).where(eq(questions.body, typedBody));
  assert.ok(stored, 'the typed question was stored with its title exactly as typed');
  assert.equal(stored.title, payload.value.slice(0, 120).trim());
  assert.equal(stored.pseudonym, '"><b>x</b>');
  await screenshot(asker, 'fuzz-asker-status');

  assert.deepEqual(problems, []);
});

test('the security answers (429, 413, 400) are readable pages in both languages', {
  timeout: 120_000,
}, async () => {
  const database = await createTestDatabase();
  const limited = limitedApp(database, { RATE_LIMIT_ASK_IP: '1/1h' });
  const httpServer = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: limited.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const problems: string[] = [];
  try {
    const page = await visitor(problems, 'visitor');
    // Posting a form from the page itself, as a person would.
    const submit = async (path: string, fields: Record<string, string>) => {
      await open(page, `${base}${path}`);
      const navigation = page.waitForNavigation({ waitUntil: 'load' });
      await page.evaluate(
        ({ action, fields }) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = action;
          for (const [name, value] of Object.entries(fields)) {
            const input = document.createElement('textarea');
            input.name = name;
            input.value = value;
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        },
        { action: path, fields },
      );
      await navigation;
    };
    for (const [locale, heading] of [
      ['zh-TW', '嘗試次數過多'],
      ['en', 'Too many attempts'],
    ] as const) {
      await submit(`/${locale}/ask`, { title: 'x' });
      await submit(`/${locale}/ask`, { title: 'x' });
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), heading);
      await screenshot(page, `security-429-${locale}`);
    }
    await submit('/zh-TW/signup', { displayName: 'x'.repeat(300 * 1024) });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '送出的內容過大');
    await screenshot(page, 'security-413-zh-TW');
    await submit('/en/signup', { displayName: 'a\u0000b' });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Text we cannot store');
    await screenshot(page, 'security-400-en');
  } finally {
    httpServer.closeAllConnections();
    await new Promise((resolve) => httpServer.close(resolve));
    await database.close();
  }
  // The 4xx answers themselves are expected here; anything else is a problem.
  assert.deepEqual(
    problems.filter((p) => !/^4\d\d for /.test(p)),
    [],
  );
});
