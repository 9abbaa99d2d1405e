/** The worker side of search on the engine under test: the job, the import queue, a missing index. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { type Database, queryRows } from '../../db/database.ts';
import { type JobQueue, startJobQueue } from '../../jobs/queue.ts';
import { importRecords } from '../transfer/import.service.ts';
import { buildRecord } from '../transfer/transfer.fixtures.ts';
import { startSearchIndexing } from './search-worker.ts';

let database: Database;
let queue: JobQueue;
let stop: (() => void) | undefined;
before(async () => {
  database = await createTestDatabase();
  queue = await startJobQueue(database);
});
after(async () => {
  stop?.();
  await queue.stop();
  await database.close();
});

const indexedIds = async () =>
  (
    await queryRows<{ id: number }>(
      database.db,
      sql`select question_id as id from search_documents order by question_id`,
    )
  ).map((row) => row.id);

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('timed out waiting');
}

test('a site with Q&As but no index gets one; later imports and jobs keep it current', async () => {
  // Q&As that exist before search did: imported, then their queue entries dropped.
  await importRecords(
    database.db,
    [buildRecord({ externalId: 'old-1' }), buildRecord({ externalId: 'old-2' })].map((r) =>
      JSON.stringify(r),
    ),
  );
  await database.db.execute(sql`delete from search_index_queue`);
  stop = await startSearchIndexing(database, queue);
  await waitFor(async () => (await indexedIds()).length === 2);

  await importRecords(database.db, [JSON.stringify(buildRecord({ externalId: 'new-1' }))]);
  await waitFor(async () => (await indexedIds()).length === 3);

  const [first] = await indexedIds();
  await database.db.execute(sql`update questions set status = 'removed' where id = ${first!}`);
  await queue.send('search-index', { questionIds: [first!] });
  await waitFor(async () => !(await indexedIds()).includes(first!));
  assert.equal((await indexedIds()).length, 2);
  const [queued] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from search_index_queue`,
  );
  assert.equal(queued?.n, 0, 'the import queue is drained');
});
