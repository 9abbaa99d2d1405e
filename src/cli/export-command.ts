/** `openconsult export`: writes Q&As as JSONL in the import format (docs/import-format.md). */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Command, Option } from 'commander';
import { exportJsonLines } from '../features/transfer/export.service.ts';
import { withDatabase } from './cli-database.ts';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export Q&As as JSONL in the import format (stdout unless --output is given)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addOption(
      new Option('--status <status>', 'which Q&As: the published ones, or all of them whatever their status')
        .choices(['published', 'all'])
        .default('published'),
    )
    .addHelpText(
      'after',
      '\nThe output can be imported with `openconsult import` into another OpenConsult site.',
    )
    .action(async (options: { output?: string; status: 'published' | 'all' }) => {
      await withDatabase(async ({ db }) => {
        let count = 0;
        const lines = async function* () {
          for await (const line of exportJsonLines(db, { status: options.status })) {
            count++;
            yield line;
          }
        };
        if (!options.output) {
          try {
            await pipeline(Readable.from(lines()), process.stdout);
          } catch (error) {
            // The reader went away (`openconsult export | head`): not an error of ours.
            if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
          }
          return;
        }
        // Write next to the target and rename at the end, so a failed export never leaves
        // a truncated file that looks complete.
        const partial = `${options.output}.partial`;
        try {
          await pipeline(Readable.from(lines()), createWriteStream(partial));
          renameSync(partial, options.output);
        } catch (error) {
          rmSync(partial, { force: true });
          throw error;
        }
        console.error(`Exported ${count} Q&As to ${options.output}.`);
      });
    });
}
