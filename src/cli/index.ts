/**
 * The `openconsult` command line. Each command lives in its own file and only parses
 * arguments and calls a service.
 */
import { Command } from 'commander';
import { registerDemoDataCommand } from './demo-data-command.ts';
import { registerEvalCommand } from './eval-command.ts';
import { registerExportCommand } from './export-command.ts';
import { registerImportCommand } from './import-command.ts';
import { registerMigrateCommand } from './migrate-command.ts';
import { registerPiiScanCommand } from './pii-scan-command.ts';
import { registerReindexCommand } from './reindex-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerUserCommand } from './user-command.ts';

const program = new Command('openconsult')
  .description('OpenConsult: a public ask-a-doctor service')
  .showHelpAfterError();

registerServeCommand(program);
registerMigrateCommand(program);
registerDemoDataCommand(program);
registerImportCommand(program);
registerExportCommand(program);
registerUserCommand(program);
registerReindexCommand(program);
registerEvalCommand(program);
registerPiiScanCommand(program); // after eval: it also adds `eval pii`

await program.parseAsync(process.argv);
