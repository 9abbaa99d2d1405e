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
  it('indexes the questions in a temporary database and ranks with the site lookup', async () => {
    assert.equal(toImportRecord({ id: 'q7', text: 'Knee pain. Why?', lang: 'en' }).externalId, 'eval-q7');
    const method = createShippedMethod();
    try {
      await method.index([
        { id: 'q1', text: 'I get heartburn after dinner every night. What can I do?', lang: 'en' },
        { id: 'q2', text: 'How do I manage gastroesophageal reflux symptoms in the evening?', lang: 'en' },
        { id: 'q3', text: 'My knee hurts when I run. Why?', lang: 'en' },
        { id: 'q4', text: '膝蓋痛，跑步時更明顯，為什麼？', lang: 'zh-TW' },
      ]);
      const ranked = await method.rank(
        'q1',
        'I get heartburn after dinner every night. What can I do?',
        'en',
        5,
      );
      assert.equal(ranked[0], 'q2', `the reworded question first (got ${ranked.join(',')})`);
      assert.ok(!ranked.includes('q1') && !ranked.includes('q4'), 'not itself, not the other language');
      assert.ok((await method.score('q1', 'q2')) > (await method.score('q1', 'q3')));
    } finally {
      await method.close?.();
    }
  });
});
