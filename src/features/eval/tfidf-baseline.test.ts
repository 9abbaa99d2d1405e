import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baselineTokens, createTfidfBaseline } from './tfidf-baseline.ts';

describe('baselineTokens', () => {
  it('lowercases English words without stemming or stop words', () => {
    assert.deepEqual(baselineTokens("My knees hurt, it's the knee!", 'en'), [
      'my',
      'knees',
      'hurt',
      'it',
      's',
      'the',
      'knee',
    ]);
  });

  it('cuts Chinese into overlapping bigrams per run, keeping a lone character and Latin words', () => {
    assert.deepEqual(baselineTokens('手一直抖，痛。MRI 要做嗎', 'zh-TW'), [
      '手一',
      '一直',
      '直抖',
      '痛',
      '要做',
      '做嗎',
      'mri',
    ]);
  });
});

describe('createTfidfBaseline', () => {
  const docs = [
    { id: 'a', text: 'knee pain after running', lang: 'en' as const },
    { id: 'b', text: 'knee pain when climbing stairs', lang: 'en' as const },
    { id: 'c', text: 'itchy rash on the arm', lang: 'en' as const },
    { id: 'd', text: 'knee 膝蓋痛', lang: 'zh-TW' as const },
  ];

  it('scores by cosine: 1 for itself, 0 with nothing shared, symmetric', async () => {
    const method = createTfidfBaseline();
    await method.index(docs);
    assert.ok(Math.abs((await method.score('a', 'a')) - 1) < 1e-12);
    assert.equal(await method.score('a', 'c'), 0);
    assert.equal(await method.score('a', 'b'), await method.score('b', 'a'));
  });

  it('computes the hand-worked TF-IDF cosine of two short texts', async () => {
    // N = 3 docs; "x" in all three: idf = ln(4/4) + 1 = 1; "y" in one: idf = ln(4/2) + 1.
    const method = createTfidfBaseline();
    await method.index([
      { id: '1', text: 'x y', lang: 'en' },
      { id: '2', text: 'x', lang: 'en' },
      { id: '3', text: 'x z', lang: 'en' },
    ]);
    const idfY = Math.log(2) + 1;
    // doc1 = (1, idfY) / |..|, doc2 = (1, 0): cosine = 1 / sqrt(1 + idfY^2).
    assert.ok(Math.abs((await method.score('1', '2')) - 1 / Math.sqrt(1 + idfY * idfY)) < 1e-12);
  });

  it('ranks same-language docs sharing terms, best first, without the query', async () => {
    const method = createTfidfBaseline();
    await method.index(docs);
    assert.deepEqual(await method.rank('a', docs[0]!.text, 'en', 10), ['b']);
    assert.deepEqual(await method.rank('a', docs[0]!.text, 'en', 0), []);
  });
});
