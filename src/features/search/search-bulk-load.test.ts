/**
 * Bulk loading an empty index: the secondary indexes are dropped, the documents loaded, the
 * indexes created again exactly as the migrations define them; a load stopped half-way is
 * repaired by ensureSearchIndexes. Runs on the engine under test, with both spreads of work.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testEngine } from '../../../test/db.ts';
import { buildQuestion } from '../../../test/factories.ts';
import { type Database, type Db, queryRows } from '../../db/database.ts';
import { refreshStaleFeatures } from '../similar/similar-features.ts';
import { siteLexicon } from './lexicon/site-lexicon.ts';
import { searchQuestions } from './search.service.ts';
import {
  dropSearchIndexes,
  ensureSearchIndexes,
  missingSearchIndexes,
  SEARCH_INDEXES,
} from './search-bulk-load.ts';
import { queueAllPublished } from './search-index.repository.ts';
import { indexQueued, rebuildSearchIndex } from './search-indexer.ts';

let database: Database;
let db: Db;

const definitions = async () =>
  queryRows<{ name: string; definition: string }>(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes
        where tablename = 'search_documents' order by indexname`,
  );
const documents = async () =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_documents`))[0]!.n;
const found = async (q: string) =>
  (await searchQuestions(db, { q, page: 1 }, { timeZone: 'UTC' })).items.map((item) => item.summary.id);

before(async () => {
  database = await createTestDatabase();
  db = database.db;
});
after(() => database.close());

test('the listed indexes are exactly the migrated ones, and are created again as they were', async () => {
  const migrated = await definitions();
  assert.deepEqual(
    migrated.map((row) => row.name).filter((name) => name !== 'search_documents_pkey'),
    SEARCH_INDEXES.map((index) => index.name).sort(),
  );
  await dropSearchIndexes(db);
  assert.deepEqual((await missingSearchIndexes(db)).sort(), SEARCH_INDEXES.map((index) => index.name).sort());
  assert.deepEqual((await ensureSearchIndexes(db)).length, SEARCH_INDEXES.length);
  assert.deepEqual(await definitions(), migrated);
  assert.deepEqual(await ensureSearchIndexes(db), [], 'nothing left to create');
});

test('an empty index filled from the queue is bulk loaded, with either spread of work', async () => {
  const ids: number[] = [];
  for (let i = 0; i < 12; i++) {
    ids.push(
      (await buildQuestion(db, { title: `Knee pain number ${i}`, body: 'My knee hurts on stairs.' })).id,
    );
  }
  for (const engine of ['pglite', 'postgres'] as const) {
    await db.execute(sql`delete from search_documents`);
    await queueAllPublished(db);
    let droppedDuring = 0;
    const indexed = await indexQueued(db, {
      engine,
      batchSize: 5,
      bulkLoadFrom: 10,
      onProgress: async ({ indexed }) => {
        if (indexed > 0) droppedDuring = Math.max(droppedDuring, (await missingSearchIndexes(db)).length);
      },
    });
    assert.equal(indexed, 12, engine);
    assert.equal(droppedDuring, SEARCH_INDEXES.length, 'loaded without the indexes');
    assert.equal(await documents(), 12);
    assert.deepEqual(await missingSearchIndexes(db), [], `indexes back after the load (${engine})`);
    assert.deepEqual((await found('knee')).sort(), [...ids].sort());
    // Similar-question features are left to the similar worker: a placeholder per document.
    const keys = await queryRows<{ key: string }>(db, sql`select key from similar_features`);
    assert.deepEqual(
      keys.map((row) => row.key),
      Array(12).fill(''),
      engine,
    );
    assert.equal(await refreshStaleFeatures(db, await siteLexicon(db), { batch: 5 }), 12);
    assert.equal(await refreshStaleFeatures(db, await siteLexicon(db), { batch: 5 }), 0, 'all filled');
  }
});

test('the indexes are dropped only while an empty index is loaded', async () => {
  // Not empty: documents are replaced in place and the indexes stay (search keeps working).
  let missingDuring: string[] = [];
  await rebuildSearchIndex(db, {
    bulkLoadFrom: 1,
    batchSize: 4,
    onProgress: async () => {
      missingDuring = missingDuring.concat(await missingSearchIndexes(db));
    },
  });
  assert.deepEqual(missingDuring, []);
  // Empty and large enough: they are gone during the load, back at its end.
  await db.execute(sql`delete from search_documents`);
  let droppedDuring = 0;
  const result = await rebuildSearchIndex(db, {
    bulkLoadFrom: 1,
    batchSize: 4,
    engine: testEngine,
    onProgress: async ({ indexed }) => {
      if (indexed > 0) droppedDuring = Math.max(droppedDuring, (await missingSearchIndexes(db)).length);
    },
  });
  assert.equal(result.indexed, 12);
  assert.equal(droppedDuring, SEARCH_INDEXES.length);
  assert.deepEqual(await missingSearchIndexes(db), []);
});

test('a load that fails half-way still leaves the indexes in place', async () => {
  await db.execute(sql`delete from search_documents`);
  await queueAllPublished(db);
  let batches = 0;
  await assert.rejects(
    indexQueued(db, {
      batchSize: 3,
      bulkLoadFrom: 1,
      onProgress: ({ indexed }) => {
        if (indexed > 0 && ++batches === 2) throw new Error('disk full (simulated)');
      },
    }),
    /disk full/,
  );
  assert.deepEqual(await missingSearchIndexes(db), []);
  // What was not indexed is still queued: the next run finishes the job.
  await indexQueued(db);
  assert.equal(await documents(), 12);
});
