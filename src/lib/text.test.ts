import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAgeRange, formatDate, paragraphs, snippet } from './text.ts';

test('snippet keeps short text whole', () => {
  assert.equal(snippet('Short question.'), 'Short question.');
});

test('snippet cuts English at a word boundary near the limit and adds ...', () => {
  const text = 'word '.repeat(100).trim(); // 499 chars
  const cut = snippet(text, 280);
  assert.ok(cut.endsWith('...'));
  assert.ok(!cut.slice(0, -3).endsWith(' '));
  assert.ok(cut.length <= 283 && cut.length > 250, `length ${cut.length}`);
  assert.ok(
    cut
      .slice(0, -3)
      .split(' ')
      .every((w) => w === 'word'),
    'no word is split',
  );
});

test('snippet cuts Chinese near the limit', () => {
  const text = '我最近兩週常常覺得手腳肌肉跳動'.repeat(30);
  const cut = snippet(text, 280);
  assert.equal(Array.from(cut).length, 283);
  assert.ok(cut.endsWith('...'));
});

test('formatAgeRange and formatDate', () => {
  assert.equal(formatAgeRange('20-29'), '20~29');
  assert.equal(formatDate(new Date('2021-08-05T12:00:00Z'), 'Asia/Taipei'), '2021/08/05');
  assert.equal(formatDate(new Date('2021-08-05T20:00:00Z'), 'Asia/Taipei'), '2021/08/06');
});

test('paragraphs splits on blank lines and keeps line breaks', () => {
  assert.deepEqual(paragraphs('a\nb\n\n\nc'), [['a', 'b'], ['c']]);
});
