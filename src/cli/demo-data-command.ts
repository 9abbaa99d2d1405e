/** `openconsult demo-data --questions N [--seed S]`: loads generated bilingual demo Q&As. */
import { type Command, InvalidArgumentError } from 'commander';
import { loadDemoData } from '../features/demo/demo.service.ts';
import { withDatabase } from './cli-database.ts';

function wholeNumber(min: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) {
      throw new InvalidArgumentError(`must be a whole number of at least ${min}`);
    }
    return number;
  };
}

export function registerDemoDataCommand(program: Command): void {
  program
    .command('demo-data')
    .description('load generated demo Q&As in English and Chinese, with doctors, hospitals and FAQs')
    .requiredOption('--questions <n>', 'number of demo questions', wholeNumber(1))
    .option('--seed <s>', 'the same seed always gives the same content', wholeNumber(0), 1)
    .addHelpText(
      'after',
      `
The content is invented and written from templates; it is for trying OpenConsult out, not
medical advice. Running the command again with the same seed updates the same Q&As
(demo-000001, ...) instead of adding new ones.`,
    )
    .action(async (options: { questions: number; seed: number }) => {
      const started = Date.now();
      const summary = await withDatabase(({ db }) =>
        loadDemoData(db, { questions: options.questions, seed: options.seed }),
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const result = summary.import;
      console.log(
        `Demo data (seed ${options.seed}) in ${seconds} s: ${result.imported} Q&As imported, ` +
          `${result.updated} updated, ${result.failed} failed.`,
      );
      console.log(
        `Created ${result.createdDepartments} departments, ${result.createdHospitals} hospitals, ` +
          `${result.createdDoctors} doctors; updated ${summary.hospitalsUpdated} hospital and ` +
          `${summary.doctorsUpdated} doctor profiles; added ${summary.faqsInserted} FAQ entries.`,
      );
      for (const error of result.errors.slice(0, 20))
        console.error(`  record ${error.line}: ${error.message}`);
      process.exitCode = result.failed > 0 ? 1 : 0;
    });
}
