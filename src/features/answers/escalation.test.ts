/**
 * Escalation on the engine under test: approved questions waiting longer than the target are
 * marked once, audited and emailed to every editor; the editor dashboard lists every question
 * overdue now (job run or not) until it is answered, the same ones the doctor queue highlights.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import { auditLog, outbox, questions } from '../../db/schema.ts';
import { setSetting } from '../settings/settings.service.ts';
import { listOverdue } from './escalation.repository.ts';
import { escalateOverdueQuestions } from './escalation.service.ts';
import { overdueRule } from './overdue.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const HOUR = 3_600_000;

async function question(status: 'approved' | 'needs_info' | 'submitted', hoursAgo: number, title: string) {
  const q = await buildQuestion(t.db, { status, title });
  await t.db
    .update(questions)
    .set({ askedAt: new Date(Date.now() - hoursAgo * HOUR) })
    .where(eq(questions.id, q.id));
  return q;
}

test('questions waiting longer than the target are escalated once, audited and emailed to editors', async () => {
  const deps = { db: t.db, jobs: t.jobs, config: getConfig() };
  await setSetting(t.db, 'answerTargetHours', 24, null);
  const editors = [
    await buildUser(t.db, { roles: ['editor'] }),
    await buildUser(t.db, { roles: ['editor', 'admin'] }),
  ];
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const overdue = await question('approved', 30, 'Overdue headache question');
  const fresh = await question('approved', 3, 'Fresh headache question');
  const waiting = await question('needs_info', 50, 'Waiting for the asker question');
  const unreviewed = await question('submitted', 50, 'Not yet reviewed question');
  t.jobs.sent.length = 0;

  const escalated = await escalateOverdueQuestions(deps);
  assert.deepEqual(escalated, [overdue.id]);
  const rows = await t.db
    .select()
    .from(questions)
    .where(inArray(questions.id, [overdue.id, fresh.id, waiting.id, unreviewed.id]));
  for (const row of rows) assert.equal(row.escalatedAt !== null, row.id === overdue.id, row.title);
  const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'question.escalate'));
  assert.equal(audits.length, 1);
  assert.equal(audits[0]!.actorUserId, null);
  assert.equal(audits[0]!.targetId, String(overdue.id));
  for (const editor of editors) {
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, editor.email));
    assert.match(mail!.subject, /Questions waiting more than 24 hours \(1\)/);
    assert.ok(mail!.text.includes('Overdue headache question'));
    assert.ok(mail!.text.includes(`/editor/questions/${overdue.id}`));
  }
  assert.equal((await t.db.select().from(outbox).where(eq(outbox.to, doctorUser.email))).length, 0);
  assert.equal(t.jobs.sent.filter((j) => j.name === 'send-email').length, 2);

  // Once: a second pass escalates nothing and emails nobody.
  const mailsBefore = (await t.db.select().from(outbox)).length;
  assert.deepEqual(await escalateOverdueQuestions(deps), []);
  assert.equal((await t.db.select().from(outbox)).length, mailsBefore);

  // The editor dashboard lists it in words; other roles do not see the dashboard.
  const cookie = await t.signIn(editors[0]!.email);
  const html = await (await t.request('/en/editor', { cookie })).text();
  assert.match(html, /Escalated: waiting more than 24 hours <span class="count">\(1\)<\/span>/);
  assert.match(html, new RegExp(`href="/en/editor/questions/${overdue.id}"[^>]*>Overdue headache question`));
  const zh = await (await t.request('/zh-TW/editor', { cookie })).text();
  assert.match(zh, /已通報：等候超過 24 小時 <span class="count">\(1\)<\/span>/);
  assert.equal((await t.request('/en/editor', { cookie: await t.signIn(doctorUser.email) })).status, 404);

  // Answered questions leave the list.
  await t.db.update(questions).set({ status: 'answered' }).where(eq(questions.id, overdue.id));
  assert.deepEqual((await listOverdue(t.db, overdueRule(24, new Date()))).items, []);
  await setSetting(t.db, 'answerTargetHours', 72, null);
});

/** The ids of the page's list items marked overdue inside `section` (a regex of its opening). */
function overdueIds(html: string, section: RegExp): number[] {
  const start = html.search(section);
  assert.ok(start >= 0, `no ${section} in the page`);
  const rest = html.slice(start);
  const end = rest.indexOf('</ol>');
  return [...rest.slice(0, end).matchAll(/class="queue-item overdue[^"]*" data-question-id="(\d+)"/g)]
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

test('the editor sees what is overdue now, before the job ran, and the doctor queue agrees', async () => {
  await setSetting(t.db, 'answerTargetHours', 24, null);
  // Questions left approved by the test above stay in the queue; start from a clean slate.
  await t.db.update(questions).set({ status: 'published' }).where(eq(questions.status, 'approved'));
  const editor = await buildUser(t.db, { roles: ['editor'] });
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const fiftyDays = await question('approved', 50 * 24, 'Numb fingers for fifty days');
  const justOver = await question('approved', 25, 'Dizzy since yesterday morning');
  await question('approved', 23, 'Dizzy since last night');
  await question('needs_info', 60 * 24, 'Waiting on the asker for two months');
  await question('submitted', 60 * 24, 'Never reviewed');
  // The job has not run: nothing is marked escalated.
  const marked = await t.db
    .select()
    .from(questions)
    .where(inArray(questions.id, [fiftyDays.id, justOver.id]));
  assert.ok(marked.every((q) => q.escalatedAt === null));

  const cookie = await t.signIn(editor.email);
  const html = await (await t.request('/en/editor', { cookie })).text();
  assert.match(html, /Escalated: waiting more than 24 hours <span class="count">\(2\)<\/span>/);
  assert.doesNotMatch(html, /No question is waiting longer than the target/);
  assert.match(
    html,
    new RegExp(`href="/en/editor/questions/${fiftyDays.id}"[^>]*>Numb fingers for fifty days`),
  );
  assert.match(html, /editors not emailed yet/);
  const zh = await (await t.request('/zh-TW/editor', { cookie })).text();
  assert.match(zh, /已通報：等候超過 24 小時 <span class="count">\(2\)<\/span>/);
  assert.match(zh, /尚未寄信通知編輯/);
  const expected = [fiftyDays.id, justOver.id].sort((a, b) => a - b);
  const editorIds = overdueIds(html, /<section class="editor-queue escalated"/);
  assert.deepEqual(editorIds, expected);

  // The doctor queue highlights exactly the same questions, and counts them.
  const doctorHtml = await (
    await t.request('/en/doctor', { cookie: await t.signIn(doctorUser.email) })
  ).text();
  assert.deepEqual(overdueIds(doctorHtml, /<ol class="queue-list">/), editorIds);
  assert.match(doctorHtml, /Overdue: 2</);

  // Once the job has run, the panel shows when the editors were emailed.
  await escalateOverdueQuestions({ db: t.db, jobs: t.jobs, config: getConfig() });
  const after = await (await t.request('/en/editor', { cookie })).text();
  assert.deepEqual(overdueIds(after, /<section class="editor-queue escalated"/), expected);
  assert.doesNotMatch(after, /editors not emailed yet/);
  assert.match(after, / · escalated \d{4}\/\d{2}\/\d{2}/);
  await setSetting(t.db, 'answerTargetHours', 72, null);
});
