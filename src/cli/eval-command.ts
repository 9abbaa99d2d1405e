/**
 * `openconsult eval similar --pairs FILE.csv`: measures similar-question retrieval on a labeled
 * set of question pairs (eval/README.md). Works in memory and on a temporary database; the
 * site's database is not opened.
 */
import { type Command, Option } from 'commander';
import { EvalSetError, readPairsFiles } from '../features/eval/eval-pairs.ts';
import { formatSimilarTable } from '../features/eval/eval-report.ts';
import { evaluateSimilar, type SimilarReport } from '../features/eval/evaluate-similar.ts';
import { createShippedMethod } from '../features/eval/shipped-method.ts';
import type { SimilarMethod } from '../features/eval/similar-method.ts';
import { createTfidfBaseline } from '../features/eval/tfidf-baseline.ts';

const METHODS = { baseline: createTfidfBaseline, shipped: createShippedMethod } as const;
type MethodName = keyof typeof METHODS;

export function registerEvalCommand(program: Command): void {
  const evalCommand = program.command('eval').description('measure the quality of search features');
  evalCommand
    .command('similar')
    .description('measure similar-question retrieval on labeled question pairs')
    .requiredOption('--pairs <files...>', 'CSV files with question1,question2,label (see eval/README.md)')
    .addOption(
      new Option('--method <method>', 'the method to measure')
        .choices(['baseline', 'shipped', 'both'])
        .default('baseline'),
    )
    .option('--json', 'print the full results as JSON')
    .addHelpText(
      'after',
      `
Every distinct question of the files is indexed; for each positive pair, question2 is looked up
by question1 (MRR over the top 50, Recall@1, Recall@5), and every pair is scored for the best
single-threshold accuracy. Figures are given per language and over all pairs.
  baseline  plain TF-IDF cosine in memory (words; Chinese character bigrams)
  shipped   the site's search engine, on a temporary in-memory database
Example: openconsult eval similar --pairs eval/similar-en.csv eval/similar-zh.csv --method both`,
    )
    .action(async (options: { pairs: string[]; method: MethodName | 'both'; json?: boolean }) => {
      let pairs: ReturnType<typeof readPairsFiles>;
      try {
        pairs = readPairsFiles(options.pairs);
      } catch (error) {
        console.error(
          error instanceof EvalSetError ? error.message : `Cannot read pairs: ${(error as Error).message}`,
        );
        process.exit(2);
      }
      const names: MethodName[] = options.method === 'both' ? ['baseline', 'shipped'] : [options.method];
      const reports: SimilarReport[] = [];
      for (const name of names) {
        const method: SimilarMethod = METHODS[name]();
        try {
          reports.push(await evaluateSimilar(pairs, method));
        } catch (error) {
          if (error instanceof EvalSetError) {
            console.error(`The pairs cannot be evaluated:\n${error.message}`);
            process.exit(2);
          }
          console.error(`${name}: ${(error as Error).message}`);
          process.exitCode = 1;
        } finally {
          await method.close?.();
        }
      }
      if (options.json) {
        console.log(JSON.stringify(reports, null, 2));
        return;
      }
      if (reports.length === 0) return;
      const first = reports[0]!;
      console.log(`${pairs.length} pairs, ${first.questions} distinct questions.\n`);
      console.log(formatSimilarTable(reports));
      console.log('');
      for (const report of reports) {
        console.log(
          `${report.method}: indexed in ${report.indexSeconds.toFixed(2)} s, ` +
            `${report.rankMillis.toFixed(2)} ms per similar-question lookup.`,
        );
      }
    });
}
