/** Opens the configured database for a CLI command, migrates it, and always closes it. */
import { getConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { type Database, migrateDatabase, openDatabase } from '../db/database.ts';

export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = getConfig();
  let database: Database;
  try {
    database = await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.DATABASE_URL ? undefined : config.dataDir,
      poolSize: config.DATABASE_POOL_SIZE,
    });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(75); // EX_TEMPFAIL: try again once the server is stopped
    }
    throw error;
  }
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}
