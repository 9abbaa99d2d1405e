import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ttlCache } from './ttl-cache.ts';

test('values are reused within the TTL, per key object and argument, and failures are not kept', async () => {
  let loads = 0;
  let fail = false;
  const cached = ttlCache(60_000, async (_key: object, arg: string) => {
    loads++;
    if (fail) throw new Error('down');
    return `${arg}:${loads}`;
  });
  const a = {};
  const b = {};
  assert.equal(await cached(a, 'en'), 'en:1');
  assert.equal(await cached(a, 'en'), 'en:1');
  assert.equal(await cached(a, 'zh-TW'), 'zh-TW:2');
  assert.equal(await cached(b, 'en'), 'en:3');
  fail = true;
  await assert.rejects(cached(b, 'zh-TW'));
  fail = false;
  assert.equal(await cached(b, 'zh-TW'), 'zh-TW:5');

  const expiring = ttlCache(0, async () => ++loads);
  const first = await expiring(a, 'x');
  assert.notEqual(await expiring(a, 'x'), first);
});
