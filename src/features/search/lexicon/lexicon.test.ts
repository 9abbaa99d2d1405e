/** The lexicon matcher, on the project's real synonym data. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseKey, phraseOf } from '../phrase.ts';
import { parseQuery } from '../search-query.ts';
import { defaultLexicon } from './default-lexicon.ts';
import { createLexicon } from './lexicon.ts';
import { LEXICON_GROUPS } from './lexicon-data.ts';

const names = (q: string) =>
  new Set(parseQuery(q, defaultLexicon()).groups.flatMap((group) => group.phrases.map(phraseKey)));

test('the issue examples expand to their other names, both ways and in both languages', () => {
  for (const [a, b] of [
    ['heart attack', 'myocardial infarction'],
    ['high blood pressure', 'hypertension'],
    ['抽筋', '痙攣'],
    ['heartburn', '胃食道逆流'],
  ] as const) {
    assert.ok(names(a).has(phraseKey(phraseOf(b))), `${a} → ${b}`);
    assert.ok(names(b).has(phraseKey(phraseOf(a))), `${b} → ${a}`);
  }
});

test('concepts are found in running text (for similar questions)', () => {
  const concepts = defaultLexicon().conceptsIn('我爸爸血壓高，昨天半夜腳抽筋');
  assert.ok(concepts.length >= 2, concepts.join());
});

test('the matcher is built from the whole lexicon', () => {
  // Speed is measured by the benchmarks (bench/), never asserted here.
  const lexicon = createLexicon(LEXICON_GROUPS);
  assert.ok(lexicon.size > 500);
});
