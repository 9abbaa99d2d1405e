/** The evaluation results as a Markdown table (readable on a terminal, pasteable into docs). */
import type { Lang } from '../../db/schema.ts';
import type { SimilarMetrics, SimilarReport } from './evaluate-similar.ts';

const LANG_ORDER: readonly Lang[] = ['en', 'zh-TW'];

const fixed = (value: number) => value.toFixed(3);

function row(method: string, language: string, metrics: SimilarMetrics): string[] {
  return [
    method,
    language,
    String(metrics.pairs),
    String(metrics.positives),
    fixed(metrics.mrr),
    fixed(metrics.recallAt1),
    fixed(metrics.recallAt5),
    fixed(metrics.accuracy),
    Number.isFinite(metrics.threshold) ? fixed(metrics.threshold) : '-',
    Number.isNaN(metrics.auc) ? '-' : fixed(metrics.auc),
  ];
}

/** One row per method and language, then the method's overall row ("all"). */
export function formatSimilarTable(reports: readonly SimilarReport[]): string {
  const header = [
    'Method',
    'Language',
    'Pairs',
    'Positives',
    'MRR',
    'Recall@1',
    'Recall@5',
    'Accuracy',
    'Threshold',
    'AUC',
  ];
  const rows: string[][] = [];
  for (const report of reports) {
    for (const lang of LANG_ORDER) {
      const metrics = report.byLang[lang];
      if (metrics) rows.push(row(report.method, lang, metrics));
    }
    rows.push(row(report.method, 'all', report.overall));
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => cells[column]!.length)),
  );
  // Text columns left-aligned, numbers right-aligned.
  const cell = (text: string, column: number) =>
    column < 2 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column < 2 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
