/** `openconsult reindex`: rebuilds the search index of every published Q&A. */
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { rebuildSearchIndex } from '../features/search/search-indexer.ts';
import { withDatabase } from './cli-database.ts';

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return number;
}

export function registerReindexCommand(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the search index of every published Q&A')
    .option('--batch-size <n>', 'Q&As indexed per transaction', positiveInt, 500)
    .addHelpText(
      'after',
      `
Search keeps working while it runs: documents are replaced batch by batch, then documents of
Q&As that are no longer published are dropped. Normally not needed: the worker indexes
published, edited, removed and imported Q&As by itself.`,
    )
    .action(async (options: { batchSize: number }) => {
      let started = Date.now();
      const result = await withDatabase(async ({ db, engine }) => {
        started = Date.now();
        const bar = process.stdout.isTTY
          ? new SingleBar({
              format: 'Indexing [{bar}] {percentage}% | {value}/{total} Q&As',
              hideCursor: true,
            })
          : undefined;
        bar?.start(1, 0);
        try {
          return await rebuildSearchIndex(db, {
            batchSize: options.batchSize,
            engine,
            onProgress: ({ indexed, total }) => {
              bar?.setTotal(total);
              bar?.update(indexed);
            },
          });
        } finally {
          bar?.stop();
        }
      });
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(result.indexed / seconds) : 0;
      console.log(
        `Indexed ${result.indexed} published Q&As in ${seconds.toFixed(1)} s (${rate}/s); ` +
          `removed ${result.removed} no longer published.`,
      );
    });
}
