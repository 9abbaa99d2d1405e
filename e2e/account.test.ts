/**
 * An account in Chromium: sign up (one mistake first), open the verification link from the email
 * the real SMTP path delivered to a local server, confirm, land on the account page, ask a
 * question signed in and find it there (English and Chinese), then reset the password from a
 * second browser. Screenshots of every account page go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { deliverRecordedEmails, linkPath, startSmtpServer, type TestSmtpServer } from '../test/smtp.ts';
import { askLabelsEn, fillAskForm, followNav, readableText } from './actions.ts';
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
let smtp: TestSmtpServer;
const problems: string[] = [];

before(async () => {
  server = await startTestServer();
  smtp = await startSmtpServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await smtp?.stop();
  await server?.stop();
});

async function newVisitor(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  return page;
}

const email = 'mei.asker@example.test';
const inbox = () => deliverRecordedEmails({ db: server.db, jobs: server.jobs }, smtp);

test('sign-up → verification link from the email → account page, in Chromium', {
  timeout: 180_000,
}, async () => {
  const { baseUrl } = server;
  const page = await newVisitor();
  await open(page, `${baseUrl}/en/signin`);
  await screenshot(page, 'account-01-signin');
  await clickAndWait(page, page.getByRole('link', { name: 'No account yet? Create one' }));
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Create an account');

  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Display name', { exact: true }).fill('Mei');
  await page.getByLabel('Password', { exact: true }).fill('too short');
  const bad = await clickAndWait(page, page.getByRole('button', { name: 'Create account' }));
  assert.equal(bad.status(), 422);
  assert.equal(await page.locator('#password-error').textContent(), 'Please write at least 10 characters.');
  assert.equal(
    await page.getByLabel('Display name', { exact: true }).inputValue(),
    'Mei',
    'typed values stay',
  );
  assert.equal(
    await page.getByLabel('Password', { exact: true }).inputValue(),
    '',
    'the password is not sent back',
  );
  await screenshot(page, 'account-02-signup-errors');

  await page.getByLabel('Password', { exact: true }).fill('plum blossom in winter');
  const sent = await clickAndWait(page, page.getByRole('button', { name: 'Create account' }));
  assert.equal(sent.status(), 200);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Check your email');
  await screenshot(page, 'account-03-check-email');

  const [mail] = await inbox();
  assert.deepEqual(mail?.envelopeTo, [email]);
  assert.match(mail!.subject, /Confirm your email address/);
  await open(page, `${baseUrl}${linkPath(mail!)}`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Confirm your email address');
  await screenshot(page, 'account-04-verify-confirm');
  await clickAndWait(page, page.getByRole('button', { name: 'Confirm my address' }));
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.equal(await page.getByRole('status').textContent(), 'Thank you, your email address is confirmed.');
  assert.match(await readableText(page), /Signed in as Mei \(mei\.asker@example\.test\)/);
  await screenshot(page, 'account-05-account-new');

  // Asked while signed in: the question appears in the account with its state.
  await followNav(page, 'Ask a doctor');
  await fillAskForm(page, askLabelsEn, { ...ask, email: '' });
  const asked = await clickAndWait(page, page.getByRole('button', { name: 'Send question' }));
  assert.equal(asked.status(), 201);
  await followNav(page, 'Your account');
  const row = page.locator('table.account-questions tbody tr');
  assert.equal(await row.count(), 1);
  assert.match(
    (await row.textContent()) ?? '',
    /Eyelid keeps twitching\s*Neurology\s*\d{4}\/\d\d\/\d\d\s*Waiting for editor review/,
  );
  await screenshot(page, 'account-06-account-with-question');
  await open(page, `${baseUrl}/zh-TW/account`);
  assert.match((await row.textContent()) ?? '', /等待編輯審核/);
  await screenshot(page, 'account-07-account-zh');
  await clickAndWait(page, page.getByRole('link', { name: 'Eyelid keeps twitching' }));
  assert.match(await readableText(page), /For about two weeks my left eyelid/);
  assert.deepEqual(problems, []);
});

test('forgot password → reset link from the email → new password, in Chromium', {
  timeout: 120_000,
}, async () => {
  const { baseUrl } = server;
  const page = await newVisitor();
  await open(page, `${baseUrl}/en/signin`);
  await clickAndWait(page, page.getByRole('link', { name: 'Forgot your password?' }));
  await page.getByLabel('Email', { exact: true }).fill(email);
  await screenshot(page, 'account-08-forgot');
  await clickAndWait(page, page.getByRole('button', { name: 'Email me a link' }));
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Check your email');
  const [mail] = await inbox();
  await open(page, `${baseUrl}${linkPath(mail!)}`);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await clickAndWait(page, page.getByRole('button', { name: 'Save password and sign in' }));
  assert.equal(await page.locator('#password-error').textContent(), 'Please write at least 10 characters.');
  await screenshot(page, 'account-09-reset-error');
  await page.getByLabel('New password', { exact: true }).fill('a winter plum blossom');
  await clickAndWait(page, page.getByRole('button', { name: 'Save password and sign in' }));
  assert.equal(new URL(page.url()).pathname, '/en/account');
  assert.match((await page.getByRole('status').textContent()) ?? '', /every other session was signed out/);
  await screenshot(page, 'account-10-after-reset');
  await open(page, `${baseUrl}/en/signin/link`);
  await screenshot(page, 'account-11-signin-link');
  const used = await page.goto(`${baseUrl}${linkPath(mail!)}`);
  assert.equal(used?.status(), 404);
  await screenshot(page, 'account-12-bad-link');
  assert.deepEqual(problems, []);
});
