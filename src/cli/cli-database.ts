/** Opens the configured database for a CLI command, migrates it, and always closes it. */
import { getConfig } from '../config.ts';
import { type Database, migrateDatabase, openConfiguredDatabase } from '../db/database.ts';

export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(getConfig());
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}
