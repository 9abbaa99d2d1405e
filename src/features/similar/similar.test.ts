/** Similar Q&A end to end on the engine under test: stored lists, the Q&A page, the API, suggestions. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion } from '../../../test/factories.ts';
import { suggestionOpens } from '../../db/schema.ts';
import { defaultLexicon } from '../search/lexicon/default-lexicon.ts';
import { searchProviderFor } from '../search/search.provider.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';
import { computeSimilarLists } from './similar-worker.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('a lay question lists the clinically worded one first, on its page and in the API', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['gastroenterology'] });
  const lay = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Burning chest after dinner',
    body: 'I get heartburn almost every evening after dinner, and lying down makes it worse. What can I do?',
    answeredBy: doctor.id,
  });
  const clinical = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Managing reflux at night',
    body: 'My doctor said I have gastroesophageal reflux. How should I manage the symptoms when going to bed?',
    answeredBy: doctor.id,
  });
  const sharesWords = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Stomach ache after dinner every evening',
    body: 'After dinner every evening my stomach aches below the navel. Is it something I eat?',
    answeredBy: doctor.id,
  });
  const hidden = await buildQuestion(t.db, {
    department: 'gastroenterology',
    status: 'answered',
    title: 'Unpublished heartburn question',
    body: 'Heartburn and acid reflux after every meal, what should I do?',
  });
  await rebuildSearchIndex(t.db);
  const lists = await computeSimilarLists(t.db, searchProviderFor(t.db), await defaultLexicon(), [lay.id]);
  const ids = lists.get(lay.id)!.map((hit) => hit.id);
  assert.equal(ids[0], clinical.id, `the reworded question ranks first (got ${ids.join(',')})`);
  assert.ok(!ids.includes(hidden.id), 'unpublished Q&As never appear');
  assert.ok(!ids.includes(lay.id), 'a Q&A is not similar to itself');

  const page = await (await t.request(`/en/questions/${lay.id}`)).text();
  const similar = page.slice(page.indexOf('class="similar"'));
  assert.ok(similar.indexOf('Managing reflux at night') >= 0, 'the stored list is shown');
  if (ids.includes(sharesWords.id)) {
    assert.ok(similar.indexOf('Managing reflux at night') < similar.indexOf('Stomach ache after dinner'));
  }

  const api = await t.request('/api/v1/similar', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'acid reflux when I lie down at night', lang: 'en', limit: 3 }),
  });
  assert.equal(api.status, 200);
  const body = (await api.json()) as { results: { id: number; url: string; score: number }[] };
  assert.ok(body.results.some((r) => r.id === clinical.id || r.id === lay.id));
  assert.ok(
    body.results.every((r) => r.id !== hidden.id && r.url.startsWith('/en/questions/') && r.score > 0),
  );

  const stored = await t.request(`/api/v1/questions/${lay.id}/similar?limit=2`);
  assert.equal(((await stored.json()) as { results: { id: number }[] }).results[0]?.id, clinical.id);
  assert.equal((await t.request(`/api/v1/questions/${hidden.id}/similar`)).status, 404);
});

test('a question sharing almost nothing with any Q&A gets no suggestion', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['urology'] });
  const nocturia = await buildQuestion(t.db, {
    department: 'urology',
    title: 'Waking up at night to urinate',
    body: 'I wake up three times every night to pass urine. Is this normal at my age?',
    answeredBy: doctor.id,
  });
  await rebuildSearchIndex(t.db);
  const lookup = async () => {
    const response = await t.request('/api/v1/similar', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'My calf cramps at night', lang: 'en', limit: 5 }),
    });
    return ((await response.json()) as { results: { id: number; score: number }[] }).results;
  };
  const before = await lookup();
  assert.ok(
    !before.some((r) => r.id === nocturia.id),
    `"at night" alone is not similar: ${JSON.stringify(before)}`,
  );

  const cramps = await buildQuestion(t.db, {
    department: 'family-medicine',
    title: 'Leg cramps while sleeping',
    body: 'Almost every night a cramp in my calf muscle wakes me up. What helps?',
    answeredBy: doctor.id,
  });
  await rebuildSearchIndex(t.db);
  const after = await lookup();
  assert.equal(after[0]?.id, cramps.id, `the cramp Q&A is offered: ${JSON.stringify(after)}`);
  assert.ok(!after.some((r) => r.id === nocturia.id));
});

test('bad similar requests answer 400 with the field, never 500', async () => {
  for (const body of [
    'not json',
    JSON.stringify({ text: '' }),
    JSON.stringify({ text: 'ok text', limit: 500 }),
  ]) {
    const res = await t.request('/api/v1/similar', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    assert.equal(res.status, 400, body);
  }
  const nonsense = await t.request('/api/v1/similar', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: "'; drop table questions; -- <script>", lang: 'en' }),
  });
  assert.equal(nonsense.status, 200);
});

test('opening a suggestion from the ask form is recorded', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const question = await buildQuestion(t.db, { answeredBy: doctor.id });
  assert.equal((await t.request(`/en/questions/${question.id}?suggestion=2`)).status, 200);
  const rows = await t.db.select().from(suggestionOpens).where(eq(suggestionOpens.questionId, question.id));
  assert.deepEqual(
    rows.map((r) => [r.rank, r.lang]),
    [[2, 'en']],
  );
});
