/** Admins manage hospitals and departments: validation, unique slugs, edits, and no deletion of what is used. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { auditLog, departments, hospitals } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;

before(async () => {
  t = await createTestApp();
  admin = await t.signIn((await buildUser(t.db, { roles: ['admin'] })).email);
});
after(() => t.close());

const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

describe('admin: hospitals', () => {
  test('create with validation and a unique slug, edit, and the audit entries', async () => {
    const bad = await t.post(
      '/en/admin/hospitals',
      { nameEn: 'North Clinic', nameZh: '', slug: 'North Clinic!' },
      admin,
    );
    assert.equal(bad.status, 422);
    const html = await bad.text();
    assert.match(html, /id="slug-error"[^>]*>Use lower-case letters/);
    assert.match(html, /id="nameZh-error"/);
    assert.match(html, /value="North Clinic"/, 'entries are kept');

    const res = await t.post(
      '/en/admin/hospitals',
      { nameEn: 'North Clinic', nameZh: '北區診所', slug: 'north-clinic', city: 'Taichung' },
      admin,
    );
    assert.equal(res.status, 303);
    const [row] = await t.db.select().from(hospitals).where(eq(hospitals.slug, 'north-clinic'));
    assert.equal(row?.city, 'Taichung');
    assert.equal((await lastAudit())?.action, 'hospital.create');

    const dup = await t.post(
      '/en/admin/hospitals',
      { nameEn: 'Other', nameZh: '其他', slug: 'north-clinic' },
      admin,
    );
    assert.equal(dup.status, 422);
    assert.match(await dup.text(), /Another entry already uses this address/);

    const edit = await t.post(
      `/en/admin/hospitals/${row!.id}`,
      { nameEn: 'North City Clinic', nameZh: '北區診所', slug: 'north-clinic', city: '' },
      admin,
    );
    assert.equal(edit.status, 303);
    const [edited] = await t.db.select().from(hospitals).where(eq(hospitals.id, row!.id));
    assert.equal(edited?.nameEn, 'North City Clinic');
    assert.equal(edited?.city, null);
    assert.equal((await lastAudit())?.action, 'hospital.update');
    assert.match(
      await (await t.request(`/zh-TW/admin/hospitals/${row!.id}`, { cookie: admin })).text(),
      /北區診所/,
    );
  });

  test('a hospital still named by a doctor cannot be deleted and the form says why; an unused one can', async () => {
    const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
    const res = await t.post(`/en/admin/hospitals/${doctor.hospitalId}/delete`, {}, admin);
    assert.equal(res.status, 422);
    assert.match(await res.text(), /cannot be deleted: 1 doctor profile\(s\) and 0 application\(s\)/);
    assert.equal((await t.db.select().from(hospitals).where(eq(hospitals.id, doctor.hospitalId))).length, 1);

    const zh = await t.post(`/zh-TW/admin/hospitals/${doctor.hospitalId}/delete`, {}, admin);
    assert.match(await zh.text(), /此醫院無法刪除/);

    const created = await t.post(
      '/en/admin/hospitals',
      { nameEn: 'Temp', nameZh: '暫時', slug: 'temp-hospital' },
      admin,
    );
    const id = Number(/\/hospitals\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1]);
    assert.equal((await t.post(`/en/admin/hospitals/${id}/delete`, {}, admin)).status, 303);
    assert.equal((await t.db.select().from(hospitals).where(eq(hospitals.id, id))).length, 0);
    assert.equal((await lastAudit())?.action, 'hospital.delete');
  });
});

describe('admin: departments', () => {
  test('create with descriptions and order; catalog departments keep their slug and cannot be deleted', async () => {
    const res = await t.post(
      '/en/admin/departments',
      {
        nameEn: 'Sleep Medicine',
        nameZh: '睡眠醫學科',
        slug: 'sleep-medicine',
        descriptionEn: 'Sleep problems.',
        descriptionZh: '睡眠問題。',
        sortOrder: '5',
      },
      admin,
    );
    assert.equal(res.status, 303);
    const [row] = await t.db.select().from(departments).where(eq(departments.slug, 'sleep-medicine'));
    assert.equal(row?.sortOrder, 5);
    assert.equal(row?.descriptionZh, '睡眠問題。');

    const badOrder = await t.post(
      '/en/admin/departments',
      { nameEn: 'X', nameZh: 'X', slug: 'x-dept', sortOrder: 'first' },
      admin,
    );
    assert.equal(badOrder.status, 422);
    assert.match(await badOrder.text(), /id="sortOrder-error"/);

    const [neurology] = await t.db.select().from(departments).where(eq(departments.slug, 'neurology'));
    const rename = await t.post(
      `/en/admin/departments/${neurology!.id}`,
      { nameEn: 'Neurology', nameZh: '神經內科', slug: 'brain', sortOrder: '1' },
      admin,
    );
    assert.equal(rename.status, 422);
    assert.match(await rename.text(), /built-in catalog: its address cannot change/);
    const del = await t.post(`/en/admin/departments/${neurology!.id}/delete`, {}, admin);
    assert.equal(del.status, 422);
    assert.match(await del.text(), /built-in catalog/);
  });

  test('a department with questions cannot be deleted (the form counts them); an unused one can', async () => {
    await t.post(
      '/en/admin/departments',
      { nameEn: 'Travel Medicine', nameZh: '旅遊醫學科', slug: 'travel-medicine', sortOrder: '900' },
      admin,
    );
    const [row] = await t.db.select().from(departments).where(eq(departments.slug, 'travel-medicine'));
    await buildQuestion(t.db, { department: 'travel-medicine' });
    const res = await t.post(`/en/admin/departments/${row!.id}/delete`, {}, admin);
    assert.equal(res.status, 422);
    assert.match(await res.text(), /still used by 1 question\(s\)/);

    await t.post(
      '/en/admin/departments',
      { nameEn: 'Unused', nameZh: '未使用', slug: 'unused-dept', sortOrder: '901' },
      admin,
    );
    const [unused] = await t.db.select().from(departments).where(eq(departments.slug, 'unused-dept'));
    assert.equal((await t.post(`/en/admin/departments/${unused!.id}/delete`, {}, admin)).status, 303);
    assert.equal((await lastAudit())?.action, 'department.delete');
  });
});
