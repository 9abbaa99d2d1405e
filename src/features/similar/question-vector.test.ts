import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLexicon } from '../search/lexicon/lexicon.ts';
import { TEST_LEXICON_GROUPS } from '../search/lexicon/test-lexicon.ts';
import { normalizeText } from '../search/tokenize.ts';
import { askAgreement, questionAsks } from './question-intent.ts';
import {
  cosine,
  cosineWithBag,
  decodeFeatures,
  documentFrequencies,
  encodeFeatures,
  featuresKey,
  questionFeatures,
  weightedVector,
} from './question-vector.ts';

const lexicon = createLexicon(TEST_LEXICON_GROUPS);

test('lay and clinical names of one concept become the same feature, in both languages', () => {
  const lay = questionFeatures('Heartburn after every dinner, what should I take?', lexicon);
  const clinical = questionFeatures('Which medicine helps gastroesophageal reflux symptoms?', lexicon);
  assert.ok(lay.counts.has('c:heartburn') && clinical.counts.has('c:heartburn'));
  const zhLay = questionFeatures('晚上常常火燒心', lexicon);
  const zhSimplified = questionFeatures('胃食道逆流怎么办', lexicon);
  assert.ok(zhLay.counts.has('c:heartburn') && zhSimplified.counts.has('c:heartburn'));
});

test('with concepts, a reworded question scores above one that only shares a word', () => {
  const texts = {
    query: 'My hands shake when I hold a cup. Is this tremor serious?',
    reworded: 'Shaky hands when drinking tea for a year: should I worry?',
    sharesWord: 'I hold my phone a lot and my thumb hurts. Which cream helps?',
  };
  const bags = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, questionFeatures(v, lexicon)]));
  const stats = documentFrequencies(Object.values(bags));
  const vec = (k: string) => weightedVector(bags[k]!, stats);
  assert.ok(cosine(vec('query'), vec('reworded')) > cosine(vec('query'), vec('sharesWord')));
  assert.ok(Math.abs(cosine(vec('query'), vec('query')) - 1) < 1e-9, 'vectors are unit length');
  for (const other of ['reworded', 'sharesWord', 'query']) {
    const direct = cosineWithBag(vec('query'), bags[other]!, stats);
    assert.ok(Math.abs(direct - cosine(vec('query'), vec(other))) < 1e-12, `${other}: one pass, same cosine`);
  }
});

test('asks: medicine, test, serious and stop are told apart, in English and Chinese', () => {
  const asks = (text: string) => [...questionAsks(normalizeText(text))].sort();
  assert.deepEqual(asks('Which medicine should I take for a headache?'), ['medicine']);
  assert.deepEqual(asks('頭痛要做什麼檢查？'), ['test']);
  assert.ok(asks('頭痛吃什麼藥比較好').includes('medicine'));
  assert.ok(asks('Can I stop my blood pressure pills?').includes('stop-or-change'));
  assert.equal(askAgreement(new Set(['medicine']), new Set(['test'])), 0);
  assert.equal(askAgreement(new Set(), new Set(['test'])), 1);
  assert.equal(askAgreement(new Set(['medicine', 'serious']), new Set(['medicine'])), 0.5);
});

test('a feature bag survives storage as text; the key follows the lexicon', () => {
  for (const text of [
    'Shaky hands when I hold a cup. Which medicine helps?',
    '手一直抖，要做什麼檢查？',
    '',
  ]) {
    const features = questionFeatures(text, lexicon);
    const decoded = decodeFeatures(encodeFeatures(features));
    assert.deepEqual([...decoded.counts], [...features.counts], text);
    assert.deepEqual([...decoded.asks].sort(), [...features.asks].sort(), text);
  }
  assert.ok(questionFeatures('Shaky hands at night', lexicon).counts.has('c:tremor'));
  assert.equal(featuresKey(lexicon), featuresKey(createLexicon(TEST_LEXICON_GROUPS)), 'same names, same key');
  assert.notEqual(featuresKey(lexicon), featuresKey(createLexicon([])));
  const renamed = TEST_LEXICON_GROUPS.map((group, i) =>
    i === 0
      ? {
          ...group,
          terms: [...group.terms, { text: 'brand new name', lang: 'en' as const, kind: 'lay' as const }],
        }
      : group,
  );
  assert.notEqual(featuresKey(lexicon), featuresKey(createLexicon(renamed)), 'a new name, a new key');
});

test('stored bags stay valid only while the method does: a changed bag needs FEATURES_VERSION bumped', () => {
  // If this fails after a change to the tokenizer, the stemmer, the lexicon matcher or the ask
  // rules, bump FEATURES_VERSION in question-vector.ts (stored bags are then recomputed) and
  // update the expected text here.
  const encode = (text: string) => encodeFeatures(questionFeatures(text, lexicon));
  assert.equal(
    encode('Shaky hands when I hold a cup of coffee. Which medicine helps?'),
    'medicine\nc:tremor 3\nhold 1\ncup 1\ncoffe 1\nmedicin 1\nhelp 1',
  );
  assert.equal(
    encode('手一直抖，要做什麼檢查？吃藥會好嗎'),
    'test\n手一 1\n一直 1\n直抖 1\n要做 1\n做什 1\n什麼 1\n麼檢 1\n檢查 1\n吃藥 1\n藥會 1\n會好 1\n好嗎 1',
  );
  assert.ok(featuresKey(lexicon).startsWith('1:'), 'the version this expectation was written for');
});
