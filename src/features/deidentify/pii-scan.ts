/**
 * The work behind `openconsult pii-scan --jsonl`: one JSON object with a `text` field per
 * line in, one line out per line in, in order. A bad line gives an error object for that line
 * and never stops the scan.
 */
import { detectPersonalData } from './detect.ts';
import type { Finding } from './pii-types.ts';

export type ScanLineResult = { findings: Finding[] } | { error: string; line: number };

/** Scans one input line (1-based `lineNumber` for error messages). */
export function scanJsonLine(line: string, lineNumber: number): ScanLineResult {
  const fail = (message: string) => ({ error: `line ${lineNumber}: ${message}`, line: lineNumber });
  if (line.trim() === '') return fail('empty line');
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('expected a JSON object with a "text" string');
  }
  const text = (parsed as { text?: unknown }).text;
  if (typeof text !== 'string') return fail('text: a string is required');
  return { findings: detectPersonalData(text) };
}
