import type { Command } from 'commander';
import { getConfig } from '../config.ts';
import { withDatabase } from './cli-database.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (PGlite in DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      await withDatabase(async (database) => {
        console.log(
          `Database is up to date (${database.engine}, ${getConfig().DATABASE_URL ? 'DATABASE_URL' : getConfig().dataDir}).`,
        );
      });
    });
}
