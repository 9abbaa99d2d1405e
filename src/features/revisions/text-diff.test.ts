import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textDiff } from './text-diff.ts';

test('an English edit shows the removed name and the kept words around it', () => {
  const parts = textDiff('Hello Ms. Lin, call me at 0912 345 678.', 'Hello, call me.', 'en');
  const removed = parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim());
  assert.ok(removed.some((t) => t.includes('Lin')));
  assert.ok(removed.some((t) => t.includes('0912')));
  assert.equal(parts.filter((p) => p.kind === 'added').length, 0);
  assert.equal(
    parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
    'Hello, call me.',
  );
});

test('Chinese text is compared by words, not as one block', () => {
  const parts = textDiff('我叫王小明，住在台北市。最近頭痛', '我住在台北市。最近常常頭痛', 'zh-TW');
  assert.deepEqual(
    parts.filter((p) => p.kind !== 'same'),
    [
      { kind: 'removed', text: '叫王小明，' },
      { kind: 'added', text: '常常' },
    ],
  );
});

test('null before (a new More Info text) diffs as all added', () => {
  assert.deepEqual(textDiff(null, 'New text', 'en'), [{ kind: 'added', text: 'New text' }]);
});
