/**
 * Information requests over HTTP on the engine under test: the doctor asks, the question waits,
 * the asker is emailed and answers on the status page, the question returns to the queue with the
 * claim kept, the doctor is emailed and sees the answer next to the question.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { askers, auditLog, informationRequests, outbox, questions } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

async function doctorWithAccount(name: string) {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'], name });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  return { doctor, user, cookie: await t.signIn(user.email) };
}

/** An approved question whose asker left an email (and optionally has an account). */
async function askedQuestion(
  token: string,
  options: { email?: string | null; userId?: number; lang?: 'en' | 'zh-TW' } = {},
) {
  const q = await buildQuestion(t.db, {
    status: 'approved',
    token,
    lang: options.lang,
    title: `Tingling hands ${token}`,
  });
  const [asker] = await t.db
    .insert(askers)
    .values({
      email: options.email === undefined ? 'asker@example.test' : options.email,
      userId: options.userId,
    })
    .returning();
  await t.db.update(questions).set({ askerId: asker!.id }).where(eq(questions.id, q.id));
  return q;
}

const outboxTo = (to: string) => t.db.select().from(outbox).where(eq(outbox.to, to));

test('doctor asks for more information, asker answers on the status page, doctor sees it and the claim is kept', async () => {
  const { doctor, user, cookie } = await doctorWithAccount('Lee Ya-ting');
  const q = await askedQuestion('tok-info-1', { email: 'info1@example.test' });
  t.jobs.sent.length = 0;

  // The form is on the doctor's page of an approved question.
  const page = await (await t.request(`/en/doctor/questions/${q.id}`, { cookie })).text();
  assert.match(page, /action="\/en\/doctor\/questions\/\d+\/request-info"/);

  // A too-short request is refused inline; the typed text stays.
  const bad = await t.post(`/en/doctor/questions/${q.id}/request-info`, { message: 'When?' }, cookie);
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /class="field-error"[^>]*>Please write at least 10 characters\./);
  assert.match(badHtml, />When\?<\/textarea>/);
  assert.equal((await t.db.select().from(informationRequests)).length, 0);

  const message = 'How long does the tingling last, and does it happen at night?';
  const sent = await t.post(`/en/doctor/questions/${q.id}/request-info`, { message }, cookie);
  assert.equal(sent.status, 303);
  const [row] = await t.db.select().from(questions).where(eq(questions.id, q.id));
  assert.equal(row!.status, 'needs_info');
  assert.equal(row!.claimedByDoctorId, doctor.id, 'asking claims the question for the doctor');
  const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'question.request_info'));
  assert.equal(audit!.actorUserId, user.id);
  assert.equal(audit!.targetId, String(q.id));

  // The asker's email has the request and no status link (only its hash is stored).
  const [mail] = await outboxTo('info1@example.test');
  assert.equal(mail!.subject, 'A doctor needs more information');
  assert.ok(mail!.text.includes(message));
  assert.match(mail!.text, /open the private link you kept when you asked/);
  assert.doesNotMatch(mail!.text, /status\//);
  assert.doesNotMatch(mail!.text, /account page/, 'no account, no account link');
  assert.deepEqual(t.jobs.sent, [{ name: 'send-email', payload: { outboxId: mail!.id } }]);

  // The queue shows it as waiting for the asker; no reply form meanwhile.
  const queue = await (await t.request('/en/doctor', { cookie })).text();
  assert.match(queue, new RegExp(`data-question-id="${q.id}"[\\s\\S]*?Waiting for the asker`));
  const waiting = await (await t.request(`/en/doctor/questions/${q.id}`, { cookie })).text();
  assert.doesNotMatch(waiting, /class="reply-form"/);
  assert.match(waiting, /No reply from the asker yet\./);

  // The asker sees the request and a form on the status page.
  const status = await (await t.request('/en/status/tok-info-1')).text();
  assert.match(status, /The doctor needs more information/);
  assert.ok(status.includes('How long does the tingling last, and does it happen at night?'));
  assert.match(status, /action="\/en\/status\/tok-info-1\/more-info"/);

  // An empty answer is refused inline; a good one is stored and the question is back in the queue.
  const empty = await t.post('/en/status/tok-info-1/more-info', { response: '  ' });
  assert.equal(empty.status, 422);
  assert.match(await empty.text(), /class="field-error"/);
  const answer = 'About ten minutes, mostly when I wake up. <script>alert(1)</script>';
  const replied = await t.post('/en/status/tok-info-1/more-info', { response: answer });
  assert.equal(replied.status, 303);
  assert.equal(replied.headers.get('location'), '/en/status/tok-info-1?replied=1');
  const after1 = await (await t.request('/en/status/tok-info-1?replied=1')).text();
  assert.match(after1, /Your answer was sent to the doctor/);
  assert.doesNotMatch(after1, /action="\/en\/status\/tok-info-1\/more-info"/, 'no form once answered');
  assert.doesNotMatch(after1, /<script>alert/);

  const [back] = await t.db.select().from(questions).where(eq(questions.id, q.id));
  assert.equal(back!.status, 'approved');
  assert.equal(back!.claimedByDoctorId, doctor.id, 'the claim is kept');
  assert.ok(back!.body.startsWith('For two weeks'), 'the question body is not edited');
  const [request] = await t.db
    .select()
    .from(informationRequests)
    .where(eq(informationRequests.questionId, q.id));
  assert.equal(request!.response, answer);
  assert.ok(request!.respondedAt instanceof Date);
  assert.equal(
    (await t.db.select().from(auditLog).where(eq(auditLog.action, 'question.info_reply'))).length,
    1,
  );

  // The doctor is emailed and sees the answer under the request, escaped.
  const [doctorMail] = await outboxTo(user.email);
  assert.match(doctorMail!.subject, /The asker replied/);
  assert.ok(doctorMail!.text.includes(`/doctor/questions/${q.id}`));
  const doctorPage = await (await t.request(`/en/doctor/questions/${q.id}`, { cookie })).text();
  assert.match(doctorPage, /The asker replied on/);
  assert.ok(doctorPage.includes('About ten minutes, mostly when I wake up. &lt;script&gt;'));
  assert.match(doctorPage, /class="reply-form"/);

  // Answering twice is refused (nothing open), and the doctor can now answer.
  assert.equal(
    (await t.post('/en/status/tok-info-1/more-info', { response: 'Once more please' })).status,
    409,
  );
  const reply = await t.post(
    `/en/doctor/questions/${q.id}/reply`,
    {
      body: 'Hello, tingling on waking is often from how the wrists rest at night. Please see a clinic if it spreads.',
    },
    cookie,
  );
  assert.equal(reply.status, 303);
});

test('a colleague cannot ask on a question claimed by another doctor; other departments and strangers get 404', async () => {
  const owner = await doctorWithAccount('Owner Doc');
  const colleague = await doctorWithAccount('Colleague Doc');
  const q = await askedQuestion('tok-info-2', { email: null });
  assert.equal((await t.post(`/en/doctor/questions/${q.id}/claim`, {}, owner.cookie)).status, 303);
  const refused = await t.post(
    `/en/doctor/questions/${q.id}/request-info`,
    { message: 'Please tell me more about the pain.' },
    colleague.cookie,
  );
  assert.equal(refused.status, 409);
  const cardiologist = await buildDoctor(t.db, { departments: ['cardiology'] });
  const other = await buildUser(t.db, { roles: ['doctor'], doctorId: cardiologist.id });
  const otherCookie = await t.signIn(other.email);
  const hidden = await t.post(
    `/en/doctor/questions/${q.id}/request-info`,
    { message: 'Please tell me more about the pain.' },
    otherCookie,
  );
  assert.equal(hidden.status, 404);
  // An asker without a status link cannot answer; a wrong token is 404.
  assert.equal(
    (await t.post('/en/status/not-a-token/more-info', { response: 'Some more details here' })).status,
    404,
  );
  // No open request: 409, nothing stored.
  assert.equal(
    (await t.post('/en/status/tok-info-2/more-info', { response: 'Some more details here' })).status,
    409,
  );
  // No email address: the request still works, no email is queued.
  const before = (await t.db.select().from(outbox)).length;
  const ok = await t.post(
    `/en/doctor/questions/${q.id}/request-info`,
    { message: 'Please tell me more about the pain.' },
    owner.cookie,
  );
  assert.equal(ok.status, 303);
  assert.equal((await t.db.select().from(outbox)).length, before);
});

test('in Chinese: the asker with an account gets the account page link in a Traditional Chinese email', async () => {
  const { cookie } = await doctorWithAccount('Chang Doc');
  const askerUser = await buildUser(t.db, { roles: ['asker'] });
  const q = await askedQuestion('tok-info-3', {
    email: 'zh@example.test',
    userId: askerUser.id,
    lang: 'zh-TW',
  });
  const res = await t.post(
    `/zh-TW/doctor/questions/${q.id}/request-info`,
    { message: '請問症狀持續多久了？晚上會比較嚴重嗎？' },
    cookie,
  );
  assert.equal(res.status, 303);
  const [mail] = await outboxTo('zh@example.test');
  assert.equal(mail!.subject, '醫師需要您補充資訊');
  assert.match(mail!.text, /請打開您提問時保存的專屬進度連結/);
  assert.match(mail!.text, /http:\/\/localhost:\d+\/zh-TW\/account/);
  const status = await (await t.request('/zh-TW/status/tok-info-3')).text();
  assert.match(status, /醫師需要更多資訊/);
  const bad = await t.post('/zh-TW/status/tok-info-3/more-info', { response: '短' });
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), />短<\/textarea>/);
  const [open] = await t.db
    .select()
    .from(informationRequests)
    .where(and(eq(informationRequests.questionId, q.id)));
  assert.equal(open!.response, null);
});
