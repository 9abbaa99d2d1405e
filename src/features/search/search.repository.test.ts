/** The published Q&As behind a page of search hits, as the result list shows them. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../test/db.ts';
import { buildDoctor, buildQuestion } from '../../../test/factories.ts';
import type { Database } from '../../db/database.ts';
import { answersFor } from '../questions/questions.repository.ts';
import { publishedSummaries } from './search.repository.ts';

let database: Database;
const ids: Record<string, number> = {};

before(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const doctor = await buildDoctor(db, { departments: ['neurology'] });
  ids.answered = (await buildQuestion(db, { title: 'Twitching eyelid', answeredBy: doctor.id })).id;
  ids.plain = (await buildQuestion(db, { title: 'Knee pain' })).id;
  ids.hidden = (await buildQuestion(db, { title: 'Not yet published', status: 'answered' })).id;
});
after(() => database.close());

test('in the order asked, published only, each with its department and answers', async () => {
  const found = await publishedSummaries(database.db, [ids.plain!, ids.hidden!, ids.answered!, 999_999]);
  assert.deepEqual(
    found.map((summary) => summary.id),
    [ids.plain, ids.answered],
  );
  const answered = found[1]!;
  assert.equal(answered.title, 'Twitching eyelid');
  assert.equal(answered.status, 'published');
  assert.equal(answered.department.slug, 'neurology');
  assert.ok(answered.askedAt instanceof Date && answered.publishedAt instanceof Date);
  // The answers as the question page's own query reads them: doctor, hospital, date.
  const expected = (await answersFor(database.db, [ids.answered!])).get(ids.answered!);
  assert.equal(answered.answers.length, 1);
  assert.deepEqual(answered.answers, expected);
  assert.ok(answered.answers[0]!.answeredAt instanceof Date);
  assert.deepEqual(found[0]!.answers, []);
});
