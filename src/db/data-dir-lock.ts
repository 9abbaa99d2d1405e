/**
 * An exclusive lock on the PGlite data folder. Two processes on one PGlite folder corrupt it
 * (see docs/decisions/0002-embedded-database.md), so a second opener is refused with a message
 * that says what to do.
 */
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

/** Locks `dataDir` or throws DataDirLockedError; returns the release function. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      // A crashed holder stops refreshing the lock; after `stale` ms it may be taken over.
      stale: 15_000,
      update: 5_000,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        // Losing the lock means another process may now write: stop rather than corrupt.
        console.error(`Lost the lock on ${dataDir}: ${error.message}`);
        process.exit(70);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
