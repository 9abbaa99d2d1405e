/**
 * The doctor area's front page on the engine under test: figures (answers, last 30 days, median
 * time to answer, queue length), overdue questions marked in words, the digest switch; and the
 * asker's "answered" email sent once when the answer becomes visible, with and without review.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { answers, askers, doctors, outbox, questions } from '../../db/schema.ts';
import { setSetting } from '../settings/settings.service.ts';
import { doctorFigures } from './doctor-stats.repository.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

/** An answer by `doctorId` to a new published question asked `askedHoursAgo`, answered `answeredHoursAgo`. */
async function answered(doctorId: number, askedHoursAgo: number, answeredHoursAgo: number) {
  const q = await buildQuestion(t.db, { status: 'published', department: 'dermatology' });
  await t.db
    .update(questions)
    .set({ askedAt: ago(askedHoursAgo) })
    .where(eq(questions.id, q.id));
  await t.db.insert(answers).values({
    questionId: q.id,
    doctorId,
    body: 'An answer written for the test.',
    answeredAt: ago(answeredHoursAgo),
  });
}

test('figures: answers in total and in 30 days, median hours asked → answered (percentile_cont)', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['dermatology'] });
  assert.deepEqual(await doctorFigures(t.db, doctor.id), {
    answersTotal: 0,
    answersLast30Days: 0,
    medianHoursToAnswer: null,
  });
  // Times to answer 10 h, 20 h, 30 h, 100 h → median 25 h; one answer older than 30 days.
  await answered(doctor.id, 12, 2);
  await answered(doctor.id, 30, 10);
  await answered(doctor.id, 60, 30);
  await answered(doctor.id, 40 * 24 + 100, 40 * 24);
  const figures = await doctorFigures(t.db, doctor.id);
  assert.equal(figures.answersTotal, 4);
  assert.equal(figures.answersLast30Days, 3);
  assert.ok(Math.abs(figures.medianHoursToAnswer! - 25) < 0.01, String(figures.medianHoursToAnswer));
});

test('the doctor area shows the figures, the queue length and overdue questions in words', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['ophthalmology'] });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const cookie = await t.signIn(user.email);
  await setSetting(t.db, 'answerTargetHours', 48, null);
  const fresh = await buildQuestion(t.db, {
    status: 'approved',
    department: 'ophthalmology',
    title: 'Fresh eye question',
  });
  await t.db
    .update(questions)
    .set({ askedAt: ago(5) })
    .where(eq(questions.id, fresh.id));
  const old = await buildQuestion(t.db, {
    status: 'approved',
    department: 'ophthalmology',
    title: 'Old eye question',
  });
  await t.db
    .update(questions)
    .set({ askedAt: ago(60) })
    .where(eq(questions.id, old.id));
  await buildQuestion(t.db, { status: 'approved', department: 'cardiology', title: 'Not my department' });

  const html = await (await t.request('/en/doctor', { cookie })).text();
  assert.match(html, /Your figures/);
  assert.match(html, /data-figure="answers-total">Answers given: 0</);
  assert.match(html, /data-figure="median">Median time to answer: —</);
  assert.match(html, /data-figure="queue">Waiting in your departments: 2</);
  assert.match(html, /data-figure="overdue" class="overdue">Overdue: 1</);
  // Oldest first; the old one says it is overdue in text, the fresh one does not.
  assert.ok(html.indexOf('Old eye question') < html.indexOf('Fresh eye question'));
  assert.match(
    html,
    new RegExp(`data-question-id="${old.id}"[^]*?Overdue: waiting more than 48 hours[^]*?</li>`),
  );
  assert.doesNotMatch(
    html.slice(html.indexOf(`data-question-id="${fresh.id}"`)).split('</li>')[0]!,
    /Overdue/,
  );
  assert.doesNotMatch(html, /Not my department/);

  const zh = await (await t.request('/zh-TW/doctor', { cookie })).text();
  assert.match(zh, /已逾時：等候超過 48 小時/);
  assert.match(zh, /您的科別待回覆：2 則/);
  await setSetting(t.db, 'answerTargetHours', 72, null);
});

test('the digest switch subscribes in the page language and unsubscribes', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['ophthalmology'] });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const cookie = await t.signIn(user.email);
  const page = await (await t.request('/en/doctor', { cookie })).text();
  assert.match(page, /Send me the daily email/);
  assert.equal((await t.post('/en/doctor/digest', { subscribe: 'yes' }, cookie)).status, 303);
  let [row] = await t.db.select().from(doctors).where(eq(doctors.id, doctor.id));
  assert.equal(row!.dailyDigest, true);
  assert.equal(row!.digestLang, 'en');
  assert.match(await (await t.request('/en/doctor', { cookie })).text(), /Stop the daily email/);
  assert.equal((await t.post('/zh-TW/doctor/digest', { subscribe: 'yes' }, cookie)).status, 303);
  [row] = await t.db.select().from(doctors).where(eq(doctors.id, doctor.id));
  assert.equal(row!.digestLang, 'zh-TW');
  assert.equal((await t.post('/en/doctor/digest', { subscribe: 'no' }, cookie)).status, 303);
  [row] = await t.db.select().from(doctors).where(eq(doctors.id, doctor.id));
  assert.equal(row!.dailyDigest, false);
  // Not a doctor: not found; anonymous: sign in.
  const editor = await buildUser(t.db, { roles: ['editor'] });
  assert.equal(
    (await t.post('/en/doctor/digest', { subscribe: 'yes' }, await t.signIn(editor.email))).status,
    404,
  );
  const anonymous = await t.post('/en/doctor/digest', { subscribe: 'yes' });
  assert.equal(anonymous.status, 303);
  assert.match(anonymous.headers.get('location')!, /signin/);
});

async function questionWithAsker(email: string) {
  const q = await buildQuestion(t.db, { status: 'approved', department: 'ophthalmology' });
  const [asker] = await t.db.insert(askers).values({ email }).returning();
  await t.db.update(questions).set({ askerId: asker!.id }).where(eq(questions.id, q.id));
  return q;
}

const reply = { body: 'Hello, dry eyes in the evening are common after screen work. Blink breaks help.' };

test('the asker is emailed once, when the answer becomes visible: at publication, or at once without review', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['ophthalmology'] });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const cookie = await t.signIn(user.email);
  const editor = await buildUser(t.db, { roles: ['editor'] });
  const editorCookie = await t.signIn(editor.email);
  const mails = async (to: string) => (await t.db.select().from(outbox).where(eq(outbox.to, to))).length;

  // Reviewed: nothing when the doctor replies (or edits the reply), one email when published.
  await setSetting(t.db, 'reviewAnswers', true, null);
  const reviewed = await questionWithAsker('reviewed@example.test');
  assert.equal((await t.post(`/en/doctor/questions/${reviewed.id}/reply`, reply, cookie)).status, 303);
  assert.equal((await t.post(`/en/doctor/questions/${reviewed.id}/reply`, reply, cookie)).status, 303);
  assert.equal(await mails('reviewed@example.test'), 0);
  assert.equal((await t.post(`/en/editor/questions/${reviewed.id}/publish`, {}, editorCookie)).status, 303);
  assert.equal(await mails('reviewed@example.test'), 1);
  assert.notEqual(
    (await t.post(`/en/editor/questions/${reviewed.id}/publish`, {}, editorCookie)).status,
    303,
  );
  assert.equal(await mails('reviewed@example.test'), 1);

  // Not reviewed: the reply is published at once and the asker emailed once; the page says so.
  await setSetting(t.db, 'reviewAnswers', false, null);
  const direct = await questionWithAsker('direct@example.test');
  const res = await t.post(`/en/doctor/questions/${direct.id}/reply`, reply, cookie);
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location')!, /saved=published/);
  assert.match(
    await (await t.request(res.headers.get('location')!, { cookie })).text(),
    /Your reply was saved and published\./,
  );
  const [row] = await t.db.select().from(questions).where(eq(questions.id, direct.id));
  assert.equal(row!.status, 'published');
  assert.equal(await mails('direct@example.test'), 1);
  assert.notEqual((await t.post(`/en/doctor/questions/${direct.id}/reply`, reply, cookie)).status, 303);
  assert.equal(await mails('direct@example.test'), 1);
  await setSetting(t.db, 'reviewAnswers', true, null);
});

test('review off, personal data found: the reply is held for an editor and the page says why, in both languages', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['ophthalmology'] });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const cookie = await t.signIn(user.email);
  await setSetting(t.db, 'reviewAnswers', false, null);
  try {
    const held = await questionWithAsker('held@example.test');
    await t.db
      .update(questions)
      .set({ body: 'My eyes are dry every evening. Call me on 0912-345-678 if you need more details.' })
      .where(eq(questions.id, held.id));
    const res = await t.post(`/en/doctor/questions/${held.id}/reply`, reply, cookie);
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location')!, /saved=held/);
    const page = await (await t.request(res.headers.get('location')!, { cookie })).text();
    assert.match(
      page,
      /Your reply was saved but not published yet: personal data was found in the question or the reply \(1 phone number\)\. It is held for an editor/,
    );
    assert.doesNotMatch(page, /saved and published/);
    const zh = await (await t.request(`/zh-TW/doctor/questions/${held.id}?saved=held`, { cookie })).text();
    assert.match(zh, /您的回覆已儲存，但尚未公開：問題或回覆中偵測到個人資料（電話號碼 1 筆）/);
    const [row] = await t.db.select().from(questions).where(eq(questions.id, held.id));
    assert.equal(row!.status, 'answered');
    assert.equal((await t.db.select().from(outbox).where(eq(outbox.to, 'held@example.test'))).length, 0);
    assert.equal((await t.request(`/en/questions/${held.id}`)).status, 404);
  } finally {
    await setSetting(t.db, 'reviewAnswers', true, null);
  }
});

test('an unverified doctor sees no queue, not even titles', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['ophthalmology'] });
  await t.db.update(doctors).set({ verified: false }).where(eq(doctors.id, doctor.id));
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  await buildQuestion(t.db, {
    status: 'approved',
    department: 'ophthalmology',
    title: 'Secret eye question',
  });
  const html = await (await t.request('/en/doctor', { cookie: await t.signIn(user.email) })).text();
  assert.match(html, /doctor\/apply/);
  assert.doesNotMatch(html, /Secret eye question/);
});
