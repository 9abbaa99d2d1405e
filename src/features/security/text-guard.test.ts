/** The unstorable-text guard: which strings and fields it finds, and its answer for the API. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import { isStorableText, unstorableFields } from './text-guard.tsx';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('NUL and lone surrogates are unstorable; paired surrogates, ZWJ and RTL marks are fine', () => {
  for (const ok of [
    '',
    'plain',
    '醫生您好',
    '\u{1F469}\u200D\u2695\uFE0F',
    '\u202Eabc\u202C',
    'tab\tnew\nline',
  ]) {
    assert.ok(isStorableText(ok), JSON.stringify(ok));
  }
  for (const bad of ['a\u0000b', '\uD83D', 'x\uDC00', '\uDC00\uD83D'])
    assert.ok(!isStorableText(bad), JSON.stringify(bad));
  assert.deepEqual(
    unstorableFields({ title: 'ok', body: 'a\u0000', tags: ['fine', '\uD800'], nested: { deep: '\u0000' } }),
    ['body', 'tags[1]', 'nested.deep'],
  );
  assert.deepEqual(unstorableFields({ 'bad\u0000key': 'value' }), ['bad\u0000key']);
});

test('the API answers 400 with the fields; a query string is checked too', async () => {
  const res = await t.request('/api/v1/similar', {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'eyelid \uD83D twitching' }),
  });
  assert.equal(res.status, 400);
  const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
  assert.equal(body.error.code, 'invalid_text');
  assert.deepEqual(Object.keys(body.error.fields), ['text']);
  const query = await t.request('/en/search?q=a%00b');
  assert.equal(query.status, 400);
  assert.match(await query.text(), /cannot be stored/);
});
