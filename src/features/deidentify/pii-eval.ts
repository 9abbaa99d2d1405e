/**
 * Span-level recall and precision of the detector on the labeled set (eval/pii/). A found span
 * matches an expected span of the same type when they overlap; each expected span matches at
 * most one found span and the other way round. Exact-boundary matches are counted too.
 */
import { detectPersonalData } from './detect.ts';
import type { PiiSetItem } from './pii-set.ts';
import { type Finding, PII_TYPES, type PiiType } from './pii-types.ts';

export interface TypeScore {
  type: PiiType;
  expected: number;
  found: number;
  matched: number;
  exact: number;
  recall: number;
  precision: number;
}

export interface PiiMiss {
  id: string;
  kind: 'missed' | 'false positive';
  type: PiiType;
  text: string;
}

export interface PiiReport {
  texts: number;
  scores: TypeScore[];
  misses: PiiMiss[];
}

export function evaluatePii(items: readonly PiiSetItem[], detect = detectPersonalData): PiiReport {
  const counts = new Map(PII_TYPES.map((type) => [type, { expected: 0, found: 0, matched: 0, exact: 0 }]));
  const misses: PiiMiss[] = [];
  for (const item of items) {
    const found: Finding[] = detect(item.text);
    const used = new Set<number>();
    for (const span of item.spans) {
      counts.get(span.type)!.expected++;
      const index = found.findIndex(
        (f, i) => !used.has(i) && f.type === span.type && f.start < span.end && span.start < f.end,
      );
      if (index === -1) {
        misses.push({ id: item.id, kind: 'missed', type: span.type, text: span.text });
        continue;
      }
      used.add(index);
      const count = counts.get(span.type)!;
      count.matched++;
      if (found[index]!.start === span.start && found[index]!.end === span.end) count.exact++;
    }
    found.forEach((finding, i) => {
      counts.get(finding.type)!.found++;
      if (!used.has(i))
        misses.push({ id: item.id, kind: 'false positive', type: finding.type, text: finding.text });
    });
  }
  const scores = PII_TYPES.map((type) => {
    const c = counts.get(type)!;
    return {
      type,
      ...c,
      recall: c.expected === 0 ? 1 : c.matched / c.expected,
      precision: c.found === 0 ? 1 : c.matched / c.found,
    };
  });
  return { texts: items.length, scores, misses };
}

/** A fixed-width table of the scores. */
export function formatPiiTable(report: PiiReport): string {
  const rows = report.scores.map(
    (s) =>
      `${s.type.padEnd(15)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${String(s.matched).padStart(8)} ${s.recall.toFixed(3).padStart(7)} ${s.precision.toFixed(3).padStart(9)} ${String(s.exact).padStart(6)}`,
  );
  const header = `${'type'.padEnd(15)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'matched'.padStart(8)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'exact'.padStart(6)}`;
  return [header, ...rows].join('\n');
}
