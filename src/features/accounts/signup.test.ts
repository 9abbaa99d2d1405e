/** Sign-up and email verification over HTTP, with the emails read from a real local SMTP server. */
import assert from 'node:assert/strict';
import { after, before, mock, test } from 'node:test';
import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildUser } from '../../../test/factories.ts';
import { deliverRecordedEmails, linkPath, startSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { authTokens, users } from '../../db/schema.ts';

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

test('sign-up form: errors inline with the entered values kept, never the password', async () => {
  assert.equal((await t.request('/en/signup')).status, 200);
  const res = await t.post('/en/signup', { email: 'not-an-address', displayName: 'Mei', password: 'short' });
  assert.equal(res.status, 422);
  const html = await res.text();
  assert.match(html, /id="email-error"[^>]*>This does not look like an email address\./);
  assert.match(html, /id="password-error"[^>]*>Please write at least 10 characters\./);
  assert.match(html, /aria-invalid="true"/);
  assert.match(html, /value="not-an-address"/);
  assert.match(html, /value="Mei"/);
  assert.doesNotMatch(html, /value="short"/);
  const zh = await (await t.post('/zh-TW/signup', { email: '', displayName: '', password: '' })).text();
  assert.match(zh, /此欄位為必填|必填/);
});

test('sign-up → verification email → confirm page (GET does not use the link) → POST signs in and verifies', async () => {
  const email = 'new.asker@example.test';
  const res = await t.post('/en/signup', {
    email: 'New.Asker@Example.test',
    displayName: 'Mei',
    password: 'a long enough secret',
  });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /Check your email/);
  assert.equal(cookieOf(res), '', 'sign-up alone does not sign in');
  const [user] = await t.db.select().from(users).where(eq(users.email, email));
  assert.deepEqual(user?.roles, ['asker']);
  assert.equal(user?.emailVerifiedAt, null);
  const [stored] = await t.db.select().from(authTokens).where(eq(authTokens.userId, user!.id));
  assert.equal(stored?.purpose, 'verify-email');

  const [mail] = await deliverRecordedEmails(t, smtp);
  assert.deepEqual(mail?.envelopeTo, [email]);
  assert.match(mail!.subject, /Confirm your email address for OpenConsult/);
  assert.match(
    mail!.text,
    /http:\/\/localhost:3000\/en\/verify\/[\w-]+/,
    'an absolute link on the public URL',
  );
  assert.match(mail!.text, /48 hours/);
  assert.doesNotMatch(mail!.text, /Mei/, 'no personal data beyond the address');
  const path = linkPath(mail!);
  assert.notEqual(stored!.id, path.split('/').pop(), 'only the hash of the token is stored');

  for (let i = 0; i < 2; i++) {
    const page = await t.request(path);
    assert.equal(page.status, 200, 'opening the link (twice, as a mail scanner might) keeps it usable');
    // The token in the address never leaves the site in a Referer header.
    assert.match(page.headers.get('referrer-policy') ?? '', /^(no-referrer|same-origin)$/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(await page.text(), new RegExp(`<form method="post" action="${path}"`));
  }
  const confirmed = await t.post(path, {});
  assert.equal(confirmed.status, 303);
  assert.equal(confirmed.headers.get('location'), '/en/account?done=verified');
  const setCookie = confirmed.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  assert.doesNotMatch(setCookie, /Secure/i, 'plain http in tests');
  const account = await (
    await t.request('/en/account?done=verified', { cookie: cookieOf(confirmed) })
  ).text();
  assert.match(account, /your email address is confirmed/);
  assert.match(account, /Signed in as Mei \(new\.asker@example\.test\)/);
  assert.doesNotMatch(account, /is not confirmed yet/);
  const [verified] = await t.db.select().from(users).where(eq(users.email, email));
  assert.ok(verified?.emailVerifiedAt instanceof Date);

  const again = await t.post(path, {});
  assert.equal(again.status, 404, 'the link works once');
  assert.match(await again.text(), /This link no longer works/);
  assert.equal((await t.request(path)).status, 404);
});

test('sign-up with a taken address: the same words, the owner is emailed, the same argon2 work', async () => {
  const owner = await buildUser(t.db, { roles: ['editor'] });
  t.jobs.sent.length = 0;
  const hash = mock.method(argon2, 'hash');
  try {
    const fresh = await t.post('/en/signup', {
      email: 'someone.new@example.test',
      displayName: 'A',
      password: 'another long secret',
    });
    const hashesForNew = hash.mock.callCount();
    const taken = await t.post('/en/signup', {
      email: owner.email,
      displayName: 'B',
      password: 'another long secret',
    });
    assert.equal(hash.mock.callCount() - hashesForNew, hashesForNew, 'both paths hash the password once');
    assert.equal(hashesForNew, 1);
    assert.equal(fresh.status, taken.status);
    // Each page names the address typed; apart from it, not a word differs.
    assert.equal(
      mainText(await fresh.text()).replace('someone.new@example.test', '{address}'),
      mainText(await taken.text()).replace(owner.email, '{address}'),
    );
  } finally {
    hash.mock.restore();
  }
  const mails = await deliverRecordedEmails(t, smtp);
  assert.equal(mails.length, 2, 'one email per sign-up on both paths');
  const toOwner = mails.find((m) => m.envelopeTo.includes(owner.email))!;
  assert.match(toOwner.subject, /Your OpenConsult account/);
  assert.match(toOwner.text, /already has one/);
  assert.equal(linkPath(toOwner), '/en/signin');
  const [unchanged] = await t.db.select().from(users).where(eq(users.email, owner.email));
  assert.equal(unchanged?.displayName, 'Test User', 'the existing account is untouched');
  assert.ok((await t.signIn(owner.email)).length > 0, 'its password still works');
});

test('verification email in Traditional Chinese from the zh-TW page; an expired link no longer works', async () => {
  await t.post('/zh-TW/signup', {
    email: 'zh.asker@example.test',
    displayName: '小明',
    password: '一二三四五六七八九十',
  });
  const [mail] = await deliverRecordedEmails(t, smtp);
  assert.match(mail!.subject, /請確認您在OpenConsult的電子郵件地址/);
  assert.match(mail!.text, /48 小時內有效/);
  const path = linkPath(mail!);
  assert.match(path, /^\/zh-TW\/verify\//);
  await t.db.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) });
  assert.equal((await t.request(path)).status, 404);
  const res = await t.post(path, {});
  assert.equal(res.status, 404);
  assert.match(await res.text(), /這個連結已經失效/);
  assert.equal((await t.post('/en/verify/not a token', {})).status, 404);
});

test('the “check your email” page names the address it wrote to, as escaped text, in both languages', async () => {
  for (const [locale, sentence] of [
    ['en', /We sent a message to <bdi>o&#39;brien\+en@example.test<\/bdi>\. Open the link/],
    ['zh-TW', /我們已寄信到 <bdi>o&#39;brien\+zh-tw@example.test<\/bdi>。請開啟信中的連結/],
  ] as const) {
    const res = await t.post(`/${locale}/signup`, {
      email: ` O'Brien+${locale}@example.test `,
      displayName: 'Mei',
      password: 'a long enough secret',
    });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, sentence, locale);
    assert.ok(
      html.includes(`o&#39;brien+${locale.toLowerCase()}@example.test`),
      `${locale}: its own address`,
    );
    assert.doesNotMatch(html, /this address\.|這個地址。/, `${locale}: no unnamed address`);
  }
});
