/**
 * `openconsult eval pii --set eval/pii/texts.jsonl`: recall and precision of the
 * de-identification detector per type on the labeled set, per half. No database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluatePii, formatPiiTable } from '../features/deidentify/pii-eval.ts';
import { ALL_SPLITS, buildPiiSetJsonl, type PiiSetItem, readPiiSet } from '../features/deidentify/pii-set.ts';

export function registerEvalPiiCommand(evalCommand: Command): void {
  evalCommand
    .command('pii')
    .description('measure the de-identification detector on the labeled set (eval/pii/)')
    .option('--set <file>', 'the labeled set', 'eval/pii/texts.jsonl')
    .option('--misses', 'list every missed span and false positive')
    .option('--json', 'print the full results as JSON')
    .option('--build', 'first rebuild the set from tune.txt, heldout.txt and stress.txt next to it')
    .addHelpText(
      'after',
      `
A found span matches an expected span of the same type when the two overlap (each matches at
most one); "exact" counts matches with the same start and end. Scores are given for the tuning
half, the held-out half, the stress set (written after the detector; no target) and both halves.
The exit code is 1 when a type of either half is below recall 0.95 or precision 0.9.
Example: openconsult eval pii --set eval/pii/texts.jsonl`,
    )
    .action((options: { set: string; misses?: boolean; json?: boolean; build?: boolean }) => {
      let items: PiiSetItem[];
      try {
        if (options.build) {
          const dir = options.set.replace(/[^/]*$/, '');
          const text = (name: string) => readFileSync(`${dir}${name}`, 'utf8');
          writeFileSync(
            options.set,
            buildPiiSetJsonl(text('tune.txt'), text('heldout.txt'), text('stress.txt')),
          );
        }
        items = readPiiSet(options.set);
      } catch (error) {
        console.error(`Cannot read the set: ${(error as Error).message}`);
        process.exit(2);
      }
      // "all" is the two halves the targets apply to; the stress set is reported on its own.
      const parts = [
        ...ALL_SPLITS.map((split) => ({
          name: split as string,
          items: items.filter((i) => i.split === split),
        })),
        { name: 'all', items: items.filter((i) => i.split !== 'stress') },
      ].filter((part) => part.items.length > 0);
      const reports = parts.map((part) => ({ part: part.name, ...evaluatePii(part.items) }));
      if (options.json) {
        console.log(JSON.stringify(reports, null, 2));
        return;
      }
      for (const report of reports) {
        console.log(`${report.part}: ${report.texts} texts\n${formatPiiTable(report)}\n`);
        if (options.misses && report.part !== 'all') {
          for (const miss of report.misses)
            console.log(`  ${miss.id} ${miss.kind} ${miss.type}: ${miss.text}`);
        }
      }
      const failing = reports
        .filter((r) => r.part !== 'stress')
        .flatMap((r) =>
          r.scores.filter((s) => s.recall < 0.95 || s.precision < 0.9).map((s) => `${r.part}/${s.type}`),
        );
      if (failing.length) {
        console.log(`Below the target (recall >= 0.95, precision >= 0.9): ${failing.join(', ')}`);
        process.exitCode = 1;
      }
    });
}
