/**
 * Every edit of a question's or an answer's text keeps a revision in the same transaction, shown
 * with a diff in the history, and can be reverted (a revision too, audited). Engine under test.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { answers, questions, revisions } from '../../db/schema.ts';
import { listAudit } from '../audit/audit.service.ts';
import { setPageTitle } from '../questions/questions.service.ts';
import { changeText, editAnswerBody, editQuestionText, revertRevision } from './revisions.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let editorCookie: string;
let editor: Awaited<ReturnType<typeof buildUser>>;
let doctorId: number;
before(async () => {
  t = await createTestApp();
  editor = await buildUser(t.db, { roles: ['editor'] });
  editorCookie = await t.signIn(editor.email);
  doctorId = (await buildDoctor(t.db, { departments: ['neurology'] })).id;
});
after(() => t.close());

const deps = () => ({ db: t.db, jobs: t.jobs, config: {} as never });
const actor = () => ({ userId: editor.id, displayName: 'Editor', roles: ['editor' as const] });
const questionRow = async (id: number) =>
  (await t.db.select().from(questions).where(eq(questions.id, id)))[0]!;
const revisionsOf = (entityType: 'question' | 'answer', id: number) =>
  t.db
    .select()
    .from(revisions)
    .where(eq(revisions.entityId, id))
    .orderBy(asc(revisions.id))
    .then((rows) => rows.filter((r) => r.entityType === entityType));

test('an editor edits the body of a published Q&A over HTTP: revision, audit, re-index, history with a diff', async () => {
  const q = await buildQuestion(t.db, {
    status: 'published',
    body: 'My name is Lin Mei-hua and my eyelid has twitched for two weeks. Should I worry?',
  });
  const page = await (await t.request(`/en/editor/questions/${q.id}`, { cookie: editorCookie })).text();
  assert.match(page, /name="body"[^>]*>My name is Lin Mei-hua/);
  t.jobs.sent.length = 0;
  const res = await t.post(
    `/en/editor/questions/${q.id}/edit`,
    { title: q.title, body: 'My eyelid has twitched for two weeks. Should I worry?' },
    editorCookie,
  );
  assert.equal(res.status, 303);
  assert.equal((await questionRow(q.id)).body, 'My eyelid has twitched for two weeks. Should I worry?');
  const [revision] = await revisionsOf('question', q.id);
  assert.equal(revision?.field, 'body', 'only the changed field keeps a revision');
  assert.match(revision?.before ?? '', /Lin Mei-hua/);
  assert.equal(revision?.actorUserId, editor.id);
  assert.deepEqual(t.jobs.sent, [{ name: 'search-index', payload: { questionIds: [q.id] } }]);
  const [entry] = await listAudit(t.db, { action: 'question.edit', targetId: String(q.id) });
  assert.deepEqual(entry?.details, { fields: ['body'], revisionIds: [revision!.id] });

  const history = await (
    await t.request(`/en/editor/questions/${q.id}/history`, { cookie: editorCookie })
  ).text();
  assert.match(history, /<del>[^<]*Lin Mei-hua[^<]*<\/del>/);
  assert.match(history, new RegExp(`action="/en/editor/revisions/${revision!.id}/revert"`));
  assert.match(history, /by Test User/);

  // Saving the same text again changes nothing and records nothing.
  const same = await t.post(
    `/en/editor/questions/${q.id}/edit`,
    { title: q.title, body: 'My eyelid has twitched for two weeks. Should I worry?' },
    editorCookie,
  );
  assert.equal(same.headers.get('location'), `/en/editor/questions/${q.id}?saved=unchanged`);
  assert.equal((await revisionsOf('question', q.id)).length, 1);
});

test('revert puts the text back as a new revision that names the one undone, audited; reverting twice is a conflict', async () => {
  const q = await buildQuestion(t.db, { status: 'published', title: 'Original title here' });
  await editQuestionText(deps(), actor(), q.id, { title: 'Changed title here' });
  const [edit] = await revisionsOf('question', q.id);
  t.jobs.sent.length = 0;
  const res = await t.post(`/en/editor/revisions/${edit!.id}/revert`, {}, editorCookie);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/en/editor/questions/${q.id}/history?reverted=1`);
  assert.equal((await questionRow(q.id)).title, 'Original title here');
  const all = await revisionsOf('question', q.id);
  const revert = all.find((r) => r.revertOf === edit!.id);
  assert.ok(revert);
  assert.equal(revert.before, 'Changed title here');
  assert.equal(revert.after, 'Original title here');
  assert.deepEqual(t.jobs.sent, [{ name: 'search-index', payload: { questionIds: [q.id] } }]);
  const [entry] = await listAudit(t.db, { action: 'revision.revert', targetId: String(q.id) });
  assert.equal(entry?.details.revertOf, edit!.id);
  assert.equal(entry?.actorUserId, editor.id);
  assert.match(
    await (
      await t.request(`/en/editor/questions/${q.id}/history?reverted=1`, { cookie: editorCookie })
    ).text(),
    new RegExp(`reverts change #${edit!.id}`),
  );
  assert.equal((await t.post(`/en/editor/revisions/${edit!.id}/revert`, {}, editorCookie)).status, 409);
  // Reverting the revert brings the edit back.
  await revertRevision(deps(), actor(), revert.id);
  assert.equal((await questionRow(q.id)).title, 'Changed title here');
});

test('answer edits, page titles, More Info and a doctor replacing their reply all keep revisions', async () => {
  const q = await buildQuestion(t.db, { status: 'answered', answeredBy: doctorId });
  const [answer] = await t.db.select().from(answers).where(eq(answers.questionId, q.id));
  const res = await t.post(
    `/en/editor/questions/${q.id}/answers/${answer!.id}/edit`,
    { body: 'Hello, eyelid twitching is common with tiredness. Please see a clinic if it lasts a month.' },
    editorCookie,
  );
  assert.equal(res.status, 303);
  const tooShort = await t.post(
    `/en/editor/questions/${q.id}/answers/${answer!.id}/edit`,
    { body: 'short' },
    editorCookie,
  );
  assert.equal(tooShort.status, 422);
  assert.match(await tooShort.text(), new RegExp(`id="answer-${answer!.id}-error"`));
  assert.equal((await revisionsOf('answer', answer!.id)).length, 1);
  // Not published: no re-index for an answer edit.
  assert.equal(
    t.jobs.sent.filter((j) => j.name === 'search-index' && JSON.stringify(j.payload).includes(`[${q.id}]`))
      .length,
    0,
  );

  await setPageTitle(deps(), actor(), q.id, 'Eyelid twitching: when to see a doctor');
  await editQuestionText(deps(), actor(), q.id, { moreInfo: '## Twitching\n\nUsually harmless.' });
  await editQuestionText(deps(), actor(), q.id, { moreInfo: '' });
  const fields = (await revisionsOf('question', q.id)).map((r) => [r.field, r.before, r.after]);
  assert.deepEqual(fields, [
    ['pageTitle', q.title, 'Eyelid twitching: when to see a doctor'],
    ['moreInfo', null, '## Twitching\n\nUsually harmless.'],
    ['moreInfo', '## Twitching\n\nUsually harmless.', null],
  ]);
  const history = await (
    await t.request(`/en/editor/questions/${q.id}/history`, { cookie: editorCookie })
  ).text();
  assert.match(history, /answer by Dr\. /);
  assert.match(history, /page title/);
});

test('a doctor replacing their own reply keeps the earlier text as a revision', async () => {
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId });
  const cookie = await t.signIn(doctorUser.email);
  const q = await buildQuestion(t.db, { status: 'approved' });
  const first = 'First reply: eyelid twitching is common with tiredness and caffeine, rest more.';
  const second =
    'Second reply: eyelid twitching is common with tiredness and caffeine; see a clinic if it lasts.';
  assert.equal((await t.post(`/en/doctor/questions/${q.id}/reply`, { body: first }, cookie)).status, 303);
  assert.equal((await t.post(`/en/doctor/questions/${q.id}/reply`, { body: second }, cookie)).status, 303);
  const [answer] = await t.db.select().from(answers).where(eq(answers.questionId, q.id));
  const [revision] = await revisionsOf('answer', answer!.id);
  assert.equal(revision?.before, first);
  assert.equal(revision?.after, second);
  assert.equal(revision?.actorUserId, doctorUser.id);
});

test('a failed edit leaves neither the text nor a revision behind (same transaction)', async () => {
  const q = await buildQuestion(t.db, { status: 'published', title: 'Kept title' });
  await assert.rejects(
    t.db.transaction(async (trx) => {
      await changeText(trx as never, {
        entityType: 'question',
        entityId: q.id,
        field: 'title',
        after: 'Lost title',
        actorUserId: editor.id,
      });
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal((await questionRow(q.id)).title, 'Kept title');
  assert.equal((await revisionsOf('question', q.id)).length, 0);
});

test('only editors edit, read history or revert: anonymous is sent to sign in, others get 404', async () => {
  const q = await buildQuestion(t.db, { status: 'published' });
  const rev = await editQuestionText(deps(), actor(), q.id, { title: 'An edited title' });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId });
  const cookie = await t.signIn(doctorUser.email);
  for (const [method, path] of [
    ['GET', `/en/editor/questions/${q.id}/history`],
    ['POST', `/en/editor/questions/${q.id}/edit`],
    ['POST', `/en/editor/revisions/${rev[0]!.id}/revert`],
  ] as const) {
    const anon = method === 'GET' ? await t.request(path) : await t.post(path, { title: 'x', body: 'y' });
    assert.equal(anon.status, 303, path);
    const doc =
      method === 'GET'
        ? await t.request(path, { cookie })
        : await t.post(path, { title: 'xxxx', body: 'y'.repeat(30) }, cookie);
    assert.equal(doc.status, 404, path);
  }
  await assert.rejects(editAnswerBody(deps(), null, q.id, 1, 'x'.repeat(30)), /sign in/i);
  assert.equal((await t.post('/en/editor/revisions/999999/revert', {}, editorCookie)).status, 404);
  assert.equal((await questionRow(q.id)).title, 'An edited title');
});

test('two editors saving at once: each revision starts from the text the other left (no lost "before")', async () => {
  const q = await buildQuestion(t.db, { status: 'published', title: 'Start title' });
  await Promise.all([
    editQuestionText(deps(), actor(), q.id, { title: 'Title from editor A' }),
    editQuestionText(deps(), actor(), q.id, { title: 'Title from editor B' }),
  ]);
  const [first, second] = await revisionsOf('question', q.id);
  assert.equal(first?.before, 'Start title');
  assert.equal(second?.before, first?.after);
  assert.equal((await questionRow(q.id)).title, second?.after);
});
