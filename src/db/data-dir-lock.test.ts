/** One process per PGlite folder: a second opener is refused with a message, never let in. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { testEngine } from '../../test/db.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
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

test('a lock left by a crashed process of this machine is taken over; a live holder is not', async () => {
  const folder = join(dir, 'crashed');
  mkdirSync(folder);
  // A crashed holder: its lock directory is fresh, but the process id it recorded is gone.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  mkdirSync(`${folder}.lock`);
  writeFileSync(`${folder}.lock.holder`, JSON.stringify({ pid: Number(dead.stdout), host: hostname() }));
  const release = await lockDataDir(folder);
  assert.equal(JSON.parse(readFileSync(`${folder}.lock.holder`, 'utf8')).pid, process.pid);
  await release();

  // Our own process id on a lock we do not hold is an earlier run (a container restarted as pid 1).
  mkdirSync(`${folder}.lock`);
  writeFileSync(`${folder}.lock.holder`, JSON.stringify({ pid: process.pid, host: hostname() }));
  const releaseAgain = await lockDataDir(folder);
  // ...while a second opener in this process, which does hold it now, is refused.
  await assert.rejects(lockDataDir(folder), DataDirLockedError);
  await releaseAgain();

  // A holder that still runs (this test's parent process stands in for it) keeps the folder.
  mkdirSync(`${folder}.lock`);
  writeFileSync(`${folder}.lock.holder`, JSON.stringify({ pid: process.ppid, host: hostname() }));
  await assert.rejects(lockDataDir(folder), DataDirLockedError);
  // On another machine (a shared disk), a process id means nothing: refused as well.
  writeFileSync(`${folder}.lock.holder`, JSON.stringify({ pid: Number(dead.stdout), host: 'elsewhere' }));
  await assert.rejects(lockDataDir(folder), DataDirLockedError);
  rmSync(`${folder}.lock`, { recursive: true });
});
