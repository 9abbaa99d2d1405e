/**
 * The findings panel and redaction over HTTP on the engine under test: an editor sees the
 * findings, redacts one with a click, cannot publish with findings left without the override,
 * and can with it; nobody else can redact.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { auditLog, questions, revisions } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let editorCookie: string;
let doctorId: number;
before(async () => {
  t = await createTestApp();
  const editor = await buildUser(t.db, { roles: ['editor'] });
  editorCookie = await t.signIn(editor.email);
  doctorId = (await buildDoctor(t.db, { departments: ['neurology'] })).id;
});
after(() => t.close());

const zhBody = '醫師您好，我是王小明，眼皮一直跳。手機 0912-345-678，謝謝。';

/** The hidden fields of the redact form whose finding text is `text`. */
function redactForm(html: string, text: string): Record<string, string> {
  const forms =
    html.match(/<form method="post" action="[^"]*\/redact" class="inline redact-form">[\s\S]*?<\/form>/g) ??
    [];
  const form = forms.find((f) => f.includes(`name="text" value="${text}"`));
  assert.ok(form, `a redact form for ${text}`);
  return Object.fromEntries([...form.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

const statusOf = async (id: number) =>
  (
    await t.db
      .select({ status: questions.status, body: questions.body })
      .from(questions)
      .where(eq(questions.id, id))
  )[0]!;

test('the editor sees the findings in context, in the page language', async () => {
  const q = await buildQuestion(t.db, {
    status: 'answered',
    lang: 'zh-TW',
    body: zhBody,
    answeredBy: doctorId,
  });
  const html = await (await t.request(`/zh-TW/editor/questions/${q.id}`, { cookie: editorCookie })).text();
  assert.match(html, /<h2 id="findings-heading">個人資料 <span class="count">\(2 筆\)<\/span>/);
  assert.match(html, /<strong class="finding-type">姓名<\/strong>/);
  assert.match(html, /<mark>0912-345-678<\/mark>/);
  assert.match(html, /aria-label="遮蔽電話號碼「0912-345-678」"/);
  assert.match(html, /class="override-form"/);

  const clean = await buildQuestion(t.db, { status: 'answered', answeredBy: doctorId });
  const cleanHtml = await (
    await t.request(`/en/editor/questions/${clean.id}`, { cookie: editorCookie })
  ).text();
  assert.match(cleanHtml, /No personal data found in the title, text or answers\./);
  assert.doesNotMatch(cleanHtml, /class="override-form"/);
});

test('one click redacts a finding (revision + audit), publish needs the override, the override is logged', async () => {
  const q = await buildQuestion(t.db, {
    status: 'answered',
    lang: 'zh-TW',
    body: zhBody,
    answeredBy: doctorId,
  });
  const page = `/en/editor/questions/${q.id}`;
  const html = await (await t.request(page, { cookie: editorCookie })).text();
  const res = await t.post(`${page}/redact`, redactForm(html, '0912-345-678'), editorCookie);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `${page}?saved=1#findings`);
  assert.equal((await statusOf(q.id)).body, '醫師您好，我是王小明，眼皮一直跳。手機 〔電話〕，謝謝。');
  assert.equal((await t.db.select().from(revisions).where(eq(revisions.entityId, q.id))).length, 1);

  // The name is still there: plain Publish is refused inline, and nothing is published.
  const refused = await t.post(`${page}/publish`, {}, editorCookie);
  assert.equal(refused.status, 400);
  const refusedHtml = await refused.text();
  assert.match(
    refusedHtml,
    /id="override-error" role="alert">This Q&amp;A still has 1 possible piece of personal data/,
  );
  assert.equal((await statusOf(q.id)).status, 'answered');

  const published = await t.post(`${page}/publish`, { override: 'yes' }, editorCookie);
  assert.equal(published.status, 303);
  assert.equal((await statusOf(q.id)).status, 'published');
  const [override] = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'question.publish_override'), eq(auditLog.targetId, String(q.id))));
  assert.deepEqual(override!.details, { findingTypes: { name: 1 }, fields: ['body'] });
  assert.ok(t.jobs.sent.some((j) => j.name === 'search-index'));
});

test('redact all clears every text; a stale or malformed redaction is refused', async () => {
  const q = await buildQuestion(t.db, {
    status: 'answered',
    body: "I'm Mary Chen, mail mary@example.com",
    answeredBy: doctorId,
  });
  const page = `/en/editor/questions/${q.id}`;
  const html = await (await t.request(page, { cookie: editorCookie })).text();
  const form = redactForm(html, 'mary@example.com');
  assert.equal((await t.post(`${page}/redact-all`, {}, editorCookie)).status, 303);
  assert.equal((await statusOf(q.id)).body, "I'm [name], mail [email]");
  assert.equal((await t.post(`${page}/redact`, form, editorCookie)).status, 409);
  assert.equal((await t.post(`${page}/redact`, { ...form, start: 'x' }, editorCookie)).status, 400);
  assert.equal((await t.post(`${page}/publish`, {}, editorCookie)).status, 303);
});

test('only editors can redact: anonymous is sent to sign in, a doctor gets 404', async () => {
  const q = await buildQuestion(t.db, {
    status: 'answered',
    body: zhBody,
    lang: 'zh-TW',
    answeredBy: doctorId,
  });
  const page = `/en/editor/questions/${q.id}`;
  const form = redactForm(await (await t.request(page, { cookie: editorCookie })).text(), '0912-345-678');
  const anonymous = await t.post(`${page}/redact`, form);
  assert.equal(anonymous.status, 303);
  assert.match(anonymous.headers.get('location') ?? '', /\/en\/signin/);
  const doctor = await buildUser(t.db, { roles: ['doctor'], doctorId });
  const doctorCookie = await t.signIn(doctor.email);
  assert.equal((await t.post(`${page}/redact`, form, doctorCookie)).status, 404);
  assert.equal((await t.post(`${page}/redact-all`, {}, doctorCookie)).status, 404);
  assert.equal((await statusOf(q.id)).body, zhBody);
});
