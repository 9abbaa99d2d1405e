/** Readers report a published Q&A; editors resolve or dismiss reports (audited). Engine under test. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildQuestion, buildUser } from '../../../test/factories.ts';
import { reports } from '../../db/schema.ts';
import { listAudit } from '../audit/audit.service.ts';
import { closeReportAs, fileReport } from './reports.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let editorCookie: string;
let editorId: number;
before(async () => {
  t = await createTestApp();
  const editor = await buildUser(t.db, { roles: ['editor'] });
  editorId = editor.id;
  editorCookie = await t.signIn(editor.email);
});
after(() => t.close());

const reportsOf = (questionId: number) =>
  t.db.select().from(reports).where(eq(reports.questionId, questionId));

test('a reader reports a published Q&A without JavaScript: the form on the page, validation, thank-you', async () => {
  const q = await buildQuestion(t.db, { status: 'published' });
  const page = await (await t.request(`/en/questions/${q.id}`)).text();
  assert.match(page, /<summary>Report this Q&amp;A<\/summary>/);
  assert.match(page, new RegExp(`action="/en/questions/${q.id}/report"`));
  assert.match(page, /Medical error or outdated advice/);
  assert.match(await (await t.request(`/zh-TW/questions/${q.id}`)).text(), /檢舉這則問答/);

  // "Something else" needs a word of explanation; the choice and text are kept.
  const bad = await t.post(`/en/questions/${q.id}/report`, { reason: 'other', details: 'hm' });
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /id="details-error"[^>]*>Please write at least 5 characters/);
  assert.match(badHtml, /value="other" checked/);
  assert.match(badHtml, />hm<\/textarea>/);
  assert.equal((await t.post(`/en/questions/${q.id}/report`, { reason: 'nonsense' })).status, 422);
  assert.equal((await reportsOf(q.id)).length, 0);

  const sent = await t.post(`/en/questions/${q.id}/report`, {
    reason: 'personal_info',
    details: 'The question names the asker’s employer.',
  });
  assert.equal(sent.status, 303);
  assert.equal(sent.headers.get('location'), `/en/questions/${q.id}?reported=1#report`);
  assert.match(
    await (await t.request(`/en/questions/${q.id}?reported=1`)).text(),
    /Thank you\. Our editors will review your report\./,
  );
  const [row] = await reportsOf(q.id);
  assert.equal(row?.reason, 'personal_info');
  assert.equal(row?.status, 'open');
  assert.equal(row?.reporterUserId, null);
});

test('only published Q&As can be reported: others are not found', async () => {
  for (const status of ['submitted', 'answered', 'removed', 'withdrawn'] as const) {
    const q = await buildQuestion(t.db, { status });
    assert.equal((await t.post(`/en/questions/${q.id}/report`, { reason: 'copyright' })).status, 404, status);
    assert.equal((await t.request(`/en/questions/${q.id}/report`)).status, 404, status);
  }
  assert.equal((await t.post('/en/questions/999999/report', { reason: 'copyright' })).status, 404);
  assert.equal((await t.post('/en/questions/abc/report', { reason: 'copyright' })).status, 404);
});

test('editors see open reports in the queue and on the question, resolve with a note or dismiss; both audited', async () => {
  const q = await buildQuestion(t.db, { status: 'published', title: 'Reported twitching' });
  await t.post(`/en/questions/${q.id}/report`, { reason: 'medical_error', details: 'The dose is outdated.' });
  await t.post(`/en/questions/${q.id}/report`, { reason: 'offensive' });
  const queue = await (await t.request('/en/editor', { cookie: editorCookie })).text();
  assert.match(queue, /Open reports <span class="count">\(\d+\)<\/span>/);
  assert.match(
    queue,
    new RegExp(`data-question-id="${q.id}"[^>]*>\\s*<a href="/en/editor/questions/${q.id}#reports"`),
  );
  const [first, second] = await reportsOf(q.id);
  const editorPage = await (await t.request(`/en/editor/questions/${q.id}`, { cookie: editorCookie })).text();
  assert.match(editorPage, /The dose is outdated\./);
  assert.match(editorPage, new RegExp(`action="/en/editor/reports/${first!.id}/close"`));

  // Resolving needs a note.
  const noNote = await t.post(
    `/en/editor/reports/${first!.id}/close`,
    { outcome: 'resolved', note: 'ok' },
    editorCookie,
  );
  assert.equal(noNote.status, 422);
  const noNoteHtml = await noNote.text();
  assert.match(noNoteHtml, new RegExp(`id="note-${first!.id}-error"`));
  assert.match(noNoteHtml, new RegExp(`id="note-${first!.id}"[^>]*aria-invalid="true"[^>]*>ok</textarea>`));
  const resolved = await t.post(
    `/en/editor/reports/${first!.id}/close`,
    { outcome: 'resolved', note: 'Updated the dose in the answer.' },
    editorCookie,
  );
  assert.equal(resolved.status, 303);
  assert.equal(resolved.headers.get('location'), `/en/editor/questions/${q.id}?saved=report`);
  const dismissed = await t.post(
    `/en/editor/reports/${second!.id}/close`,
    { outcome: 'dismissed' },
    editorCookie,
  );
  assert.equal(dismissed.status, 303);
  const rows = await reportsOf(q.id);
  assert.deepEqual(rows.map((r) => [r.status, r.resolution, r.resolvedBy]).sort(), [
    ['dismissed', '', editorId],
    ['resolved', 'Updated the dose in the answer.', editorId],
  ]);
  const audit = await listAudit(t.db, { targetType: 'report' });
  assert.deepEqual(
    audit.slice(0, 2).map((e) => [e.action, e.targetId, e.actorUserId]),
    [
      ['report.dismiss', String(second!.id), editorId],
      ['report.resolve', String(first!.id), editorId],
    ],
  );
  // Closed is closed.
  assert.equal(
    (await t.post(`/en/editor/reports/${first!.id}/close`, { outcome: 'dismissed' }, editorCookie)).status,
    409,
  );
});

test('closing reports is for editors only: anonymous goes to sign-in, a doctor gets 404', async () => {
  const q = await buildQuestion(t.db, { status: 'published' });
  const report = await fileReport(t.db, null, q.id, { reason: 'copyright', details: '' });
  const anon = await t.post(`/en/editor/reports/${report.id}/close`, { outcome: 'dismissed' });
  assert.equal(anon.status, 303);
  assert.match(anon.headers.get('location') ?? '', /\/en\/signin/);
  const doctor = await buildUser(t.db, { roles: ['doctor'] });
  const doctorCookie = await t.signIn(doctor.email);
  assert.equal(
    (await t.post(`/en/editor/reports/${report.id}/close`, { outcome: 'dismissed' }, doctorCookie)).status,
    404,
  );
  await assert.rejects(closeReportAs(t.db, null, report.id, 'dismissed', ''), /sign in/i);
  assert.equal((await reportsOf(q.id))[0]?.status, 'open');
});
