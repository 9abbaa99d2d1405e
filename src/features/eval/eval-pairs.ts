/**
 * The evaluation set of similar-question pairs: a CSV file (RFC 4180) with the columns
 * question1, question2, label (1 = same intent, 0 = different intent) and optionally lang
 * (en or zh-TW; guessed from the text when absent) and department (ignored by the metrics).
 * The labeling guide is eval/README.md.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { LANGS, type Lang } from '../../db/schema.ts';

export interface EvalPair {
  question1: string;
  question2: string;
  /** 1 = same intent, 0 = different intent. */
  label: 0 | 1;
  lang: Lang;
  department?: string;
}

/** The set cannot be read or would make the metrics meaningless. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

const HAN = /\p{Script=Han}/u;

/** zh-TW when the text contains any Chinese character, en otherwise. */
export function guessLang(text: string): Lang {
  return HAN.test(text) ? 'zh-TW' : 'en';
}

/** Parses the CSV text of an evaluation set; `source` names it in error messages. */
export function parsePairsCsv(text: string, source = 'pairs'): EvalPair[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new EvalSetError(`${source}: ${(error as Error).message}`);
  }
  const header = records[0] ?? {};
  if (records.length > 0 && !['question1', 'question2', 'label'].every((column) => column in header)) {
    throw new EvalSetError(`${source}: needs the columns question1, question2 and label`);
  }
  return records.map((record, index) => {
    // The header is record 1, as in a spreadsheet (a quoted field may span lines, so these are
    // not line numbers).
    const where = `${source}, record ${index + 2}`;
    const question1 = record.question1 ?? '';
    const question2 = record.question2 ?? '';
    if (!question1 || !question2)
      throw new EvalSetError(`${where}: question1 and question2 must not be empty`);
    if (record.label !== '0' && record.label !== '1')
      throw new EvalSetError(`${where}: label must be 0 or 1`);
    const lang = record.lang ? record.lang : guessLang(question1);
    if (!(LANGS as readonly string[]).includes(lang))
      throw new EvalSetError(`${where}: lang must be en or zh-TW`);
    const pair: EvalPair = { question1, question2, label: record.label === '1' ? 1 : 0, lang: lang as Lang };
    if (record.department) pair.department = record.department;
    return pair;
  });
}

/** Reads and parses one or more evaluation set files into one list of pairs. */
export function readPairsFiles(paths: readonly string[]): EvalPair[] {
  return paths.flatMap((path) => parsePairsCsv(readFileSync(path, 'utf8'), path));
}

/**
 * Problems that make the retrieval metrics ill-defined: a pair of a question with itself, and
 * a question1 with more than one positive question2 (Recall@k asks for "the" same-intent
 * question). Returns one message per problem, none when the set is sound.
 */
export function checkPairs(pairs: readonly EvalPair[]): string[] {
  const problems: string[] = [];
  const positives = new Map<string, number>();
  for (const pair of pairs) {
    if (pair.question1 === pair.question2)
      problems.push(`a pair of a question with itself: ${pair.question1}`);
    if (pair.label !== 1) continue;
    const key = `${pair.lang}\u0000${pair.question1}`;
    positives.set(key, (positives.get(key) ?? 0) + 1);
  }
  for (const [key, count] of positives) {
    if (count > 1) problems.push(`${count} positives for one question1: ${key.split('\u0000')[1]}`);
  }
  return problems;
}
