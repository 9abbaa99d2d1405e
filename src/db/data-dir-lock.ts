/**
 * An exclusive lock on the PGlite data folder. Two processes on one PGlite folder corrupt it
 * (see docs/decisions/0002-embedded-database.md), so a second opener is refused with a message
 * that says what to do.
 *
 * The lock is refreshed every 10 s and counts as abandoned after 2 minutes without a refresh, so
 * a long synchronous step in the holder (PGlite runs queries on the main thread: an index build
 * can hold it for many seconds) never makes the holder lose its own lock. A holder that crashed is
 * recognised at once by the process id it wrote next to the lock, so a restart need not wait.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another OpenConsult process (probably a running server).\n` +
        'Embedded PGlite allows one process per folder. Stop that process and run the command again, ' +
        'or run OpenConsult on PostgreSQL (DATABASE_URL), where any number of processes may share the database.',
    );
    this.name = 'DataDirLockedError';
  }
}

const LOCK_OPTIONS = { stale: 120_000, update: 10_000, retries: 0, realpath: false } as const;

const holderFile = (dataDir: string) => `${dataDir}.lock.holder`;

/** Folders this process holds: a second opener in the same process is refused too. */
const heldHere = new Set<string>();

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded holder is a process of this machine that no longer runs. */
function holderIsGone(dataDir: string) {
  try {
    const holder = JSON.parse(readFileSync(holderFile(dataDir), 'utf8')) as { pid: number; host: string };
    if (holder.host !== hostname() || !Number.isInteger(holder.pid)) return false;
    // Our own id on a lock we do not hold is a previous run (a restarted container is pid 1 again).
    if (holder.pid === process.pid) return !heldHere.has(dataDir);
    return !isAlive(holder.pid);
  } catch {
    return false;
  }
}

async function acquire(dataDir: string) {
  const release = await lockfile.lock(dataDir, {
    ...LOCK_OPTIONS,
    onCompromised: (error) => {
      // Losing the lock means another process may now write: stop rather than corrupt.
      console.error(`Lost the lock on ${dataDir}: ${error.message}`);
      process.exit(70);
    },
  });
  writeFileSync(holderFile(dataDir), JSON.stringify({ pid: process.pid, host: hostname() }));
  heldHere.add(dataDir);
  return async () => {
    heldHere.delete(dataDir);
    rmSync(holderFile(dataDir), { force: true });
    await release();
  };
}

/** Locks `dataDir` or throws DataDirLockedError; returns the release function. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await acquire(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    if (!holderIsGone(dataDir)) throw new DataDirLockedError(dataDir);
    // The previous holder crashed on this machine: take the lock over. (Should another process
    // take it over at the same moment, the loser sees its lock changed and stops: onCompromised.)
    rmSync(`${dataDir}.lock`, { recursive: true, force: true });
    try {
      return await acquire(dataDir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
      throw again;
    }
  }
}
