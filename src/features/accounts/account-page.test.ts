/** The account page, attaching questions, who sees them, sessions and the header, over HTTP. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import {
  buildDoctor,
  buildHospital,
  buildQuestion,
  buildUser,
  TEST_PASSWORD,
} from '../../../test/factories.ts';
import { auditLog, doctorApplications, questions, sessions, users } from '../../db/schema.ts';
import { askerEmail } from '../questions/questions.repository.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const askForm = {
  department: 'neurology',
  title: 'Tingling fingers at night',
  body: 'For a month my fingers tingle at night and wake me up. It is better when I shake my hands.',
  pseudonym: 'Wu',
  ageRange: '40-49',
  gender: 'male',
  askingFor: 'self',
  email: '',
  consent: 'yes',
};

async function verifiedUser(roles: ('asker' | 'doctor' | 'editor' | 'admin')[] = ['asker']) {
  const user = await buildUser(t.db, { roles });
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

const statusUrlIn = (html: string) => /href="(http[^"]*\/status\/[\w-]+)"/.exec(html)?.[1];

test('the account page needs a signed-in person', async () => {
  const res = await t.request('/en/account');
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location') ?? '', /^\/en\/signin\?next=/);
  const attach = await t.post('/en/account/attach', { link: 'x' });
  assert.equal(attach.status, 303);
  assert.equal((await t.post('/en/signout-everywhere', {})).status, 303);
});

test('asked while signed in (verified): the question is in the account with its state, and only its asker sees it', async () => {
  const user = await verifiedUser();
  const cookie = await t.signIn(user.email);
  const sent = await t.post('/en/ask', askForm, cookie);
  assert.equal(sent.status, 201);
  const page = await t.request('/en/account', { cookie });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('cache-control'), 'private, no-store');
  const html = await page.text();
  const id = /data-question-id="(\d+)"/.exec(html)?.[1];
  assert.ok(id, 'the question is listed');
  assert.match(html, /Tingling fingers at night/);
  assert.match(html, /Waiting for editor review/);
  assert.match(html, new RegExp(`href="/en/questions/${id}"`));
  const zh = await (await t.request('/zh-TW/account', { cookie })).text();
  assert.match(zh, /等待編輯審核/);

  assert.equal(
    (await t.request(`/en/questions/${id}`, { cookie })).status,
    200,
    'its asker sees it unpublished',
  );
  const [asked] = await t.db
    .select()
    .from(questions)
    .where(eq(questions.id, Number(id)));
  assert.equal(await askerEmail(t.db, asked!.askerId), user.email, 'notices go to the account address');
  const stranger = await t.signIn((await verifiedUser()).email);
  assert.equal((await t.request(`/en/questions/${id}`, { cookie: stranger })).status, 404);
  assert.equal((await t.request(`/en/questions/${id}`)).status, 404);
  assert.doesNotMatch(await (await t.request('/en/account', { cookie: stranger })).text(), /Tingling/);
});

test('an unverified account may sign in and ask, but holds no questions until verified', async () => {
  const user = await buildUser(t.db, { roles: ['asker'] });
  const cookie = await t.signIn(user.email);
  const sent = await t.post('/en/ask', { ...askForm, title: 'Unverified asker question' }, cookie);
  assert.equal(sent.status, 201);
  const statusUrl = statusUrlIn(await sent.text());
  assert.ok(statusUrl);
  const account = await (await t.request('/en/account', { cookie })).text();
  assert.match(account, /is not confirmed yet/);
  assert.match(account, /No questions in your account yet/);
  const attach = await t.post('/en/account/attach', { link: statusUrl! }, cookie);
  assert.equal(attach.status, 422);
  assert.match(await attach.text(), /id="link-error"[^>]*>Confirm your email address first/);

  t.jobs.sent.length = 0;
  const resend = await t.post('/en/account/verify-email', {}, cookie);
  assert.equal(resend.status, 303);
  assert.deepEqual(
    t.jobs.sent.map((j) => j.name),
    ['send-email'],
  );
});

test('attach by the full status URL or the bare token; errors inline; never someone else’s', async () => {
  const token = 'attach-me-token-0123456789';
  const question = await buildQuestion(t.db, { status: 'approved', token, title: 'Attach by link' });
  const owner = await verifiedUser();
  const cookie = await t.signIn(owner.email);

  const wrong = await t.post(
    '/en/account/attach',
    { link: `${ORIGIN}/en/status/not-a-real-token-xyz` },
    cookie,
  );
  assert.equal(wrong.status, 422);
  const wrongHtml = await wrong.text();
  assert.match(wrongHtml, /id="link-error"[^>]*>No question has this status link/);
  assert.match(
    wrongHtml,
    /value="http:\/\/localhost\/en\/status\/not-a-real-token-xyz"/,
    'what was typed is kept',
  );
  assert.equal((await t.post('/en/account/attach', { link: '' }, cookie)).status, 422);

  const ok = await t.post('/en/account/attach', { link: `${ORIGIN}/zh-TW/status/${token}` }, cookie);
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), '/en/account?done=attached');
  const html = await (await t.request('/en/account?done=attached', { cookie })).text();
  assert.match(html, /The question is now in your account/);
  assert.match(html, new RegExp(`data-question-id="${question.id}"`));
  assert.match(html, /Waiting for a doctor/);
  assert.equal((await t.request(`/en/questions/${question.id}`, { cookie })).status, 200);
  assert.equal((await t.post('/en/account/attach', { link: token }, cookie)).status, 303, 'again: no harm');

  const other = await t.signIn((await verifiedUser()).email);
  const taken = await t.post('/en/account/attach', { link: token }, other);
  assert.equal(taken.status, 422);
  assert.match(await taken.text(), /already in another account/);
  assert.equal((await t.request(`/en/questions/${question.id}`, { cookie: other })).status, 404);
});

test('sign out everywhere ends every session of the person (audited), and only theirs', async () => {
  const user = await verifiedUser();
  const a = await t.signIn(user.email);
  const b = await t.signIn(user.email);
  const bystander = await t.signIn((await verifiedUser()).email);
  const page = await (await t.request('/en/account', { cookie: a })).text();
  assert.match(page, /action="\/en\/signout-everywhere"/);
  const res = await t.post('/en/signout-everywhere', {}, a);
  assert.equal(res.status, 303);
  assert.match(res.headers.get('set-cookie') ?? '', /oc_session=;/);
  for (const cookie of [a, b]) assert.equal((await t.request('/en/account', { cookie })).status, 303);
  assert.equal((await t.request('/en/account', { cookie: bystander })).status, 200);
  const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
  assert.equal(rows.length, 0);
  const [audit] = await t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'account.sign_out_everywhere'));
  assert.equal(audit?.actorUserId, user.id);
  assert.deepEqual(audit?.details, { sessionsEnded: 2 });
});

test('signing in again replaces the session the browser had (rotation); Secure on https', async () => {
  const user = await verifiedUser();
  const first = await t.signIn(user.email);
  const again = await t.post('/en/signin', { email: user.email, password: TEST_PASSWORD }, first);
  const second = again.headers.get('set-cookie')!.split(';')[0]!;
  assert.notEqual(second, first);
  assert.equal((await t.request('/en/account', { cookie: first })).status, 303, 'the old token is gone');
  assert.equal((await t.request('/en/account', { cookie: second })).status, 200);

  const https = await t.app.request('https://localhost/en/signin', {
    method: 'POST',
    body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD }),
    headers: { origin: 'https://localhost', 'content-type': 'application/x-www-form-urlencoded' },
  });
  const cookie = https.headers.get('set-cookie') ?? '';
  assert.match(cookie, /; Secure/);
  assert.match(cookie, /HttpOnly/);
  const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]!);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  assert.ok(days > 29.9 && days <= 30, `session lasts 30 days, got ${days}`);
});

test('the header shows the areas each person may use', async () => {
  const nav = async (cookie?: string) =>
    /<nav aria-label="main">([\s\S]*?)<\/nav>/.exec(await (await t.request('/en', { cookie })).text())?.[1] ??
    '';
  const anonymous = await nav();
  assert.match(anonymous, /href="\/en\/signin"/);
  assert.doesNotMatch(anonymous, /\/en\/account|\/en\/editor|\/en\/doctor"|\/en\/admin/);

  const asker = await nav(await t.signIn((await verifiedUser()).email));
  assert.match(asker, /href="\/en\/account">Your account/);
  assert.doesNotMatch(asker, /\/en\/editor|\/en\/doctor"|\/en\/admin/);

  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const both = await buildUser(t.db, { roles: ['doctor', 'editor'], doctorId: doctor.id });
  const doctorEditor = await nav(await t.signIn(both.email));
  assert.match(doctorEditor, /href="\/en\/doctor"/);
  assert.match(doctorEditor, /href="\/en\/editor"/);
  assert.match(doctorEditor, /href="\/en\/account"/);
  assert.doesNotMatch(doctorEditor, /\/en\/admin/);
  const roles = await (await t.request('/en/account', { cookie: await t.signIn(both.email) })).text();
  assert.match(roles, /Your roles: doctor, editor/);

  const admin = await nav(await t.signIn((await verifiedUser(['admin'])).email));
  assert.match(admin, /href="\/en\/admin"/);
  assert.match(admin, /href="\/en\/editor"/);
});

test('the account page offers to apply as a doctor, or says the application is waiting, never to a doctor', async () => {
  const applyLink = /<a class="button" href="\/en\/doctor\/apply">Apply as a doctor<\/a>/;
  const pendingText = /Your application as a doctor is waiting for an administrator(&#39;|')s review\./;
  const account = async (cookie: string, locale = 'en') =>
    (await t.request(`/${locale}/account`, { cookie })).text();

  const asker = await verifiedUser();
  const askerCookie = await t.signIn(asker.email);
  const offered = await account(askerCookie);
  assert.match(offered, applyLink);
  assert.doesNotMatch(offered, pendingText);
  assert.match(
    await account(askerCookie, 'zh-TW'),
    /<a class="button" href="\/zh-TW\/doctor\/apply">申請成為回覆醫師<\/a>/,
  );

  const hospital = await buildHospital(t.db);
  await t.db.insert(doctorApplications).values({
    userId: asker.id,
    nameEn: 'Applicant',
    nameZh: '申請人',
    licenceNumber: 'L-1',
    hospitalId: hospital.id,
    departmentIds: [],
  });
  const pending = await account(askerCookie);
  assert.doesNotMatch(pending, applyLink);
  assert.match(pending, pendingText);
  assert.match(pending, /href="\/en\/doctor\/apply">See your application</);
  assert.match(await account(askerCookie, 'zh-TW'), /您的醫師申請正在等待管理員審核。/);

  await t.db
    .update(doctorApplications)
    .set({ status: 'rejected' })
    .where(eq(doctorApplications.userId, asker.id));
  assert.match(await account(askerCookie), applyLink, 'after a rejection one may apply again');

  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const doctorPage = await account(await t.signIn(doctorUser.email));
  assert.doesNotMatch(doctorPage, applyLink);
  assert.doesNotMatch(doctorPage, pendingText);
});
