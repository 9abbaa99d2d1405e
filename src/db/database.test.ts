/**
 * The database layer under load: the PostgreSQL pool outlives a server that closes its idle
 * connections; a long run of queries on PGlite leaves the event loop free for requests.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestDatabase, testEngine } from '../../test/db.ts';
import { type Database, queryRows, runExclusively } from './database.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('idle connections the server closes are replaced, and the process goes on', {
  skip: testEngine !== 'postgres',
}, async () => {
  await queryRows(database.db, sql`select 1`);
  assert.ok(database.pool!.idleCount > 0, 'an idle connection waits in the pool');
  // The server ends them, as a restart or a failover would. Without the pool's error handler
  // the 'error' event is unhandled and ends the test process.
  const admin = new pg.Client({
    connectionString: (database.pool!.options as { connectionString: string }).connectionString,
  });
  await admin.connect();
  const { rowCount } = await admin.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  await admin.end();
  assert.ok((rowCount ?? 0) > 0);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const [row] = await queryRows<{ ok: number }>(database.db, sql`select 1 as ok`);
  assert.equal(row?.ok, 1);
});

/** Counts how often a 1 ms timer fires while `work` runs for `ms`. */
async function timerTicksDuring(ms: number, work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const until = performance.now() + ms;
  try {
    while (performance.now() < until) await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

// PGlite answers a query on this thread without any I/O; a loop of queries (a sweep, an index
// build) resolved promise after promise and never let timers or sockets run: the demo site
// stopped answering for the ~70 s of its first similar-lists sweep.
test('a loop of queries lets timers and requests run', async () => {
  const ticks = await timerTicksDuring(300, () => queryRows(database.db, sql`select 1`));
  assert.ok(ticks >= 20, `a 1 ms timer fired ${ticks} times in 300 ms of queries`);
});

test('so does a loop of queries inside one transaction', async () => {
  let ticks = 0;
  await database.db.transaction(async (tx) => {
    ticks = await timerTicksDuring(300, () => tx.execute(sql`select 1`));
  });
  assert.ok(ticks >= 20, `a 1 ms timer fired ${ticks} times in 300 ms of queries`);
});

test('exclusive work: a second runner of the same name is turned away until the first is done', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const first = runExclusively(database, 'test-exclusive', async () => {
    await held;
    return 'first';
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (testEngine === 'postgres') {
      assert.equal(await runExclusively(database, 'test-exclusive', async () => 'second'), undefined);
      assert.equal(await runExclusively(database, 'test-other', async () => 'other'), 'other');
    }
  } finally {
    release();
  }
  assert.equal(await first, 'first');
  assert.equal(await runExclusively(database, 'test-exclusive', async () => 'again'), 'again');
  await assert.rejects(
    runExclusively(database, 'test-exclusive', async () => {
      throw new Error('boom');
    }),
  );
  assert.equal(
    await runExclusively(database, 'test-exclusive', async () => 'after a failure'),
    'after a failure',
  );
});
