/** Migrations that change how documents are indexed queue exactly the documents concerned. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildQuestion } from '../../../test/factories.ts';
import { type Database, queryRows } from '../../db/database.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('0013 queues the documents holding an old stem of an unstemmed abbreviation', async () => {
  const { db } = database;
  const oldStem = await buildQuestion(db, { title: 'PMS every month' });
  const other = await buildQuestion(db, { title: 'Headache every month' });
  // As the index held them before: "PMS" stemmed to 'pm'.
  for (const [id, tsv] of [
    [oldStem.id, `'pm':1 'everi':2 'month':3`],
    [other.id, `'headach':1 'everi':2 'month':3`],
  ] as const) {
    await db.execute(
      sql`insert into search_documents (question_id, lang, department_id, published_at, tsv)
          select id, lang, department_id, published_at, ${tsv}::tsvector from questions where id = ${id}`,
    );
  }
  await db.execute(sql`delete from search_index_queue`);
  const migration = readFileSync(
    new URL('../../db/migrations/0013_search_unstemmed_abbreviations.sql', import.meta.url),
    'utf8',
  );
  await db.execute(sql.raw(migration));
  const queued = await queryRows<{ id: number }>(db, sql`select question_id as id from search_index_queue`);
  assert.deepEqual(
    queued.map((row) => row.id),
    [oldStem.id],
  );
});

test('0014 gives every document indexed before it a placeholder bag for the similar worker', async () => {
  const { db } = database;
  const indexed = await buildQuestion(db, { title: 'Knee pain on stairs' });
  await buildQuestion(db, { title: 'Not indexed yet' });
  await db.execute(
    sql`insert into search_documents (question_id, lang, department_id, published_at, tsv)
        select id, lang, department_id, published_at, 'knee'::tsvector from questions where id = ${indexed.id}`,
  );
  await db.execute(sql`delete from similar_features`);
  const migration = readFileSync(
    new URL('../../db/migrations/0014_similar_features.sql', import.meta.url),
    'utf8',
  );
  // The table exists already (the test database is migrated): run the statement after it.
  await db.execute(sql.raw(migration.split('--> statement-breakpoint').at(-1)!));
  const rows = await queryRows<{ id: number; key: string }>(
    db,
    sql`select question_id as id, key from similar_features`,
  );
  const documents = await queryRows<{ id: number }>(db, sql`select question_id as id from search_documents`);
  assert.deepEqual(rows.map((row) => row.id).sort(), documents.map((row) => row.id).sort());
  assert.ok(rows.some((row) => row.id === indexed.id));
  assert.ok(rows.every((row) => row.key === ''));
});
