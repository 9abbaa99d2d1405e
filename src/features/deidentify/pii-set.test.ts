/**
 * The labeled de-identification set (eval/pii/) and the targets of issue 5: recall >= 0.95 and
 * precision >= 0.9 for every type, on the tuning half and on the held-out half.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evaluatePii } from './pii-eval.ts';
import { buildPiiSetJsonl, readPiiSet, SPLITS } from './pii-set.ts';
import { PII_TYPES } from './pii-types.ts';

const file = (name: string) => fileURLToPath(new URL(`../../../eval/pii/${name}`, import.meta.url));
const items = readPiiSet(file('texts.jsonl'));

describe('eval/pii/texts.jsonl', () => {
  it('is built from the marked-up files (run `openconsult eval pii --build` after editing them)', () => {
    const built = buildPiiSetJsonl(
      readFileSync(file('tune.txt'), 'utf8'),
      readFileSync(file('heldout.txt'), 'utf8'),
      readFileSync(file('stress.txt'), 'utf8'),
    );
    assert.equal(readFileSync(file('texts.jsonl'), 'utf8'), built);
  });

  it('has at least 300 texts in both languages, with and without personal data, every type in both halves', () => {
    const halves = items.filter((item) => item.split !== 'stress');
    assert.ok(halves.length >= 300, `${halves.length} texts`);
    for (const split of SPLITS) {
      const half = items.filter((item) => item.split === split);
      for (const lang of ['en', 'zh'] as const) {
        assert.ok(half.filter((item) => item.lang === lang && item.spans.length === 0).length >= 20);
        assert.ok(half.filter((item) => item.lang === lang && item.spans.length > 0).length >= 40);
      }
      for (const type of PII_TYPES) {
        assert.ok(
          half.some((item) => item.spans.some((span) => span.type === type)),
          `${split}: ${type}`,
        );
      }
    }
  });
});

for (const split of SPLITS) {
  describe(`detector on the ${split} half`, () => {
    const report = evaluatePii(items.filter((item) => item.split === split));
    for (const score of report.scores) {
      it(`${score.type}: recall >= 0.95 and precision >= 0.9`, () => {
        const misses = report.misses.filter((miss) => miss.type === score.type);
        assert.ok(score.recall >= 0.95, `recall ${score.recall.toFixed(3)}: ${JSON.stringify(misses)}`);
        assert.ok(
          score.precision >= 0.9,
          `precision ${score.precision.toFixed(3)}: ${JSON.stringify(misses)}`,
        );
      });
    }
  });
}
