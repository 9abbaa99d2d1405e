/** The admin doctors and users lists page by 50, keep the search across pages, in both languages. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildHospital, buildUser } from '../../../test/factories.ts';
import { doctors, users } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;

before(async () => {
  t = await createTestApp();
  admin = await t.signIn((await buildUser(t.db, { roles: ['admin'] })).email);
});
after(() => t.close());

const get = async (path: string) => {
  const res = await t.request(path, { cookie: admin });
  assert.equal(res.status, 200, path);
  return res.text();
};
const rowIds = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`${attribute}="(\\d+)"`, 'g'))].map((m) => Number(m[1]));
const hrefs = (html: string, rel: 'prev' | 'next') =>
  new RegExp(`rel="${rel}" href="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('admin users list', () => {
  before(async () => {
    // 53 matching accounts (inserted directly: no password hashing needed to list them) and 2 others.
    await t.db.insert(users).values(
      Array.from({ length: 53 }, (_, i) => ({
        email: `paged-${String(i).padStart(2, '0')}@example.test`,
        displayName: `Paged ${i}`,
        roles: ['asker' as const],
      })),
    );
    await t.db.insert(users).values([
      { email: 'other-a@example.test', displayName: 'Other A' },
      { email: 'other-b@example.test', displayName: 'Other B' },
    ]);
  });

  test('50 per page in email order, with the count, the page number and links that keep the search', async () => {
    const first = await get('/en/admin/users?q=paged-');
    const firstIds = rowIds(first, 'data-user-id');
    assert.equal(firstIds.length, 50);
    assert.match(first, /53 users/);
    assert.match(first, /Page 1 of 2/);
    assert.match(first, /paged-00@example\.test/);
    assert.doesNotMatch(first, /paged-50@example\.test/);
    assert.equal(hrefs(first, 'prev'), undefined);
    assert.equal(hrefs(first, 'next'), '/en/admin/users?q=paged-&page=2');
    // The role forms carry the search so saving returns to the same list.
    assert.match(first, /<input type="hidden" name="q" value="paged-"/);

    const second = await get(hrefs(first, 'next')!);
    const secondIds = rowIds(second, 'data-user-id');
    assert.equal(secondIds.length, 3);
    assert.ok(
      secondIds.every((id) => !firstIds.includes(id)),
      'no row is on both pages',
    );
    assert.match(second, /paged-52@example\.test/);
    assert.match(second, /Page 2 of 2/);
    assert.equal(hrefs(second, 'prev'), '/en/admin/users?q=paged-');
    assert.equal(hrefs(second, 'next'), undefined);
    assert.match(second, /<input type="hidden" name="page" value="2"/);
  });

  test('a page past the end shows the last page; a bad page number shows the first', async () => {
    assert.match(await get('/en/admin/users?q=paged-&page=99'), /Page 2 of 2/);
    assert.match(await get('/en/admin/users?q=paged-&page=abc'), /Page 1 of 2/);
  });

  test('without a search every account is listed and paged; one page needs no pager', async () => {
    const all = await get('/en/admin/users');
    assert.equal(rowIds(all, 'data-user-id').length, 50);
    assert.match(all, /56 users/); // 53 + 2 + the admin
    const few = await get('/en/admin/users?q=other-');
    assert.equal(rowIds(few, 'data-user-id').length, 2);
    assert.doesNotMatch(few, /class="pager"/);
  });

  test('saving roles returns to the same search and page', async () => {
    const second = await get('/en/admin/users?q=paged-&page=2');
    const id = rowIds(second, 'data-user-id')[0];
    const res = await t.post(`/en/admin/users/${id}/roles`, { editor: '1', q: 'paged-', page: '2' }, admin);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/admin/users?done=1&q=paged-&page=2');
  });

  test('in Chinese', async () => {
    const page = await get('/zh-TW/admin/users?q=paged-&page=2');
    assert.match(page, /共 53 位使用者/);
    assert.match(page, /第 2 頁，共 2 頁/);
    assert.match(page, /上一頁/);
  });
});

describe('admin doctors list', () => {
  before(async () => {
    const hospital = await buildHospital(t.db);
    await t.db.insert(doctors).values(
      Array.from({ length: 51 }, (_, i) => ({
        slug: `paged-doctor-${i}`,
        nameEn: `Doctor ${String(i).padStart(2, '0')}`,
        nameZh: `醫師${i}`,
        hospitalId: hospital.id,
        verified: true,
      })),
    );
  });

  test('50 per page by name, the 51st on page 2, in both languages', async () => {
    const first = await get('/en/admin/doctors');
    assert.equal(rowIds(first, 'data-doctor-id').length, 50);
    assert.match(first, /51 doctors/);
    assert.match(first, /Page 1 of 2/);
    assert.match(first, />Doctor 00</);
    assert.doesNotMatch(first, />Doctor 50</);
    assert.equal(hrefs(first, 'next'), '/en/admin/doctors?page=2');

    const second = await get('/en/admin/doctors?page=2');
    assert.equal(rowIds(second, 'data-doctor-id').length, 1);
    assert.match(second, />Doctor 50</);
    assert.equal(hrefs(second, 'prev'), '/en/admin/doctors');

    const zh = await get('/zh-TW/admin/doctors?page=2');
    assert.match(zh, /共 51 位醫師/);
    assert.match(zh, /第 2 頁，共 2 頁/);
  });

  test('revoking from page 2 returns to page 2', async () => {
    const id = rowIds(await get('/en/admin/doctors?page=2'), 'data-doctor-id')[0];
    const res = await t.post(`/en/admin/doctors/${id}/verification`, { verified: '0', page: '2' }, admin);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/admin/doctors?done=revoked&page=2');
  });

  test('the current section is marked in the admin navigation', async () => {
    const page = await get('/en/admin/doctors');
    assert.match(page, /<a href="\/en\/admin\/doctors" aria-current="page">/);
    assert.doesNotMatch(page, /<a href="\/en\/admin\/users" aria-current/);
  });
});
