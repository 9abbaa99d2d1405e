/**
 * `openconsult pii-scan`: prints the personal data found in text as JSON. Never opens the
 * database, so it also runs while a server holds the PGlite folder.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { detectPersonalData } from '../features/deidentify/detect.ts';
import { scanJsonLine } from '../features/deidentify/pii-scan.ts';
import { registerEvalPiiCommand } from './eval-pii-command.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a line, waiting when stdout is full; false when the reader went away. */
function writeLine(line: string): Promise<boolean> {
  return new Promise((resolve) => {
    process.stdout.write(`${line}\n`, (error) => resolve(!error));
  });
}

async function scanJsonl(file: string): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const result = scanJsonLine(line, lineNumber);
    if ('error' in result) bad++;
    if (!(await writeLine(JSON.stringify(result)))) break;
  }
  if (bad > 0) console.error(`${bad} of ${lineNumber} lines could not be scanned.`);
  return bad;
}

/** Registers `pii-scan` and, under the existing `eval` command, `eval pii`. */
export function registerPiiScanCommand(program: Command): void {
  program
    .command('pii-scan')
    .description('find personal data (names, phones, IDs, addresses, …) in text and print it as JSON')
    .option('--jsonl <file>', 'read one JSON object with a "text" field per line ("-" for stdin)')
    .addHelpText(
      'after',
      `
Without --jsonl, reads all of stdin as one text and prints [{type, start, end, text}, …];
start and end are UTF-16 offsets. With --jsonl, prints one line per input line, in order:
{"findings":[…]}, or {"error":"line N: …","line":N} for a line that is not a JSON object with
a string "text" (the exit code is then 1). The database is not opened.
Example: echo '我是王小明，手機 0912-345-678' | openconsult pii-scan`,
    )
    .action(async (options: { jsonl?: string }) => {
      // The reader went away (`openconsult pii-scan --jsonl big.jsonl | head`): stop quietly.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      if (!options.jsonl) {
        console.log(JSON.stringify(detectPersonalData(await readStdin())));
        return;
      }
      try {
        if ((await scanJsonl(options.jsonl)) > 0) process.exitCode = 1;
      } catch (error) {
        console.error(`Cannot read ${options.jsonl}: ${(error as Error).message}`);
        process.exitCode = 2;
      }
    });
  const evalCommand = program.commands.find((command) => command.name() === 'eval');
  if (evalCommand) registerEvalPiiCommand(evalCommand);
}
