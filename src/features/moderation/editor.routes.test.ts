/**
 * The editor's review queue (sections, counts, oldest first, pages), audited decisions, and the
 * reviewAnswers setting on the reply path. Engine under test.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser, departmentId } from '../../../test/factories.ts';
import { askers, outbox, questions, reports } from '../../db/schema.ts';
import { listAudit } from '../audit/audit.service.ts';
import { replyToQuestion } from '../questions/questions.service.ts';
import { setSetting } from '../settings/settings.service.ts';
import { QUEUE_PAGE_SIZE } from './editor.routes.tsx';

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

const queue = async (query = '') => (await t.request(`/en/editor${query}`, { cookie: editorCookie })).text();
const idsIn = (html: string, section: string) => {
  const part = html.split(`id="${section}"`)[1]?.split('</section>')[0] ?? '';
  return [...part.matchAll(/data-question-id="(\d+)"/g)].map((m) => Number(m[1]));
};

test('the queue: new questions and answers waiting, with counts, oldest first, and a page at a time', async () => {
  const ids: number[] = [];
  for (let i = 0; i < QUEUE_PAGE_SIZE + 2; i++) {
    const q = await buildQuestion(t.db, { status: 'submitted', title: `New question ${i}` });
    // Asked one hour apart, newest first, so the page must sort them.
    await t.db
      .update(questions)
      .set({ askedAt: new Date(Date.UTC(2024, 0, 2) - i * 3_600_000) })
      .where(eq(questions.id, q.id));
    ids.push(q.id);
  }
  const waiting = await buildQuestion(t.db, { status: 'answered', title: 'Answered one' });
  await buildQuestion(t.db, { status: 'approved' });
  const html = await queue();
  assert.match(html, /New questions to review <span class="count">\(22\)<\/span>/);
  assert.match(html, /Answered, ready to publish <span class="count">\(1\)<\/span>/);
  assert.match(html, /Open reports <span class="count">\(0\)<\/span>/);
  const oldestFirst = [...ids].reverse();
  assert.deepEqual(idsIn(html, 'new'), oldestFirst.slice(0, QUEUE_PAGE_SIZE));
  assert.deepEqual(idsIn(html, 'answers'), [waiting.id]);
  assert.match(html, /href="\/en\/editor\?new=2#new"/);
  const second = await queue('?new=2');
  assert.deepEqual(idsIn(second, 'new'), oldestFirst.slice(QUEUE_PAGE_SIZE));
  assert.match(second, /Page 2 of 2/);
  // Languages are named in the page's language, not given as codes.
  const zhQuestion = await buildQuestion(t.db, { status: 'submitted', lang: 'zh-TW', title: '眼皮一直跳' });
  const named = await queue();
  assert.match(named, /Neurology · English · \d{4}\/\d{2}\/\d{2}/);
  assert.doesNotMatch(named, / · (en|zh-TW) · /);
  const zhQueue = await (await t.request('/zh-TW/editor', { cookie: editorCookie })).text();
  assert.match(zhQueue, /待審核的新問題/);
  assert.match(zhQueue, / · 英文 · /);
  assert.doesNotMatch(zhQueue, / · (en|zh-TW) · /);
  const zhPage = await (
    await t.request(`/zh-TW/editor/questions/${zhQuestion.id}`, { cookie: editorCookie })
  ).text();
  assert.match(zhPage, /<p class="meta">[^<]* · 中文 · /);
  await t.db.update(questions).set({ status: 'rejected' }).where(eq(questions.id, zhQuestion.id));
  // Nobody but editors.
  assert.equal((await t.request('/en/editor')).status, 303);
  const doctor = await buildUser(t.db, { roles: ['doctor'] });
  assert.equal((await t.request('/en/editor', { cookie: await t.signIn(doctor.email) })).status, 404);
});

test('approve, reject, publish and remove are audited in the same transaction as the change', async () => {
  const a = await buildQuestion(t.db, { status: 'submitted' });
  const b = await buildQuestion(t.db, { status: 'submitted' });
  const c = await buildQuestion(t.db, { status: 'answered' });
  assert.equal((await t.post(`/en/editor/questions/${a.id}/approve`, {}, editorCookie)).status, 303);
  assert.equal(
    (await t.post(`/en/editor/questions/${b.id}/reject`, { reason: 'Not a medical question' }, editorCookie))
      .status,
    303,
  );
  assert.equal((await t.post(`/en/editor/questions/${c.id}/publish`, {}, editorCookie)).status, 303);
  const bad = await t.post(`/en/editor/questions/${c.id}/remove`, { reason: 'ab' }, editorCookie);
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /id="remove-reason-error"[^>]*>Please write at least 3 characters/);
  assert.match(
    badHtml,
    /id="remove-reason" name="reason" type="text" maxlength="1000" value="ab" aria-invalid="true" aria-describedby="remove-reason-error"/,
    'the typed reason is kept and the field is marked',
  );
  assert.equal(
    (await t.post(`/en/editor/questions/${c.id}/remove`, { reason: 'Asker asked by phone' }, editorCookie))
      .status,
    303,
  );
  const log = (await listAudit(t.db, { actorUserId: editorId })).map((e) => [
    e.action,
    e.targetId,
    e.details,
  ]);
  assert.deepEqual(log.slice(0, 4), [
    ['question.remove', String(c.id), { reason: 'Asker asked by phone' }],
    ['question.publish', String(c.id), {}],
    ['question.reject', String(b.id), { reason: 'Not a medical question' }],
    ['question.approve', String(a.id), {}],
  ]);
  // A conflicting second approve writes no audit entry.
  assert.equal((await t.post(`/en/editor/questions/${a.id}/approve`, {}, editorCookie)).status, 409);
  assert.equal((await listAudit(t.db, { action: 'question.approve', targetId: String(a.id) })).length, 1);
});

test('reviewAnswers on: a reply waits for an editor; off: it publishes at once and the asker is emailed either way', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const actor = {
    userId: doctorUser.id,
    displayName: 'Dr',
    roles: ['doctor' as const],
    doctor: { id: doctor.id, departmentIds: [await departmentId(t.db, 'neurology')], verified: true },
  };
  const deps = { db: t.db, jobs: t.jobs, config: { PORT: 3000 } as never };
  const withAsker = async () => {
    const q = await buildQuestion(t.db, { status: 'approved' });
    const [asker] = await t.db.insert(askers).values({ email: 'asker@example.test' }).returning();
    await t.db.update(questions).set({ askerId: asker!.id }).where(eq(questions.id, q.id));
    return q;
  };
  const reply = 'Hello, eyelid twitching is common with tiredness and caffeine. See a clinic if it lasts.';
  const outboxCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(outbox))[0]!.n;

  const reviewed = await withAsker();
  const before = await outboxCount();
  assert.deepEqual(await replyToQuestion(deps, actor, reviewed.id, reply), { published: false, held: false });
  assert.equal(
    (await t.db.select().from(questions).where(eq(questions.id, reviewed.id)))[0]?.status,
    'answered',
  );
  assert.equal(await outboxCount(), before, 'the email waits for publication');
  await t.post(`/en/editor/questions/${reviewed.id}/publish`, {}, editorCookie);
  assert.equal(await outboxCount(), before + 1);

  await setSetting(t.db, 'reviewAnswers', false, editorId);
  const direct = await withAsker();
  t.jobs.sent.length = 0;
  assert.deepEqual(await replyToQuestion(deps, actor, direct.id, reply), { published: true, held: false });
  const [row] = await t.db.select().from(questions).where(eq(questions.id, direct.id));
  assert.equal(row?.status, 'published');
  assert.ok(row?.publishedAt);
  assert.equal(await outboxCount(), before + 2);
  const [mail] = await t.db.select().from(outbox).orderBy(sql`id desc`).limit(1);
  assert.equal(mail?.to, 'asker@example.test');
  assert.match(mail?.text ?? '', new RegExp(`/en/questions/${direct.id}$`));
  assert.deepEqual(
    t.jobs.sent.map((j) => j.name),
    ['send-email', 'search-index'],
  );
  assert.equal((await t.request(`/en/questions/${direct.id}`)).status, 200);
  const [entry] = await listAudit(t.db, { action: 'question.publish', targetId: String(direct.id) });
  assert.equal(entry?.actorUserId, doctorUser.id);
  assert.equal(entry?.details.automatic, true);
  // The queue says answers publish at once.
  assert.match(await queue(), /Answers are published at once/);
  await setSetting(t.db, 'reviewAnswers', true, editorId);
});

/** The `<li>` of one question in one section of the queue page. */
const itemIn = (html: string, section: string, id: number) => {
  const part = html.split(`id="${section}"`)[1]?.split('</section>')[0] ?? '';
  return part.split('<li').find((li) => li.includes(`data-question-id="${id}"`)) ?? '';
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

test('every queue item shows its personal-data findings by type, linked to the findings panel; a held reply says why', async () => {
  const first = new Date('2001-01-01T00:00:00Z'); // older than every other item: first on page 1
  const fresh = await buildQuestion(t.db, {
    status: 'submitted',
    body: 'My son has a rash. Call 0912-345-678 or 02-2345-6789 after six.\nThanks, Mary',
  });
  const clean = await buildQuestion(t.db, { status: 'submitted' });
  const reported = await buildQuestion(t.db, {
    status: 'published',
    body: 'Itchy eyes every spring. Write to me at chen.mei@example.com please.',
  });
  await t.db.insert(reports).values({ questionId: reported.id, reason: 'personal', createdAt: first });

  // A doctor's reply that would have published at once (review off) but the question has a phone number.
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const actor = {
    userId: doctorUser.id,
    displayName: 'Dr',
    roles: ['doctor' as const],
    doctor: { id: doctor.id, departmentIds: [await departmentId(t.db, 'neurology')], verified: true },
  };
  const held = await buildQuestion(t.db, {
    status: 'approved',
    body: 'Eyelid twitching for a month. My mobile is 0987 654 321.',
  });
  await setSetting(t.db, 'reviewAnswers', false, editorId);
  try {
    const reply = 'Hello, eyelid twitching is common with tiredness and caffeine. See a clinic if it lasts.';
    assert.deepEqual(
      await replyToQuestion(
        { db: t.db, jobs: t.jobs, config: { PORT: 3000 } as never },
        actor,
        held.id,
        reply,
      ),
      {
        published: false,
        held: true,
      },
    );
    for (const q of [fresh, clean, held]) {
      await t.db.update(questions).set({ askedAt: first }).where(eq(questions.id, q.id));
    }

    const html = await queue();
    const freshItem = itemIn(html, 'new', fresh.id);
    assert.match(text(freshItem), /Personal data: 2 phone numbers, 1 name · review and redact/);
    assert.match(freshItem, new RegExp(`href="/en/editor/questions/${fresh.id}#findings"`));
    assert.match(text(itemIn(html, 'new', clean.id)), /No personal data found/);
    assert.doesNotMatch(itemIn(html, 'new', clean.id), /#findings/);
    const reportItem = itemIn(html, 'reports', reported.id);
    assert.match(text(reportItem), /Personal data: 1 email address · review and redact/);
    assert.match(reportItem, new RegExp(`href="/en/editor/questions/${reported.id}#findings"`));
    const heldItem = itemIn(html, 'answers', held.id);
    assert.match(text(heldItem), /Held for review: not published at once because personal data was found/);
    assert.match(text(heldItem), /Personal data: 1 phone number/);
    // Other answered items are not marked as held.
    const others = idsIn(html, 'answers').filter((id) => id !== held.id);
    assert.ok(others.length > 0);
    for (const id of others) assert.doesNotMatch(itemIn(html, 'answers', id), /Held for review/);

    // The link leads to the findings panel with its Redact buttons.
    const panel = await (
      await t.request(`/en/editor/questions/${fresh.id}`, { cookie: editorCookie })
    ).text();
    assert.match(panel, /id="findings"/);
    assert.equal(panel.match(/class="inline redact-form"/g)?.length, 3);

    const zh = await (await t.request('/zh-TW/editor', { cookie: editorCookie })).text();
    assert.match(text(itemIn(zh, 'new', fresh.id)), /個人資料：電話號碼 2 筆、姓名 1 筆 · 檢視並遮蔽/);
    assert.match(text(itemIn(zh, 'new', clean.id)), /未發現個人資料/);
    assert.match(text(itemIn(zh, 'reports', reported.id)), /電子郵件 1 筆/);
    assert.match(text(itemIn(zh, 'answers', held.id)), /待審閱：醫師回覆時偵測到個人資料，因此未立即公開。/);

    // The held question's own page says why at its top, before the title; other pages do not.
    for (const [locale, reason] of [
      [
        'en',
        'Held for review: not published at once because personal data was found when the doctor replied.',
      ],
      ['zh-TW', '待審閱：醫師回覆時偵測到個人資料，因此未立即公開。'],
    ] as const) {
      const page = await (
        await t.request(`/${locale}/editor/questions/${held.id}`, { cookie: editorCookie })
      ).text();
      const notice = page.indexOf(`<p class="notice held-notice">${reason}</p>`);
      assert.ok(notice > 0 && notice < page.indexOf('<h1'), `${locale}: held reason above the title`);
    }
    for (const other of [fresh.id, ...others]) {
      const page = await (await t.request(`/en/editor/questions/${other}`, { cookie: editorCookie })).text();
      assert.doesNotMatch(page, /held-notice/);
    }

    // A report's reason and date stay together: the dot never starts the date on its own line.
    assert.match(
      reportItem,
      /<span class="report-line"><strong class="report-reason">[^<]+<\/strong><span class="meta">\u00a0· reported /,
    );
  } finally {
    await setSetting(t.db, 'reviewAnswers', true, editorId);
  }
});
