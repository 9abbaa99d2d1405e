/**
 * Right-to-left and mixed text written by users keeps its own direction: blocks of it carry
 * dir="auto" and names inside our sentences are isolated in <bdi>, on the public Q&A page, in
 * lists, and on the editor's and doctor's pages.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../test/factories.ts';
import { questions, reports } from '../db/schema.ts';
import { isolated } from './bidi.tsx';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const PSEUDONYM = 'דנה 2';
const TITLE = 'כאב ראש every morning';
const BODY = 'יש לי כאב ראש בבוקר, 3 days now.';
const REPORT = 'הטקסט כולל שם מלא (full name).';

/** The opening tags of the elements in <body> that hold `text` (`<tag attrs>text`), one per occurrence. */
function tagsHolding(html: string, text: string): string {
  const body = html.slice(html.indexOf('<body'));
  const tags: string[] = [];
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
    const start = body.lastIndexOf('<', at);
    tags.push(body.slice(start, body.indexOf('>', start) + 1));
  }
  assert.ok(tags.length > 0, `page shows ${text}`);
  return tags.join('\n');
}

async function questionWithRtlText(status: 'published' | 'approved') {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const q = await buildQuestion(t.db, {
    status,
    title: TITLE,
    body: BODY,
    answeredBy: status === 'published' ? doctor.id : undefined,
  });
  await t.db.update(questions).set({ pseudonym: PSEUDONYM }).where(eq(questions.id, q.id));
  return { q, doctor };
}

test('the public Q&A page: title and body dir="auto", the pseudonym in <bdi>', async () => {
  const { q } = await questionWithRtlText('published');
  const html = await (await t.request(`/en/questions/${q.id}`)).text();
  assert.match(tagsHolding(html, TITLE), /^<h2 class="question-title"[^>]* dir="auto"/m);
  assert.match(tagsHolding(html, BODY), /^<p dir="auto">/m);
  assert.ok(html.includes(`<bdi>${PSEUDONYM}</bdi>`), 'pseudonym isolated inside the asker line');
  assert.match(html, /<p class="asker-line">[^<]*<bdi>/);
  // The page heading puts our " - Department" after the title: the title is isolated.
  assert.match(html, new RegExp(`<h1><bdi lang="en">${TITLE}</bdi> - `));
  // Lists (the department's page) too.
  const list = await (await t.request('/en/departments/neurology')).text();
  assert.match(tagsHolding(list, TITLE), /dir="auto"/);
});

test("the editor's question and queue, reports included, and the doctor's page", async () => {
  const { q } = await questionWithRtlText('approved');
  await t.db.insert(reports).values({ questionId: q.id, reason: 'personal_info', details: REPORT });
  const editor = await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email);
  const page = await (await t.request(`/en/editor/questions/${q.id}`, { cookie: editor })).text();
  assert.match(tagsHolding(page, TITLE), /^<h1 [^>]*dir="auto"/m);
  assert.match(tagsHolding(page, BODY), /^<p dir="auto">/m);
  assert.ok(page.includes(`<bdi>${PSEUDONYM}</bdi>`));
  assert.match(page, /<textarea id="body" name="body" dir="auto"/, 'the edit form follows the text too');
  assert.match(tagsHolding(page, REPORT), /^<p class="report-details" dir="auto">/m);

  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const cookie = await t.signIn((await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id })).email);
  const doctorPage = await (await t.request(`/en/doctor/questions/${q.id}`, { cookie })).text();
  assert.match(tagsHolding(doctorPage, TITLE), /^<h1 dir="auto">/m);
  assert.match(tagsHolding(doctorPage, BODY), /^<p dir="auto">/m);
});

test('isolated() puts the value in <bdi> wherever the message template places it', () => {
  const rendered = String(isolated((name) => `「${name}」的修訂紀錄 (${name})`, 'א<b>'));
  assert.equal(rendered, '「<bdi>א&lt;b&gt;</bdi>」的修訂紀錄 (<bdi>א&lt;b&gt;</bdi>)');
});
