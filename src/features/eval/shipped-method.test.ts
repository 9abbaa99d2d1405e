import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createShippedMethod, titleOf, toImportRecord } from './shipped-method.ts';

describe('titleOf', () => {
  it('takes the first sentence, not cutting at a decimal point', () => {
    assert.equal(
      titleOf('My baby has a fever of 39.5 today. What should I do?'),
      'My baby has a fever of 39.5 today.',
    );
    assert.equal(titleOf('手一直抖。是巴金森氏症嗎？'), '手一直抖。');
    assert.equal(titleOf('No full stop here'), 'No full stop here');
  });

  it('shortens a very long first sentence', () => {
    const title = titleOf(`${'word '.repeat(60)}end.`);
    assert.equal(title.length, 120);
    assert.ok(title.endsWith('…'));
  });
});

describe('createShippedMethod', () => {
  it('imports every question as a published Q&A into a temporary database', async () => {
    assert.equal(toImportRecord({ id: 'q7', text: 'Knee pain. Why?', lang: 'en' }).externalId, 'eval-q7');
    const method = createShippedMethod();
    try {
      await method.index([
        { id: 'q1', text: 'My knee hurts when I run. Why?', lang: 'en' },
        { id: 'q2', text: '膝蓋痛，跑步時更明顯，為什麼？', lang: 'zh-TW' },
      ]);
      // Until the search engine has a similar-question lookup, ranking says so plainly.
      await assert.rejects(method.rank('q1', 'My knee hurts when I run. Why?', 'en', 5), /not available yet/);
    } finally {
      await method.close?.();
    }
  });
});
