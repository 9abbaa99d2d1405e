/** Concept lexemes: written by the indexer, used by queries only while listed, refreshed. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { queryRows } from '../../db/database.ts';
import { searchConcepts } from '../../db/schema.ts';
import { loadDemoData } from '../demo/demo.service.ts';
import { indexedConcepts } from './concept-index.ts';
import { CONCEPT_LEXEME_PREFIX, conceptLexeme } from './concept-lexeme.ts';
import { documentVectors } from './document-vector.ts';
import { createLexicon } from './lexicon/lexicon.ts';
import { addLexiconEntry, deleteLexiconEntry } from './lexicon/lexicon-entries.service.ts';
import { siteLexicon } from './lexicon/site-lexicon.ts';
import { searchProviderFor } from './search.provider.ts';
import { indexQuestions, indexQueued, rebuildSearchIndex, refreshConceptLexemes } from './search-indexer.ts';
import { parseQuery } from './search-query.ts';
import { anyPhraseTsquery, indexQuery } from './tsquery.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const idsMatching = async (tsquery: string, column = 'tsv') =>
  (
    await queryRows<{ id: number }>(
      t.db,
      sql`select question_id as id from search_documents where ${sql.raw(column)} @@ ${tsquery}::tsquery order by 1`,
    )
  ).map((row) => row.id);

/** Ids of a doctor's Q&As found by "heartburn" with the site lexicon as it is now, sorted. */
async function heartburnHits(doctorId: number): Promise<number[]> {
  const found = await searchProviderFor(t.db).search({
    query: parseQuery('heartburn', await siteLexicon(t.db)),
    filters: { timeZone: 'UTC', doctorId },
    limit: 50,
    offset: 0,
  });
  return found.hits.map((hit) => hit.id).sort();
}

test('a concept lexeme stands at every start of every name, overlapping ones too, as phrases match', () => {
  const lexicon = createLexicon([
    { id: 'hypertension', terms: [{ text: '高血壓', lang: 'zh', kind: 'clinical' }] },
    { id: 'blood-pressure', terms: [{ text: '血壓', lang: 'zh', kind: 'lay' }] },
    { id: 'pain', terms: [{ text: '痛', lang: 'zh', kind: 'lay' }] },
    { id: 'chest-pain', terms: [{ text: 'pain in the chest', lang: 'en', kind: 'lay' }] },
  ]);
  const { tsv, titleTsv } = documentVectors(
    { pageTitle: '高血壓', title: '高血壓', body: '頭痛苦 pain in the chest, chest pain', answers: [] },
    lexicon,
  );
  const positions = (vector: string, id: string) =>
    vector.match(new RegExp(`'${conceptLexeme(id, lexicon.conceptKey(id))}':(\\S+)`))?.[1];
  // Title 高血壓: 高血 1, 血壓 2, 壓 3; body from 6: 頭痛 6, 痛苦 7, 苦 8, pain 9, chest 12, chest 13, pain 14.
  assert.equal(positions(tsv, 'hypertension'), '1A');
  assert.equal(positions(tsv, 'blood-pressure'), '2A', 'a name inside a longer one is a mention too');
  assert.equal(positions(tsv, 'pain'), '7', 'a lone character matches the bigrams it starts');
  assert.equal(positions(tsv, 'chest-pain'), '9', 'stop words keep their places');
  assert.equal(positions(titleTsv, 'hypertension'), '1A');
  assert.equal(positions(titleTsv, 'pain'), undefined, 'the title vector holds only mentions in titles');
  // A longer name of the concept goes on across the gap into the body; the shorter one lies in
  // the title, so the title vector holds the mention (as the title matches the shorter name).
  const heel = createLexicon([
    {
      id: 'heel-pain',
      terms: [
        { text: 'heel pain', lang: 'en', kind: 'lay' },
        { text: 'heel pain in the morning', lang: 'en', kind: 'lay' },
      ],
    },
  ]);
  const crossing = documentVectors(
    { pageTitle: 'Heel pain', title: 'Heel pain', body: 'Morning is the worst.', answers: [] },
    heel,
  );
  assert.equal(
    crossing.titleTsv.match(
      new RegExp(`'${conceptLexeme('heel-pain', heel.conceptKey('heel-pain'))}':(\\S+)`),
    )?.[1],
    '1A',
  );
  assert.notEqual(
    lexicon.conceptKey('pain'),
    createLexicon([{ id: 'pain', terms: [{ text: '疼', lang: 'zh', kind: 'lay' }] }]).conceptKey('pain'),
    'other names, another key',
  );
});

test('a full build lists every concept, and each lexeme matches exactly the Q&As its names match', async () => {
  await loadDemoData(t.db, { questions: 300 });
  await indexQueued(t.db);
  const lexicon = await siteLexicon(t.db);
  const listed = await indexedConcepts(t.db);
  assert.equal(listed.size, lexicon.conceptIds().length);
  let mentioned = 0;
  for (const id of lexicon.conceptIds()) {
    assert.equal(listed.get(id), lexicon.conceptKey(id));
    const lexeme = `'${conceptLexeme(id, lexicon.conceptKey(id))}'`;
    const byNames = await idsMatching(anyPhraseTsquery(lexicon.phrases(id)));
    assert.deepEqual(await idsMatching(lexeme), byNames, `concept ${id}`);
    assert.deepEqual(
      await idsMatching(lexeme, 'title_tsv'),
      await idsMatching(anyPhraseTsquery(lexicon.phrases(id)), 'title_tsv'),
      `concept ${id} in titles`,
    );
    if (byNames.length > 0) mentioned++;
  }
  assert.ok(mentioned > 50, `demo Q&As mention many concepts (${mentioned})`);
  // A query for a listed concept reads its lexeme, not its names.
  const query = indexQuery(parseQuery('heartburn', lexicon), listed)!;
  assert.equal(query.match, `'${conceptLexeme('gerd', lexicon.conceptKey('gerd'))}'`);
  assert.equal(indexQuery(parseQuery('heartburn', lexicon), new Map())!.match.includes('§'), false);
});

test('after an editor changes a concept, queries match its names until the refresh re-indexes its mentions', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['gastroenterology'] });
  const editor = await buildUser(t.db, { roles: ['editor'] });
  const ember = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'A burning after meals',
    body: 'A glowing ember feeling rises in my chest every evening after dinner.',
    answeredBy: doctor.id,
  });
  const heartburn = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Heartburn at night',
    body: 'Heartburn wakes me up at night.',
    answeredBy: doctor.id,
  });
  await rebuildSearchIndex(t.db);
  const search = () => heartburnHits(doctor.id);
  assert.deepEqual(await search(), [heartburn.id]);

  const added = await addLexiconEntry(t.db, editor.id, {
    conceptId: 'gerd',
    newConcept: false,
    text: 'glowing ember feeling',
    lang: 'en',
    kind: 'lay',
  });
  assert.ok(added.ok);
  const lexicon = await siteLexicon(t.db);
  assert.notEqual((await indexedConcepts(t.db)).get('gerd'), lexicon.conceptKey('gerd'));
  assert.deepEqual((await search()).sort(), [ember.id, heartburn.id].sort(), 'found by its names at once');

  const refreshed = await refreshConceptLexemes(t.db, lexicon);
  assert.equal(refreshed.concepts, 1);
  assert.ok(refreshed.reindexed >= 2);
  assert.equal((await indexedConcepts(t.db)).get('gerd'), lexicon.conceptKey('gerd'));
  assert.deepEqual((await search()).sort(), [ember.id, heartburn.id].sort(), 'found by the new lexeme');
  assert.deepEqual(await refreshConceptLexemes(t.db, lexicon), { concepts: 0, reindexed: 0 });

  // The name taken out again: the concept's key is the old one, but the Q&As indexed under the
  // new key must be re-indexed before the old key is listed, or the ember Q&A would keep matching.
  assert.ok(await deleteLexiconEntry(t.db, editor.id, added.entry.id));
  const reverted = await siteLexicon(t.db);
  await refreshConceptLexemes(t.db, reverted);
  assert.equal((await indexedConcepts(t.db)).get('gerd'), reverted.conceptKey('gerd'));
  assert.deepEqual(await search(), [heartburn.id]);
  const current = conceptLexeme('gerd', reverted.conceptKey('gerd'));
  assert.deepEqual(
    await idsMatching(`'${CONCEPT_LEXEME_PREFIX}gerd:':* & !'${current}'`),
    [],
    'no Q&A keeps a lexeme of an older key',
  );
});

test('nothing listed: an index without lexemes (an upgrade) is rebuilt once; one with them is checked concept by concept', async () => {
  const lexicon = await siteLexicon(t.db);
  const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from search_documents`);
  // A first build stopped before it could list: the lexemes are there, nothing is re-indexed.
  await t.db.delete(searchConcepts);
  assert.deepEqual(await refreshConceptLexemes(t.db, lexicon), { concepts: lexicon.size, reindexed: 0 });
  assert.equal((await indexedConcepts(t.db)).size, lexicon.size);
  // Written before concept lexemes: every Q&A is re-indexed by one rebuild.
  await t.db.delete(searchConcepts);
  await t.db.execute(sql`
    update search_documents set
      tsv = ts_delete(tsv, array(select lexeme from unnest(tsv) where lexeme like '§c:%')),
      title_tsv = ts_delete(title_tsv, array(select lexeme from unnest(title_tsv) where lexeme like '§c:%'))`);
  const refreshed = await refreshConceptLexemes(t.db, lexicon);
  assert.deepEqual(refreshed, { concepts: lexicon.size, reindexed: row?.n });
  assert.equal((await indexedConcepts(t.db)).size, lexicon.size);
  assert.deepEqual(await refreshConceptLexemes(t.db, lexicon), { concepts: 0, reindexed: 0 });
});

test('a Q&A indexed with another lexicon unlists the concepts it differs in, until the refresh has it', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['gastroenterology'] });
  const editor = await buildUser(t.db, { roles: ['editor'] });
  const first = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Heartburn at night',
    body: 'Heartburn wakes me.',
    answeredBy: doctor.id,
  });
  await rebuildSearchIndex(t.db);
  const provider = searchProviderFor(t.db);
  const search = () => heartburnHits(doctor.id);
  const older = await siteLexicon(t.db);

  // A name added, a Q&A indexed by the job under the new key, the name taken out again, and
  // only then a refresh: the concept's key is back to the listed one, yet that Q&A carries
  // another.
  const added = await addLexiconEntry(t.db, editor.id, {
    conceptId: 'gerd',
    newConcept: false,
    text: 'acid burp feeling',
    lang: 'en',
    kind: 'lay',
  });
  assert.ok(added.ok);
  const second = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Heartburn after coffee',
    body: 'Heartburn every morning.',
    answeredBy: doctor.id,
  });
  await provider.index([second.id]);
  assert.equal((await indexedConcepts(t.db)).has('gerd'), false, 'the job’s write unlisted gerd');
  assert.ok(await deleteLexiconEntry(t.db, editor.id, added.entry.id));
  assert.equal((await refreshConceptLexemes(t.db, await siteLexicon(t.db))).concepts, 1);
  assert.deepEqual(await search(), [first.id, second.id].sort());

  // Another instance's older copy of the lexicon (a name since added) writes a Q&A after the
  // refresh listed the new key.
  const again = await addLexiconEntry(t.db, editor.id, {
    conceptId: 'gerd',
    newConcept: false,
    text: 'acid burp feeling',
    lang: 'en',
    kind: 'lay',
  });
  assert.ok(again.ok);
  const current = await siteLexicon(t.db);
  await refreshConceptLexemes(t.db, current);
  assert.equal((await indexedConcepts(t.db)).get('gerd'), current.conceptKey('gerd'));
  const third = await buildQuestion(t.db, {
    department: 'gastroenterology',
    title: 'Heartburn again',
    body: 'Heartburn, and an acid burp feeling.',
    answeredBy: doctor.id,
  });
  await t.db.transaction((tx) => indexQuestions(tx as never, [third.id], older));
  assert.equal((await indexedConcepts(t.db)).has('gerd'), false, 'the stale write unlisted gerd');
  assert.deepEqual(await search(), [first.id, second.id, third.id].sort(), 'found by the names meanwhile');
  assert.equal((await refreshConceptLexemes(t.db, current)).concepts, 1);
  assert.equal((await indexedConcepts(t.db)).get('gerd'), current.conceptKey('gerd'));
  assert.deepEqual(await search(), [first.id, second.id, third.id].sort(), 'and by the lexeme after');
});
