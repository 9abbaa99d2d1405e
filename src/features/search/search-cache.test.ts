/**
 * Cached pages of search hits on the engine under test: computed once, shared, and searched
 * afresh as soon as the index changes, on whichever instance the change was made.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildQuestion } from '../../../test/factories.ts';
import type { Database, Db } from '../../db/database.ts';
import { questions } from '../../db/schema.ts';
import { importRecords } from '../transfer/import.service.ts';
import { buildRecord } from '../transfer/transfer.fixtures.ts';
import { createLexicon } from './lexicon/lexicon.ts';
import { TEST_LEXICON_GROUPS } from './lexicon/test-lexicon.ts';
import { createPostgresSearchProvider } from './postgres-search.provider.ts';
import type { SearchProvider, SearchRequest } from './search.provider.ts';
import { searchQuestions } from './search.service.ts';
import { cachedSearchProvider, searchRequestKey } from './search-cache.ts';
import { bumpSearchGeneration, searchGenerationNow } from './search-index.repository.ts';
import { indexQueued } from './search-indexer.ts';
import { parseQuery } from './search-query.ts';

let database: Database;
let db: Db;
const lexicon = createLexicon(TEST_LEXICON_GROUPS);

before(async () => {
  database = await createTestDatabase();
  db = database.db;
});
after(() => database.close());

/** The real provider, counting the searches that reach it. */
function counted(inner: SearchProvider = createPostgresSearchProvider(db)) {
  const provider = {
    ...inner,
    computed: 0,
    search(request: SearchRequest) {
      provider.computed++;
      return inner.search(request);
    },
  };
  return provider;
}

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  query: parseQuery(q, lexicon),
  filters: { timeZone: 'UTC' },
  limit: 20,
  offset: 0,
  ...extra,
});
const ids = async (provider: SearchProvider, q: string) =>
  (await provider.search(request(q))).hits.map((hit) => hit.id);

test('a repeated search is ranked once; a write on another instance is seen by the next search', async () => {
  const writer = createPostgresSearchProvider(db);
  const first = await buildQuestion(db, { title: 'Sprained ankle while hiking', body: 'Swollen ankle.' });
  await writer.index([first.id]);

  const inner = counted();
  const cached = cachedSearchProvider(db, inner);
  assert.deepEqual(await ids(cached, 'ankle'), [first.id]);
  assert.deepEqual(await ids(cached, 'ankle'), [first.id]);
  assert.equal(inner.computed, 1, 'the second search came from the cache');

  // Another instance (its own provider, its own cache) indexes a new Q&A.
  const second = await buildQuestion(db, { title: 'Ankle pain after running', body: 'My ankle hurts.' });
  await writer.index([second.id]);
  assert.deepEqual((await ids(cached, 'ankle')).sort(), [first.id, second.id].sort());
  assert.equal(inner.computed, 2);

  // A removal through the index, then the import queue's worker: each is seen at once.
  await writer.remove([second.id]);
  assert.deepEqual(await ids(cached, 'ankle'), [first.id]);
  await importRecords(db, [
    JSON.stringify(
      buildRecord({
        externalId: 'cache-1',
        title: 'Twisted ankle',
        question: { ...buildRecord().question, title: 'Twisted ankle', body: 'An ankle question.' },
      }),
    ),
  ]);
  await indexQueued(db);
  assert.equal((await ids(cached, 'ankle')).length, 2, 'the imported Q&A is found');
  assert.equal(inner.computed, 4);
});

test('the key is what decides the hits: the parsed words, the filters and the page', () => {
  assert.equal(searchRequestKey(request('Ankle  PAIN')), searchRequestKey(request('ankle pain')));
  assert.notEqual(searchRequestKey(request('ankle pain')), searchRequestKey(request('ankle')));
  assert.notEqual(
    searchRequestKey(request('ankle')),
    searchRequestKey(request('ankle', { filters: { timeZone: 'UTC', lang: 'en' } })),
  );
  assert.notEqual(searchRequestKey(request('ankle')), searchRequestKey(request('ankle', { offset: 20 })));
});

test('identical searches arriving together share one computation; a failure is not kept', async () => {
  const inner = counted();
  const cached = cachedSearchProvider(db, inner);
  const pages = await Promise.all(Array.from({ length: 5 }, () => cached.search(request('hiking'))));
  assert.equal(inner.computed, 1);
  assert.ok(pages.every((page) => page === pages[0]));

  let fail = true;
  const flaky = counted({
    ...createPostgresSearchProvider(db),
    search: async (r) => {
      if (fail) throw new Error('connection lost');
      return createPostgresSearchProvider(db).search(r);
    },
  });
  const cachedFlaky = cachedSearchProvider(db, flaky);
  await assert.rejects(cachedFlaky.search(request('hiking')), /connection lost/);
  fail = false;
  assert.ok((await cachedFlaky.search(request('hiking'))).hits.length > 0);
  assert.equal(flaky.computed, 2, 'the failed search was computed again');
});

test('a Q&A unpublished before its index job runs is not shown from a cached page', async () => {
  const question = await buildQuestion(db, { title: 'Wrist fracture cast', body: 'My wrist is in a cast.' });
  const provider = cachedSearchProvider(db, createPostgresSearchProvider(db));
  await provider.index([question.id]);
  const search = () =>
    searchQuestions(db, { q: 'wrist cast', page: 1 }, { timeZone: 'UTC', lexicon, provider });
  assert.deepEqual(
    (await search()).items.map((item) => item.summary.id),
    [question.id],
  );
  await db.update(questions).set({ status: 'removed' }).where(eq(questions.id, question.id));
  // The index still holds it and the cached page still lists it: the page loads Q&As afresh.
  assert.deepEqual((await search()).items, []);
});

test("one generation read serves the next 200 ms; this process's own write is seen at once", async () => {
  const at = Date.now();
  const first = await searchGenerationNow(db, 200, at);
  // Another instance advances it (its own bump never reaches this process's memory).
  await db.execute(sql`select nextval('search_generation')`);
  assert.equal(await searchGenerationNow(db, 200, at + 150), first, 'shared within the window');
  const later = await searchGenerationNow(db, 200, at + 201);
  assert.notEqual(later, first, 'read again after it');
  // A bump made here forgets the shared read at once.
  await bumpSearchGeneration(db);
  assert.notEqual(await searchGenerationNow(db, 200, at + 202), later);
});
