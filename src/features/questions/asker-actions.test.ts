/**
 * The asker's own actions through the status link alone: withdraw an unanswered question,
 * have a published Q&A removed at once. Over HTTP and at the service, on the engine under test.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { questions } from '../../db/schema.ts';
import { listAudit } from '../audit/audit.service.ts';
import { removeByAsker, withdrawByAsker } from './asker-actions.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const statusOf = async (id: number) => (await t.db.select().from(questions).where(eq(questions.id, id)))[0]!;

test('withdraw: a confirm page in both languages, then the question is withdrawn with its reason and doctors no longer see it', async () => {
  const q = await buildQuestion(t.db, { status: 'approved', token: 'withdraw-token-1' });
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const doctorCookie = await t.signIn(doctorUser.email);
  assert.equal((await t.request(`/en/doctor/questions/${q.id}`, { cookie: doctorCookie })).status, 200);

  const status = await (await t.request('/en/status/withdraw-token-1')).text();
  assert.match(status, /href="\/en\/status\/withdraw-token-1\/withdraw"/);
  const confirm = await t.request('/en/status/withdraw-token-1/withdraw');
  assert.equal(confirm.status, 200);
  assert.match(await confirm.text(), /Yes, withdraw my question/);
  assert.match(await (await t.request('/zh-TW/status/withdraw-token-1/withdraw')).text(), /確定撤回我的問題/);

  // No reason chosen: the page comes back with the error and the typed details kept.
  const bad = await t.post('/en/status/withdraw-token-1/withdraw', { details: 'Feeling better now' });
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /id="reason-error"/);
  assert.match(badHtml, />Feeling better now<\/textarea>/);
  assert.equal((await statusOf(q.id)).status, 'approved');

  const done = await t.post('/en/status/withdraw-token-1/withdraw', {
    reason: 'saw_doctor',
    details: 'Feeling better now',
  });
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/en/status/withdraw-token-1?done=withdrawn');
  const row = await statusOf(q.id);
  assert.equal(row.status, 'withdrawn');
  assert.equal(row.statusReason, 'I saw a doctor in person: Feeling better now');
  const after = await (await t.request('/en/status/withdraw-token-1?done=withdrawn')).text();
  assert.match(after, /Your question was withdrawn/);
  assert.match(after, /Withdrawn by you/);
  assert.doesNotMatch(after, /\/withdraw"/, 'nothing left to withdraw');

  assert.equal((await t.request(`/en/doctor/questions/${q.id}`, { cookie: doctorCookie })).status, 404);
  assert.doesNotMatch(
    await (await t.request('/en/doctor', { cookie: doctorCookie })).text(),
    new RegExp(`data-question-id="${q.id}"`),
  );
  const [entry] = await listAudit(t.db, { action: 'question.withdraw', targetId: String(q.id) });
  assert.equal(entry?.actorUserId, null);
  assert.deepEqual(entry?.details, {
    origin: 'status-link',
    reason: 'saw_doctor',
    details: 'Feeling better now',
    from: 'approved',
  });
  // A second try is a conflict, not a second entry.
  assert.equal(
    (await t.post('/en/status/withdraw-token-1/withdraw', { reason: 'other', details: 'again' })).status,
    409,
  );
});

test('removal: a published Q&A is off the site and out of search at once, reason recorded and audited', async () => {
  const q = await buildQuestion(t.db, { status: 'published', token: 'remove-token-1', lang: 'zh-TW' });
  assert.equal((await t.request(`/en/questions/${q.id}`)).status, 200);
  const status = await (await t.request('/zh-TW/status/remove-token-1')).text();
  assert.match(status, /申請移除這則問答/);
  assert.match(await (await t.request('/zh-TW/status/remove-token-1/remove')).text(), /確定立即移除/);

  t.jobs.sent.length = 0;
  const done = await t.post('/zh-TW/status/remove-token-1/remove', { reason: 'privacy' });
  assert.equal(done.status, 303);
  assert.equal((await t.request(`/en/questions/${q.id}`)).status, 404);
  const row = await statusOf(q.id);
  assert.equal(row.status, 'removed');
  assert.equal(row.statusReason, '內容含有我不想公開的個人資料', 'stored in the question language');
  assert.deepEqual(t.jobs.sent, [{ name: 'search-index', payload: { questionIds: [q.id] } }]);
  const [entry] = await listAudit(t.db, { action: 'question.remove', targetId: String(q.id) });
  assert.equal(entry?.actorUserId, null);
  assert.equal(entry?.details.origin, 'status-link');
  assert.equal(entry?.details.reason, 'privacy');
  assert.match(
    await (await t.request('/zh-TW/status/remove-token-1?done=removed')).text(),
    /您的問答已自網站移除/,
  );
});

test('the actions follow the state: no withdrawal once answered, no removal before an answer, wrong tokens 404', async () => {
  const answered = await buildQuestion(t.db, { status: 'answered', token: 'answered-token' });
  const fresh = await buildQuestion(t.db, { status: 'submitted', token: 'fresh-token' });
  // The confirm page of an action that no longer applies goes back to the status page.
  const page = await t.request('/en/status/answered-token/withdraw');
  assert.equal(page.status, 303);
  assert.equal(
    (await t.post('/en/status/answered-token/withdraw', { reason: 'other', details: 'x'.repeat(5) })).status,
    409,
  );
  assert.equal((await t.post('/en/status/fresh-token/remove', { reason: 'privacy' })).status, 409);
  assert.equal((await statusOf(answered.id)).status, 'answered');
  assert.equal((await statusOf(fresh.id)).status, 'submitted');
  assert.equal((await t.request('/en/status/no-such-token/withdraw')).status, 404);
  assert.equal((await t.post('/en/status/no-such-token/remove', { reason: 'privacy' })).status, 404);
  // Details are capped.
  assert.equal(
    (await t.post('/en/status/fresh-token/withdraw', { reason: 'other', details: 'x'.repeat(1001) })).status,
    422,
  );
});

test('service: withdraw and removal check the token and the state', async () => {
  const deps = { db: t.db, jobs: t.jobs, config: {} as never };
  const q = await buildQuestion(t.db, { status: 'needs_info', token: 'svc-token' });
  await assert.rejects(withdrawByAsker(deps, 'wrong', { reason: 'other', details: '' }), /not found/);
  await assert.rejects(removeByAsker(deps, 'svc-token', { reason: 'privacy', details: '' }), /moved on/);
  assert.equal(await withdrawByAsker(deps, 'svc-token', { reason: 'found_answer', details: '' }), q.id);
  assert.equal((await statusOf(q.id)).statusReason, 'I found an answer elsewhere');
});
