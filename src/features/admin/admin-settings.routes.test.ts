/** Admin settings, users' roles and the audit-log page with its filters and pages. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildUser } from '../../../test/factories.ts';
import { auditLog, users } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { startOfDay } from './admin-audit.routes.tsx';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let adminUser: Awaited<ReturnType<typeof buildUser>>;

before(async () => {
  t = await createTestApp();
  adminUser = await buildUser(t.db, { roles: ['admin'] });
  admin = await t.signIn(adminUser.email);
});
after(() => t.close());

describe('admin: settings', () => {
  test('shows the current values, refuses a bad number inline, saves and audits changes only', async () => {
    const page = await (await t.request('/en/admin/settings', { cookie: admin })).text();
    assert.match(page, /name="reviewAnswers" value="1" checked/);
    assert.match(page, /name="answerTargetHours"[^>]*value="72"/);

    const bad = await t.post('/en/admin/settings', { reviewAnswers: '1', answerTargetHours: '0' }, admin);
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /id="answerTargetHours-error"[^>]*>Please enter a whole number/);
    assert.equal((await getSettings(t.db)).answerTargetHours, 72);

    const res = await t.post('/en/admin/settings', { answerTargetHours: '48' }, admin);
    assert.equal(res.status, 303);
    assert.deepEqual(await getSettings(t.db), { reviewAnswers: false, answerTargetHours: 48 });
    const changes = await t.db.select().from(auditLog).where(eq(auditLog.action, 'setting.change'));
    assert.deepEqual(changes.map((c) => c.targetId).sort(), ['answerTargetHours', 'reviewAnswers']);
    assert.ok(changes.every((c) => c.actorUserId === adminUser.id));
  });
});

describe('admin: users and roles', () => {
  test('grants and revokes editor, audited; an admin cannot drop their own admin role', async () => {
    const user = await buildUser(t.db, { roles: ['doctor'], email: 'someone-roles@example.test' });
    const list = await (await t.request('/en/admin/users?q=someone-roles', { cookie: admin })).text();
    assert.match(list, new RegExp(`data-user-id="${user.id}"`));
    assert.equal((await t.post(`/en/admin/users/${user.id}/roles`, { editor: '1' }, admin)).status, 303);
    assert.deepEqual((await t.db.select().from(users).where(eq(users.id, user.id)))[0]?.roles, [
      'doctor',
      'editor',
    ]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.roles'));
    assert.deepEqual(entry?.details, { before: ['doctor'], after: ['doctor', 'editor'] });
    assert.equal((await t.post(`/en/admin/users/${user.id}/roles`, {}, admin)).status, 303);
    assert.deepEqual((await t.db.select().from(users).where(eq(users.id, user.id)))[0]?.roles, ['doctor']);

    const own = await t.post(`/en/admin/users/${adminUser.id}/roles`, { editor: '1' }, admin);
    assert.equal(own.headers.get('location'), '/en/admin/users?error=own_admin');
    assert.deepEqual((await t.db.select().from(users).where(eq(users.id, adminUser.id)))[0]?.roles, [
      'admin',
    ]);
    const editor = await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email);
    assert.equal((await t.post(`/en/admin/users/${user.id}/roles`, { admin: '1' }, editor)).status, 404);
  });
});

describe('admin: audit log', () => {
  test('filters by action, actor and date range, and pages by 50', async () => {
    for (let i = 0; i < 55; i++) {
      await recordAudit(t.db, {
        actorUserId: adminUser.id,
        action: 'test.bulk',
        targetType: 'thing',
        targetId: i,
      });
    }
    await recordAudit(t.db, { actorUserId: null, action: 'test.other', targetType: 'thing', targetId: 'x' });
    const page1 = await (await t.request('/en/admin/audit?action=test.bulk', { cookie: admin })).text();
    assert.equal(page1.match(/data-audit-id=/g)?.length, 50);
    assert.match(page1, /rel="next" href="\/en\/admin\/audit\?action=test.bulk&amp;page=2"/);
    const page2 = await (
      await t.request('/en/admin/audit?action=test.bulk&page=2', { cookie: admin })
    ).text();
    assert.equal(page2.match(/data-audit-id=/g)?.length, 5);
    assert.doesNotMatch(page2, /rel="next"/);

    const byActor = await (
      await t.request(`/en/admin/audit?actor=${encodeURIComponent(adminUser.email)}&targetId=7`, {
        cookie: admin,
      })
    ).text();
    assert.equal(byActor.match(/data-audit-id=/g)?.length, 1);
    assert.match(byActor, /thing #7/);
    const unknownActor = await (
      await t.request('/en/admin/audit?actor=nobody@example.test', { cookie: admin })
    ).text();
    assert.match(unknownActor, /No entry matches/);

    const [old] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.other'));
    await t.db
      .update(auditLog)
      .set({ createdAt: new Date('2020-01-15T12:00:00Z') })
      .where(eq(auditLog.id, old!.id));
    const ranged = await (
      await t.request('/en/admin/audit?from=2020-01-15&to=2020-01-15', { cookie: admin })
    ).text();
    assert.equal(ranged.match(/data-audit-id=/g)?.length, 1);
    assert.match(ranged, /test\.other/);
    assert.match(ranged, /<td>system<\/td>/);
    const before = await (await t.request('/en/admin/audit?to=2020-01-14', { cookie: admin })).text();
    assert.match(before, /No entry matches/);
    assert.equal((await t.request('/en/admin/audit?from=not-a-date', { cookie: admin })).status, 200);
  });

  test('days start at midnight in the site time zone', () => {
    assert.equal(startOfDay('2024-03-01', 'Asia/Taipei').toISOString(), '2024-02-29T16:00:00.000Z');
    assert.equal(startOfDay('2024-07-01', 'UTC').toISOString(), '2024-07-01T00:00:00.000Z');
  });
});
