/** Sign-in links, password reset and "no account enumeration", over HTTP with a real SMTP server. */
import assert from 'node:assert/strict';
import { after, before, mock, test } from 'node:test';
import argon2 from 'argon2';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { deliverRecordedEmails, linkPath, startSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { auditLog, authTokens, sessions, users } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let smtp: TestSmtpServer;
before(async () => {
  t = await createTestApp();
  smtp = await startSmtpServer();
});
after(async () => {
  await smtp.stop();
  await t.close();
});

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';
const mainText = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const signedIn = async (cookie: string) => (await t.request('/en/account', { cookie })).status === 200;

test('sign-in link: email → confirm page → POST signs in, verifies the address, works once', async () => {
  const user = await buildUser(t.db, { roles: ['asker'] });
  assert.equal((await t.request('/en/signin/link')).status, 200);
  const res = await t.post('/en/signin/link', { email: user.email.toUpperCase() });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /Check your email/);
  const [mail] = await deliverRecordedEmails(t, smtp);
  assert.deepEqual(mail?.envelopeTo, [user.email]);
  assert.match(mail!.subject, /Your sign-in link for OpenConsult/);
  assert.match(mail!.text, /15 minutes/);
  const path = linkPath(mail!);
  assert.match(path, /^\/en\/signin\/link\/[\w-]+$/);

  const page = await t.request(path);
  assert.equal(page.status, 200);
  assert.match(await page.text(), new RegExp(`<form method="post" action="${path}"`));
  const done = await t.post(path, {});
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/en/account');
  assert.ok(await signedIn(cookieOf(done)));
  const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
  assert.ok(row?.emailVerifiedAt instanceof Date, 'the link proved the address');
  assert.equal((await t.post(path, {})).status, 404, 'used once');
});

test('a sign-in link expires after 15 minutes, and a newer link replaces an older one', async () => {
  const user = await buildUser(t.db, { roles: ['asker'] });
  await t.post('/en/signin/link', { email: user.email });
  await t.post('/en/signin/link', { email: user.email });
  const [older, newer] = await deliverRecordedEmails(t, smtp);
  assert.equal((await t.request(linkPath(older!))).status, 404, 'the older link stopped working');
  const [token] = await t.db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.userId, user.id), eq(authTokens.purpose, 'sign-in')));
  const lifetime = token!.expiresAt.getTime() - token!.createdAt.getTime();
  assert.ok(Math.abs(lifetime - 15 * 60_000) < 5_000, `lifetime ${lifetime} ms`);
  await t.db
    .update(authTokens)
    .set({ expiresAt: new Date(Date.now() - 1) })
    .where(eq(authTokens.id, token!.id));
  const res = await t.post(linkPath(newer!), {});
  assert.equal(res.status, 404);
  assert.equal(cookieOf(res), '');
  await t.post('/en/password/forgot', { email: user.email });
  await deliverRecordedEmails(t, smtp);
  const left = await t.db.select().from(authTokens).where(eq(authTokens.userId, user.id));
  assert.deepEqual(
    left.map((r) => r.purpose),
    ['reset-password'],
    'expired tokens are cleared away when a new one is issued',
  );
});

test('password reset: new password, every other session signed out, owner told, audited, link used once', async () => {
  const user = await buildUser(t.db, { roles: ['editor'] });
  const otherDevice = await t.signIn(user.email);
  assert.ok(await signedIn(otherDevice));

  await t.post('/en/password/forgot', { email: user.email });
  const [mail] = await deliverRecordedEmails(t, smtp);
  assert.match(mail!.subject, /Choose a new password for OpenConsult/);
  assert.match(mail!.text, /one hour/);
  const path = linkPath(mail!);
  assert.match(path, /^\/en\/password\/reset\/[\w-]+$/);
  const form = await t.request(path);
  assert.equal(form.status, 200);
  assert.match(await form.text(), /autocomplete="new-password"/);

  const short = await t.post(path, { password: 'short' });
  assert.equal(short.status, 422);
  assert.match(await short.text(), /id="password-error"[^>]*>Please write at least 10 characters/);
  assert.equal((await t.request(path)).status, 200, 'a rejected password does not use the link');

  const done = await t.post(path, { password: 'a brand new passphrase' });
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/en/account?done=reset');
  assert.ok(await signedIn(cookieOf(done)), 'this browser is signed in');
  assert.equal(await signedIn(otherDevice), false, 'the other session ended');
  const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
  assert.equal(rows.length, 1);

  const oldPassword = await t.post('/en/signin', { email: user.email, password: TEST_PASSWORD });
  assert.equal(oldPassword.status, 401);
  const newPassword = await t.post('/en/signin', { email: user.email, password: 'a brand new passphrase' });
  assert.equal(newPassword.status, 303);

  const [notice] = await deliverRecordedEmails(t, smtp);
  assert.match(notice!.subject, /password was changed/);
  const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.password_reset'));
  assert.equal(audit?.actorUserId, user.id);
  assert.equal((await t.post(path, { password: 'yet another passphrase' })).status, 404, 'used once');
});

test('no enumeration: link and reset requests answer the same words and queue one email either way', async () => {
  const user = await buildUser(t.db, { roles: ['asker'] });
  for (const path of ['/en/signin/link', '/en/password/forgot', '/zh-TW/password/forgot']) {
    t.jobs.sent.length = 0;
    const known = await t.post(path, { email: user.email });
    const unknown = await t.post(path, { email: 'nobody-here@example.test' });
    assert.equal(known.status, unknown.status);
    assert.equal(mainText(await known.text()), mainText(await unknown.text()), path);
    assert.deepEqual(
      t.jobs.sent.map((j) => j.name),
      ['send-email', 'send-email'],
      'the same work on both paths: one outbox message and one job each',
    );
    const [toKnown, toUnknown] = await deliverRecordedEmails(t, smtp);
    assert.deepEqual(toKnown?.envelopeTo, [user.email]);
    assert.deepEqual(toUnknown?.envelopeTo, ['nobody-here@example.test']);
    assert.match(toUnknown!.text, /no account with this address|這個地址沒有帳號/);
    assert.match(linkPath(toUnknown!), /\/signup$/);
  }
});

test('no enumeration: sign-in with an unknown address does the same argon2 work as a wrong password', async () => {
  const user = await buildUser(t.db, { roles: ['asker'] });
  const verify = mock.method(argon2, 'verify');
  try {
    const wrong = await t.post('/en/signin', { email: user.email, password: 'not the password' });
    const afterWrong = verify.mock.callCount();
    const unknown = await t.post('/en/signin', {
      email: 'unknown@example.test',
      password: 'not the password',
    });
    assert.equal(afterWrong, 1);
    assert.equal(verify.mock.callCount() - afterWrong, 1, 'one argon2 verification on both paths');
    assert.equal(wrong.status, unknown.status);
    assert.equal(
      mainText(await wrong.text()),
      mainText(await unknown.text()).replace('unknown@example.test', user.email),
    );
  } finally {
    verify.mock.restore();
  }
});

test('a bad address on the link form is answered inline, keeping what was typed', async () => {
  t.jobs.sent.length = 0;
  const res = await t.post('/zh-TW/signin/link', { email: 'nope' });
  assert.equal(res.status, 422);
  const html = await res.text();
  assert.match(html, /id="email-error"/);
  assert.match(html, /value="nope"/);
  assert.equal(t.jobs.sent.length, 0);
});
