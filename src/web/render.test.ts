/** Pages are HTML5 documents: they start with the doctype, so browsers use standards mode. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../test/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('pages and error pages start with <!doctype html>', async () => {
  for (const [path, status] of [
    ['/en', 200],
    ['/zh-TW/departments', 200],
    ['/en/no-such-page', 404],
  ] as const) {
    const res = await t.request(path);
    assert.equal(res.status, status, path);
    assert.match(await res.text(), /^<!doctype html><html lang="(en|zh-TW)">/, path);
  }
});
