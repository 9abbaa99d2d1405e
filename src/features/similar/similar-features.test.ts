/** Stored similar-question feature bags: written by the indexer, used while valid, refreshed. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion } from '../../../test/factories.ts';
import { queryRows } from '../../db/database.ts';
import { questions, similarFeatures } from '../../db/schema.ts';
import { defaultLexicon } from '../search/lexicon/default-lexicon.ts';
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { siteLexicon } from '../search/lexicon/site-lexicon.ts';
import { searchProviderFor } from '../search/search.provider.ts';
import { deleteSearchDocuments } from '../search/search-index.repository.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';
import {
  decodeFeatures,
  encodeFeatures,
  featuresKey,
  questionFeatures,
  similarText,
} from './question-vector.ts';
import { findSimilar } from './similar.service.ts';
import { refreshStaleFeatures, writeSimilarFeatures } from './similar-features.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const stored = async (id: number) =>
  (await t.db.select().from(similarFeatures).where(eq(similarFeatures.questionId, id)))[0];

/** Asserts that a Q&A's stored bag is current: its key, its text's md5, the bag of that text. */
async function assertCurrentBag(id: number, lexicon: Lexicon) {
  const [question] = await t.db.select().from(questions).where(eq(questions.id, id));
  const text = similarText(question!);
  const row = await stored(id);
  assert.ok(row, `a bag is stored for ${id}`);
  assert.equal(row.key, featuresKey(lexicon));
  assert.equal(row.textMd5, createHash('md5').update(text).digest('hex'));
  assert.deepEqual([...decodeFeatures(row.features).counts], [...questionFeatures(text, lexicon).counts]);
}

test('the indexer stores each Q&A’s bag, and a lookup uses it only while its text is unchanged', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const close = await buildQuestion(t.db, {
    department: 'neurology',
    title: 'Shaky hands when I hold a coffee cup',
    body: 'My hands shake when I hold a coffee cup in the morning. Should I worry about a tremor?',
    answeredBy: doctor.id,
  });
  const far = await buildQuestion(t.db, {
    department: 'neurology',
    title: 'Numb fingers after typing',
    body: 'My fingers feel numb after a day of typing, and sometimes my hands shake a little.',
    answeredBy: doctor.id,
  });
  await rebuildSearchIndex(t.db);
  const lexicon = await siteLexicon(t.db);
  assert.equal(
    featuresKey(lexicon),
    featuresKey(defaultLexicon()),
    'the site lexicon without entries is the default',
  );

  await assertCurrentBag(close.id, lexicon);
  await assertCurrentBag(far.id, lexicon);

  const query = {
    text: 'My hands shake when I hold a cup of coffee. Is it a tremor?',
    lang: 'en' as const,
    limit: 5,
  };
  const lookup = async () =>
    (await findSimilar(t.db, searchProviderFor(t.db), lexicon, query)).map((h) => h.id);
  assert.equal((await lookup())[0], close.id);

  // A stored bag saying the far Q&A asks exactly the query: used, it ranks first.
  await t.db
    .update(similarFeatures)
    .set({ features: encodeFeatures(questionFeatures(query.text, lexicon)) })
    .where(eq(similarFeatures.questionId, far.id));
  assert.equal((await lookup())[0], far.id, 'the stored bag is what is scored');

  // The same bag under another key (an older lexicon): not used.
  await t.db.update(similarFeatures).set({ key: '0:old' }).where(eq(similarFeatures.questionId, far.id));
  assert.equal((await lookup())[0], close.id, 'a bag of another lexicon is ignored');
  await t.db
    .update(similarFeatures)
    .set({ key: featuresKey(lexicon) })
    .where(eq(similarFeatures.questionId, far.id));
  assert.equal((await lookup())[0], far.id);

  // Its text edited (the index not yet rewritten): the bag no longer matches and is not used.
  await t.db
    .update(questions)
    .set({ body: 'My fingers feel numb after typing all day.' })
    .where(eq(questions.id, far.id));
  assert.equal((await lookup())[0], close.id, 'a bag of another text is ignored');

  // Indexed again (as the edit's job does, through the provider): its new bag is stored.
  await searchProviderFor(t.db).index([far.id]);
  await assertCurrentBag(far.id, lexicon);
});

test('bags of another lexicon are recomputed; a document leaving the index takes its bag along', async () => {
  const question = await buildQuestion(t.db, {
    department: 'neurology',
    title: 'Hand tremor in the evening',
    body: 'Every evening my right hand trembles. What tests should I have?',
    answeredBy: (await buildDoctor(t.db, { departments: ['neurology'] })).id,
  });
  const chinese = await buildQuestion(t.db, {
    department: 'neurology',
    title: '手一直抖怎麼辦',
    body: '最近拿筷子的時候手會發抖，需要做什麼檢查嗎？',
    answeredBy: (await buildDoctor(t.db, { departments: ['neurology'] })).id,
  });
  await rebuildSearchIndex(t.db);
  const lexicon = await siteLexicon(t.db);
  // Placeholders, bags of an older lexicon (sorting below the current key) and of another
  // method version (sorting above it).
  const ids = (await t.db.select({ id: similarFeatures.questionId }).from(similarFeatures)).map((r) => r.id);
  assert.ok(ids.length >= 3);
  for (const [i, id] of ids.entries()) {
    const key = ['', '0:old', '9:newer'][i % 3]!;
    await t.db.update(similarFeatures).set({ key, features: '' }).where(eq(similarFeatures.questionId, id));
  }
  const refreshed = await refreshStaleFeatures(t.db, lexicon, { batch: 2 });
  const [counts] = await queryRows<{ total: number; current: number }>(
    t.db,
    sql`select count(*)::int as total, count(*) filter (where key = ${featuresKey(lexicon)})::int as current
        from similar_features`,
  );
  assert.equal(counts!.current, counts!.total, 'every bag has the current key');
  assert.equal(refreshed, counts!.total, 'in batches, each once');
  assert.equal(await refreshStaleFeatures(t.db, lexicon, { batch: 2 }), 0, 'nothing left');
  await assertCurrentBag(question.id, lexicon);
  await assertCurrentBag(chinese.id, lexicon);

  // A refresh that read a text before it was edited (the indexer may have stored the edited
  // text's bag since) does not store the old text's bag.
  const before = await stored(question.id);
  await writeSimilarFeatures(t.db, lexicon, [{ id: question.id, pageTitle: 'Old', body: 'old text' }]);
  assert.deepEqual(await stored(question.id), before);
  await t.db.update(similarFeatures).set({ key: '' }).where(eq(similarFeatures.questionId, question.id));
  await writeSimilarFeatures(t.db, lexicon, [{ id: question.id, pageTitle: 'Old', body: 'old text' }]);
  assert.equal((await stored(question.id))!.key, '', 'the bag of an edited-away text is not stored');

  await deleteSearchDocuments(t.db, [question.id]);
  assert.equal(await stored(question.id), undefined);
});
