/** The PostgreSQL pool outlives a server that closes its idle connections. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestDatabase, testEngine } from '../../test/db.ts';
import { type Database, queryRows } from './database.ts';

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
