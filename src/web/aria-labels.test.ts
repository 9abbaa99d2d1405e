/**
 * Names read out by screen readers are in the page's language: the header navigation and the
 * pagers carry translated aria-labels on zh-TW pages, English ones ("main", "pagination") on en.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../test/app.ts';
import { buildQuestion, buildUser } from '../../test/factories.ts';
import { recordAudit } from '../features/audit/audit.service.ts';
import { DEPARTMENT_PAGE_SIZE } from '../features/questions/questions.routes.tsx';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
before(async () => {
  t = await createTestApp();
  admin = await t.signIn((await buildUser(t.db, { roles: ['admin'] })).email);
  for (let i = 0; i <= DEPARTMENT_PAGE_SIZE; i++) {
    await buildQuestion(t.db, { department: 'dermatology', lang: 'en' });
    await buildQuestion(t.db, { department: 'dermatology', lang: 'zh-TW' });
  }
  await recordAudit(t.db, { actorUserId: null, action: 'question.escalate' });
});
after(() => t.close());

const labels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);

test('the header navigation and the pagers are named in the page language', async () => {
  const pages = ['/departments/dermatology', '/admin/audit', '/signup'];
  for (const path of pages) {
    const en = await (await t.request(`/en${path}`, { cookie: admin })).text();
    const zh = await (await t.request(`/zh-TW${path}`, { cookie: admin })).text();
    assert.ok(labels(en).includes('main'), `en${path}: main`);
    assert.ok(labels(zh).includes('主選單'), `zh-TW${path}: 主選單`);
    if (path !== '/signup') {
      assert.ok(labels(en).includes('pagination'), `en${path}: pagination`);
      assert.ok(labels(zh).includes('分頁'), `zh-TW${path}: 分頁`);
    }
    // No label of a Chinese page is English-only words.
    const english = labels(zh).filter((label) => /^[A-Za-z][A-Za-z\s]*$/.test(label));
    assert.deepEqual(english, [], `zh-TW${path}: English-only aria-labels`);
  }
});
