/** `openconsult import FILE.jsonl`: loads Q&As from a JSONL file (docs/import-format.md). */
import { statSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { type ImportProgress, type ImportSummary, importFile } from '../features/transfer/import.service.ts';
import { withDatabase } from './cli-database.ts';

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return number;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import Q&As from a JSONL file, one record per line (see docs/import-format.md)')
    .argument('<file>', 'the .jsonl file to import')
    .option('--batch-size <n>', 'records written per transaction', positiveInt, 500)
    .option('--max-errors <n>', 'bad lines to list at the end (all are counted)', positiveInt, 1000)
    .addHelpText(
      'after',
      `
Records are matched by externalId: importing a file again updates those Q&As and replaces
their answers. An interrupted import can therefore simply be run again.
Bad lines are listed with their line numbers; every good line is still imported.
Exit status: 0 when every line was imported, 1 when some lines failed.`,
    )
    .action(async (file: string, options: { batchSize: number; maxErrors: number }) => {
      let size: number;
      try {
        size = statSync(file).size;
      } catch (error) {
        console.error(`Cannot read ${file}: ${(error as Error).message}`);
        process.exit(2);
      }
      let started = Date.now();
      const summary = await withDatabase(async ({ db }) => {
        started = Date.now(); // the rate is the import's, without opening and migrating
        const bar = process.stdout.isTTY ? startProgressBar(size) : undefined;
        try {
          return await importFile(db, file, {
            batchSize: options.batchSize,
            maxErrors: options.maxErrors,
            onProgress: (progress) => bar?.update(progress.bytesRead ?? 0, progressPayload(progress)),
          });
        } finally {
          bar?.update(size);
          bar?.stop();
        }
      });
      printSummary(summary, (Date.now() - started) / 1000);
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}

function startProgressBar(totalBytes: number): SingleBar {
  const bar = new SingleBar({
    format:
      'Importing [{bar}] {percentage}% | {read} records: {imported} new, {updated} updated, {failed} failed',
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(totalBytes, 0, { read: 0, imported: 0, updated: 0, failed: 0 });
  return bar;
}

function progressPayload(progress: ImportProgress) {
  return {
    read: progress.read,
    imported: progress.imported,
    updated: progress.updated,
    failed: progress.failed,
  };
}

function printSummary(summary: ImportSummary, seconds: number): void {
  const rate = seconds > 0 ? Math.round((summary.imported + summary.updated) / seconds) : 0;
  console.log(
    `Read ${summary.read} records in ${seconds.toFixed(1)} s (${rate}/s): ${summary.imported} imported, ` +
      `${summary.updated} updated, ${summary.failed} failed.`,
  );
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  console.log(
    `Created ${count(summary.createdDepartments, 'department', 'departments')}, ` +
      `${count(summary.createdHospitals, 'hospital', 'hospitals')}, ${count(summary.createdDoctors, 'doctor', 'doctors')}.`,
  );
  if (summary.failed === 0) return;
  console.error(`\n${summary.failed} line(s) were not imported:`);
  for (const error of summary.errors) console.error(`  line ${error.line}: ${error.message}`);
  const unlisted = summary.failed - summary.errors.length;
  if (unlisted > 0) console.error(`  ... and ${unlisted} more (raise --max-errors to list them)`);
}
