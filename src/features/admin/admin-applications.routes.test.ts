/**
 * The admin side of doctor verification over HTTP: the pending list, approving (profile, role,
 * audit, email in the applicant's language), rejecting with a reason, revoking verification, and
 * that only admins reach any of it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import {
  buildDoctor,
  buildHospital,
  buildQuestion,
  buildUser,
  departmentId,
} from '../../../test/factories.ts';
import { auditLog, doctorApplications, doctorDepartments, doctors, outbox, users } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let adminId: number;
let editor: string;
let hospitalId: number;
let neurologyId: number;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A confirmed user who applied (in `locale`); returns their id, cookie and application id. */
async function applicant(locale: 'en' | 'zh-TW', nameEn: string) {
  const user = await buildUser(t.db, { roles: [] });
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  const cookie = await t.signIn(user.email);
  const form = new FormData();
  for (const [k, v] of Object.entries({
    nameEn,
    nameZh: '王小明',
    licenceNumber: `MD-${nameEn.length}`,
    hospitalId: String(hospitalId),
  })) {
    form.append(k, v);
  }
  form.append('departmentIds', String(neurologyId));
  form.append('document', new Blob([PNG], { type: 'image/png' }), 'licence.png');
  const res = await t.request(`/${locale}/doctor/apply`, {
    method: 'POST',
    body: form,
    headers: { origin: ORIGIN },
    cookie,
  });
  assert.equal(res.status, 303);
  const [row] = await t.db.select().from(doctorApplications).where(eq(doctorApplications.userId, user.id));
  return { user, cookie, applicationId: row!.id };
}

const lastAudit = async (action: string) =>
  (
    await t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1)
  )[0];

before(async () => {
  t = await createTestApp();
  const adminUser = await buildUser(t.db, { roles: ['admin'] });
  adminId = adminUser.id;
  admin = await t.signIn(adminUser.email);
  editor = await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email);
  hospitalId = (await buildHospital(t.db, 'Harbour Hospital')).id;
  neurologyId = await departmentId(t.db, 'neurology');
});
after(() => t.close());

describe('admin: doctor applications', () => {
  test('only admins reach the admin pages: anonymous signs in, other roles get 404', async () => {
    const paths = [
      '/en/admin',
      '/en/admin/doctors',
      '/en/admin/hospitals',
      '/en/admin/departments',
      '/en/admin/settings',
      '/en/admin/audit',
      '/en/admin/users',
    ];
    for (const path of paths) {
      assert.equal((await t.request(path)).status, 303, `${path} anonymous`);
      assert.equal((await t.request(path, { cookie: editor })).status, 404, `${path} editor`);
      assert.equal((await t.request(path, { cookie: admin })).status, 200, `${path} admin`);
    }
    assert.equal((await t.post('/en/admin/applications/1/approve', {}, editor)).status, 404);
  });

  test('pending applications are listed oldest first; approving creates a verified doctor and emails in Chinese', async () => {
    const first = await applicant('zh-TW', 'Wang Xiao-ming');
    const second = await applicant('en', 'Second Applicant');
    const list = await (await t.request('/en/admin', { cookie: admin })).text();
    const a = list.indexOf(`/en/admin/applications/${first.applicationId}"`);
    const b = list.indexOf(`/en/admin/applications/${second.applicationId}"`);
    assert.ok(a > 0 && b > a, 'oldest first');

    const page = await (
      await t.request(`/en/admin/applications/${first.applicationId}`, { cookie: admin })
    ).text();
    assert.match(page, /Download licence\.png/);
    assert.match(page, /Harbour Hospital/);

    const sentBefore = t.jobs.sent.length;
    const res = await t.post(`/en/admin/applications/${first.applicationId}/approve`, {}, admin);
    assert.equal(res.status, 303);
    const [doctor] = await t.db.select().from(doctors).where(eq(doctors.userId, first.user.id));
    assert.equal(doctor?.verified, true);
    assert.equal(doctor?.licenceNumber, 'MD-14');
    assert.equal(doctor?.hospitalId, hospitalId);
    assert.equal(doctor?.slug, 'wang-xiao-ming');
    const depts = await t.db
      .select()
      .from(doctorDepartments)
      .where(eq(doctorDepartments.doctorId, doctor!.id));
    assert.deepEqual(
      depts.map((d) => d.departmentId),
      [neurologyId],
    );
    const [user] = await t.db.select().from(users).where(eq(users.id, first.user.id));
    assert.ok(user?.roles.includes('doctor'));
    const audit = await lastAudit('doctor_application.approve');
    assert.equal(audit?.actorUserId, adminId);
    assert.equal(audit?.targetId, String(first.applicationId));
    const jobs = t.jobs.sent.slice(sentBefore);
    assert.equal(jobs[0]?.name, 'send-email');
    const [mail] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, (jobs[0]!.payload as { outboxId: number }).outboxId));
    assert.equal(mail?.to, first.user.email);
    assert.equal(mail?.subject, '您的醫師申請已核准');
    assert.match(mail!.text, /\/zh-TW\/doctor/);

    const own = await (await t.request('/zh-TW/doctor/apply', { cookie: first.cookie })).text();
    assert.match(own, /已核准：您已是認證醫師/);
    assert.doesNotMatch(own, /enctype="multipart\/form-data"/);
    assert.equal(
      (await t.request('/zh-TW/doctor', { cookie: first.cookie })).status,
      200,
      'the doctor area opens',
    );
    const profile = await (await t.request(`/en/doctors/${doctor!.slug}`)).text();
    assert.match(profile, /<span aria-hidden="true">✓<\/span> Verified doctor/);

    const again = await t.post(`/en/admin/applications/${first.applicationId}/approve`, {}, admin);
    assert.equal(again.status, 409, 'a decided application cannot be decided again');
  });

  test('rejecting needs a reason, which the applicant reads on the page and in the email', async () => {
    const { user, cookie, applicationId } = await applicant('en', 'Rejected Person');
    const empty = await t.post(`/en/admin/applications/${applicationId}/reject`, { reason: '  ' }, admin);
    assert.equal(empty.status, 422);
    assert.match(await empty.text(), /id="reason-error"[^>]*>Please give a reason/);
    const res = await t.post(
      `/en/admin/applications/${applicationId}/reject`,
      { reason: 'The licence scan is unreadable.' },
      admin,
    );
    assert.equal(res.status, 303);
    const [row] = await t.db
      .select()
      .from(doctorApplications)
      .where(eq(doctorApplications.id, applicationId));
    assert.equal(row?.status, 'rejected');
    assert.equal(row?.reviewedBy, adminId);
    assert.equal((await lastAudit('doctor_application.reject'))?.targetId, String(applicationId));
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, user.email));
    assert.equal(mail?.subject, 'Your doctor application was not approved');
    assert.match(mail!.text, /The licence scan is unreadable\./);
    const page = await (await t.request('/en/doctor/apply', { cookie })).text();
    assert.match(page, /Not approved/);
    assert.match(page, /Reason: The licence scan is unreadable\./);
    assert.match(page, /enctype="multipart\/form-data"/, 'may apply again');
    assert.equal((await t.db.select().from(doctors).where(eq(doctors.userId, user.id))).length, 0);
  });

  test('revoking verification stops claiming and answering (404) until it is restored; both audited', async () => {
    const profile = await buildDoctor(t.db, { departments: ['neurology'] });
    const doctorCookie = await t.signIn(
      (await buildUser(t.db, { roles: ['doctor'], doctorId: profile.id })).email,
    );
    const question = await buildQuestion(t.db, { status: 'approved' });
    const published = await buildQuestion(t.db, { answeredBy: profile.id });
    const mark = /<span class="verified"[^>]*><span aria-hidden="true">✓<\/span> Verified doctor<\/span>/;
    assert.match(
      await (await t.request(`/en/questions/${published.id}`)).text(),
      mark,
      'the Q&A page marks the reply',
    );
    assert.match(await (await t.request(`/zh-TW/questions/${published.id}`)).text(), /已認證醫師/);
    const res = await t.post(
      `/en/admin/doctors/${profile.id}/verification`,
      { verified: '0', reason: 'Licence expired' },
      admin,
    );
    assert.equal(res.status, 303);
    assert.equal((await t.db.select().from(doctors).where(eq(doctors.id, profile.id)))[0]?.verified, false);
    const audit = await lastAudit('doctor.revoke_verification');
    assert.equal(audit?.targetId, String(profile.id));
    assert.deepEqual(audit?.details, { reason: 'Licence expired' });
    assert.equal((await t.post(`/en/doctor/questions/${question.id}/claim`, {}, doctorCookie)).status, 404);
    const body = 'Twitching eyelids are common and usually harmless; rest and less coffee help.';
    assert.equal(
      (await t.post(`/en/doctor/questions/${question.id}/reply`, { body }, doctorCookie)).status,
      404,
    );
    assert.doesNotMatch(
      await (await t.request(`/en/questions/${published.id}`)).text(),
      mark,
      'no mark once revoked',
    );

    assert.equal(
      (await t.post(`/en/admin/doctors/${profile.id}/verification`, { verified: '1' }, admin)).status,
      303,
    );
    assert.ok(await lastAudit('doctor.verify'));
    assert.equal((await t.post(`/en/doctor/questions/${question.id}/claim`, {}, doctorCookie)).status, 303);
    const list = await (await t.request('/en/admin/doctors', { cookie: admin })).text();
    assert.match(list, new RegExp(`data-doctor-id="${profile.id}"`));
    assert.equal(
      (
        await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.targetType, 'doctor'), eq(auditLog.targetId, String(profile.id))))
      ).length,
      2,
    );
  });

  test('approving a user who already has a doctor profile updates and verifies that profile', async () => {
    const existing = await buildDoctor(t.db, { departments: ['cardiology'] });
    await t.db.update(doctors).set({ verified: false }).where(eq(doctors.id, existing.id));
    const user = await buildUser(t.db, { roles: [], doctorId: existing.id });
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    const cookie = await t.signIn(user.email);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      nameEn: 'Renamed Doctor',
      nameZh: '改名醫師',
      licenceNumber: 'MD-NEW-1',
      hospitalId: String(hospitalId),
    })) {
      form.append(k, v);
    }
    form.append('departmentIds', String(neurologyId));
    form.append('document', new Blob([PNG], { type: 'image/png' }), 'licence.png');
    const res = await t.request('/en/doctor/apply', {
      method: 'POST',
      body: form,
      headers: { origin: ORIGIN },
      cookie,
    });
    assert.equal(res.status, 303);
    const [application] = await t.db
      .select()
      .from(doctorApplications)
      .where(eq(doctorApplications.userId, user.id));
    assert.equal((await t.post(`/en/admin/applications/${application!.id}/approve`, {}, admin)).status, 303);
    const profiles = await t.db.select().from(doctors).where(eq(doctors.userId, user.id));
    assert.equal(profiles.length, 1, 'no second profile');
    assert.equal(profiles[0]?.id, existing.id);
    assert.equal(profiles[0]?.verified, true);
    assert.equal(profiles[0]?.nameEn, 'Renamed Doctor');
    assert.equal(profiles[0]?.hospitalId, hospitalId);
    const depts = await t.db
      .select()
      .from(doctorDepartments)
      .where(eq(doctorDepartments.doctorId, existing.id));
    assert.deepEqual(
      depts.map((d) => d.departmentId),
      [neurologyId],
      'departments replaced by the application',
    );
    assert.equal(
      (await t.db.select().from(doctorApplications).where(eq(doctorApplications.id, application!.id)))[0]
        ?.doctorId,
      existing.id,
    );
  });
});
