/**
 * The whole path of one question over HTTP, as the asker, editor, doctor and reader see it,
 * on the engine under test (TEST_ENGINE).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildUser } from '../../../test/factories.ts';
import { questions } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const askForm = {
  department: 'neurology',
  title: 'Eyelid keeps twitching',
  body: 'For about two weeks my left eyelid twitches several times a day, mostly in the afternoon. I drink three coffees a day.',
  pseudonym: 'Lin',
  ageRange: '30-39',
  gender: 'female',
  askingFor: 'self',
  email: 'asker@example.test',
  consent: 'yes',
};

test('ask → approve → claim → reply → publish → read', async () => {
  // The asker makes one mistake first: errors show inline and nothing typed is lost.
  const bad = await t.post('/en/ask', { ...askForm, body: 'too short' });
  assert.equal(bad.status, 422);
  const badHtml = await bad.text();
  assert.match(badHtml, /class="field-error"[^>]*>Please write at least 20 characters\./);
  assert.match(badHtml, /value="Eyelid keeps twitching"/);
  assert.match(badHtml, />too short<\/textarea>/);
  assert.match(badHtml, /<option value="neurology" selected/);

  const sent = await t.post('/en/ask', askForm);
  assert.equal(sent.status, 201);
  const statusPath = /href="http:\/\/localhost(\/en\/status\/[\w-]+)"/.exec(await sent.text())?.[1];
  assert.ok(statusPath, 'the thank-you page shows the private status link');
  assert.deepEqual(
    t.jobs.sent.map((j) => j.name),
    ['send-email'],
    'the asker is emailed the status link',
  );

  const status = await (await t.request(statusPath)).text();
  assert.match(status, /Waiting for editor review/);
  assert.match(status, /Eyelid keeps twitching/);

  // Not public yet: anonymous readers get 404.
  const editor = await buildUser(t.db, { roles: ['editor'] });
  const editorCookie = await t.signIn(editor.email);
  const queue = await (await t.request('/en/editor', { cookie: editorCookie })).text();
  const questionId = Number(
    /href="\/en\/editor\/questions\/(\d+)"[^>]*>Eyelid keeps twitching/.exec(queue)?.[1],
  );
  assert.ok(questionId > 0, 'the editor sees the new question in the review queue');
  assert.equal((await t.request(`/en/questions/${questionId}`)).status, 404);

  assert.equal((await t.post(`/en/editor/questions/${questionId}/approve`, {}, editorCookie)).status, 303);
  assert.equal(
    (
      await t.post(
        `/en/editor/questions/${questionId}/title`,
        { pageTitle: 'Eyelid twitching for two weeks: what helps?' },
        editorCookie,
      )
    ).status,
    303,
  );

  const doctor = await buildDoctor(t.db, { departments: ['neurology'], name: 'Wang Mei-ling' });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const doctorCookie = await t.signIn(doctorUser.email);
  const doctorQueue = await (await t.request('/en/doctor', { cookie: doctorCookie })).text();
  assert.match(doctorQueue, new RegExp(`data-question-id="${questionId}"`));

  assert.equal((await t.post(`/en/doctor/questions/${questionId}/claim`, {}, doctorCookie)).status, 303);
  const shortReply = await t.post(
    `/en/doctor/questions/${questionId}/reply`,
    { body: 'Too short.' },
    doctorCookie,
  );
  assert.equal(shortReply.status, 422);
  const reply =
    'Hello Ms. Lin, eyelid twitching is very often linked to tiredness, stress and caffeine.\n\nPlease cut down on coffee, and see a neurologist in person if it spreads or lasts beyond a month.';
  assert.equal(
    (await t.post(`/en/doctor/questions/${questionId}/reply`, { body: reply }, doctorCookie)).status,
    303,
  );
  assert.match(await (await t.request(statusPath)).text(), /Answered, waiting for publication/);

  assert.equal((await t.post(`/en/editor/questions/${questionId}/publish`, {}, editorCookie)).status, 303);
  const emails = t.jobs.sent.filter((job) => job.name === 'send-email');
  assert.equal(emails.length, 2, 'the asker is told the answer is published');

  const page = await t.request(`/en/questions/${questionId}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  const order = [
    '<title>Eyelid twitching for two weeks: what helps? - Neurology',
    '<h1><bdi lang="en">Eyelid twitching for two weeks: what helps?</bdi> - Neurology</h1>',
    'Share to:',
    'Eyelid keeps twitching',
    'For about two weeks my left eyelid',
    '<bdi>Lin</bdi>, 30~39 year old female. Ask Date: ',
    'Dr. <bdi>Wang Mei-ling</bdi> reply Neurology',
    'Hello Ms. Lin, eyelid twitching',
    'Dr. <bdi>Wang Mei-ling</bdi>, ',
    'Reply Date: ',
    'not a diagnosis',
  ];
  let at = 0;
  for (const part of order) {
    const found = html.indexOf(part, at);
    assert.ok(found >= 0, `"${part}" appears after the previous element`);
    at = found;
  }

  const department = await (await t.request('/en/departments/neurology')).text();
  assert.match(department, /Eyelid twitching for two weeks: what helps\?/);

  const zh = await (await t.request(`/zh-TW/questions/${questionId}`)).text();
  assert.match(zh, /<h1><bdi lang="en">Eyelid twitching for two weeks: what helps\?<\/bdi> - 神經內科<\/h1>/);
  assert.match(zh, /分享至：/);
  assert.match(zh, /<bdi>Lin<\/bdi>／女／\(30~39歲\), \d{4}\/\d{2}\/\d{2}/);
  assert.match(
    zh,
    /Test Hospital [0-9a-f]+（中文）／神經內科／<bdi>Wang Mei-ling<\/bdi>醫師, \d{4}\/\d{2}\/\d{2}/,
  );
});

test('the status link of another question, or a made-up one, answers 404', async () => {
  assert.equal((await t.request('/en/status/not-a-real-token')).status, 404);
});

test('a question asked on the site gets a stable external id, so export and re-import update it', async () => {
  const res = await t.post('/en/ask', { ...askForm, title: 'Stable id question' });
  assert.equal(res.status, 201);
  const [row] = await t.db
    .select({ id: questions.id, externalId: questions.externalId })
    .from(questions)
    .where(eq(questions.title, 'Stable id question'));
  assert.equal(row?.externalId, `openconsult-${row?.id}`);
});
