/** The committed evaluation set (eval/) keeps the properties eval/README.md promises. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import { checkPairs, readPairsFiles } from './eval-pairs.ts';

const file = (name: string) => fileURLToPath(new URL(`../../../eval/${name}`, import.meta.url));

const sets = [
  { name: 'similar-en.csv', lang: 'en', minPairs: 300 },
  { name: 'similar-zh.csv', lang: 'zh-TW', minPairs: 200 },
] as const;

for (const set of sets) {
  describe(`eval/${set.name}`, () => {
    const pairs = readPairsFiles([file(set.name)]);

    it(`has at least ${set.minPairs} pairs, all in ${set.lang}, 45-55 % positive`, () => {
      assert.ok(pairs.length >= set.minPairs, `${pairs.length} pairs`);
      assert.ok(pairs.every((pair) => pair.lang === set.lang));
      const share = pairs.filter((pair) => pair.label === 1).length / pairs.length;
      assert.ok(share >= 0.45 && share <= 0.55, `${share} positive`);
    });

    it('has exactly one positive question2 per question1 that has one, and no self-pairs', () => {
      assert.deepEqual(checkPairs(pairs), []);
    });

    it('covers every catalog department', () => {
      const seen = new Set(pairs.map((pair) => pair.department));
      const missing = DEPARTMENT_CATALOG.map((department) => department.slug).filter(
        (slug) => !seen.has(slug),
      );
      assert.deepEqual(missing, []);
    });

    it('has no pair twice', () => {
      const keys = pairs.map((pair) => [pair.question1, pair.question2].sort().join('\u0000'));
      assert.equal(new Set(keys).size, keys.length);
    });
  });
}
