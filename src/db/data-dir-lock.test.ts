/** One process per PGlite folder: a second opener is refused with a message, never let in. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { testEngine } from '../../test/db.ts';
import { DataDirLockedError } from './data-dir-lock.ts';
import { migrateDatabase, openDatabase } from './database.ts';

const dir = mkdtempSync(join(tmpdir(), 'oc-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The lock concerns the embedded engine only; the PostgreSQL pass has nothing to add here.
test('a second opener of a locked PGlite folder is refused, in-process and from the CLI', {
  skip: testEngine !== 'pglite',
}, async () => {
  const first = await openDatabase({ dataDir: dir });
  await migrateDatabase(first);
  try {
    await assert.rejects(openDatabase({ dataDir: dir }), DataDirLockedError);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'migrate'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    assert.equal(cli.status, 75, cli.stderr);
    assert.match(cli.stderr, /in use by another OpenConsult process/);
    assert.match(cli.stderr, /Stop that process/);
  } finally {
    await first.close();
  }
  // Released on close: the folder opens again with its data.
  const again = await openDatabase({ dataDir: dir });
  await migrateDatabase(again);
  await again.close();
});
