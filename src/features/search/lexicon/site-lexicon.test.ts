/**
 * The cached site lexicon sees changes made by another instance (rows written straight to
 * lexicon_entries, as another process would) within CHECK_EVERY_MS: inserts, edits in place and
 * deletes, on the engine under test.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../../test/db.ts';
import type { Database } from '../../../db/database.ts';
import { lexiconEntries } from '../../../db/schema.ts';
import { CHECK_EVERY_MS, entriesFingerprint, siteLexicon } from './site-lexicon.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('another instance’s insert, edit and delete reach the cached lexicon within CHECK_EVERY_MS', async () => {
  const { db } = database;
  let now = Date.now();
  const concepts = async (text: string) => (await siteLexicon(db, now)).conceptsIn(text);
  assert.deepEqual(await concepts('my wobblegut again'), []);
  const empty = await entriesFingerprint(db);

  // Another instance adds a name: not seen before the check interval, seen after it.
  const [row] = await db
    .insert(lexiconEntries)
    .values({ conceptId: 'gerd', text: 'wobblegut', lang: 'en', kind: 'lay' })
    .returning();
  assert.notEqual(await entriesFingerprint(db), empty);
  now += CHECK_EVERY_MS - 1;
  assert.deepEqual(await concepts('my wobblegut again'), [], 'cached within the interval');
  now += 2;
  assert.deepEqual(await concepts('my wobblegut again'), ['gerd']);

  // An edit in place (same row count and ids) is seen too.
  await db.update(lexiconEntries).set({ text: 'wobblebelly' }).where(eq(lexiconEntries.id, row!.id));
  now += CHECK_EVERY_MS;
  assert.deepEqual(await concepts('my wobblegut again'), []);
  assert.deepEqual(await concepts('my wobblebelly again'), ['gerd']);

  // And a delete.
  await db.delete(lexiconEntries).where(eq(lexiconEntries.id, row!.id));
  now += CHECK_EVERY_MS;
  assert.deepEqual(await concepts('my wobblebelly again'), []);
  assert.equal(await entriesFingerprint(db), empty);

  // Unchanged: the same lexicon object is kept (no rebuild).
  const first = await siteLexicon(db, now);
  now += CHECK_EVERY_MS;
  assert.equal(await siteLexicon(db, now), first);
});
