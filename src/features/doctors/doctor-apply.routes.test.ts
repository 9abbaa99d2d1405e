/**
 * Doctor verification over HTTP: applying with a licence document (multipart), the checks on
 * the file, who may read it, and the applicant's view of their application.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import { buildDoctor, buildHospital, buildUser, departmentId } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import { auditLog, doctorApplications, licenceDocuments, users } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let hospitalId: number;
let neurologyId: number;
let cardiologyId: number;

export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/** A user who confirmed their email, signed in. */
async function verifiedApplicant() {
  const user = await buildUser(t.db, { roles: [] });
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  return { user, cookie: await t.signIn(user.email) };
}

function applicationForm(
  overrides: Record<string, string | string[]> = {},
  file?: { bytes: Buffer | Uint8Array; name: string; type: string },
) {
  const form = new FormData();
  const fields: Record<string, string | string[]> = {
    nameEn: 'Lin Mei-hua',
    nameZh: '林美華',
    licenceNumber: 'TW-MD-012345',
    hospitalId: String(hospitalId),
    departmentIds: [String(neurologyId), String(cardiologyId)],
    ...overrides,
  };
  for (const [key, value] of Object.entries(fields)) {
    for (const one of ([] as string[]).concat(value)) form.append(key, one);
  }
  const doc = file ?? { bytes: PNG, name: 'licence.png', type: 'image/png' };
  form.append('document', new Blob([new Uint8Array(doc.bytes)], { type: doc.type }), doc.name);
  return form;
}

const apply = (cookie: string, form: FormData, locale = 'en') =>
  t.request(`/${locale}/doctor/apply`, { method: 'POST', body: form, headers: { origin: ORIGIN }, cookie });

before(async () => {
  t = await createTestApp();
  hospitalId = (await buildHospital(t.db, 'Riverside General')).id;
  neurologyId = await departmentId(t.db, 'neurology');
  cardiologyId = await departmentId(t.db, 'cardiology');
});
after(() => t.close());

describe('doctor application', () => {
  test('anonymous visitors are sent to sign in', async () => {
    const res = await t.request('/en/doctor/apply');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/en\/signin\?next=/);
  });

  test('an account whose email is not confirmed cannot apply', async () => {
    const user = await buildUser(t.db, { roles: [] });
    const cookie = await t.signIn(user.email);
    const page = await (await t.request('/en/doctor/apply', { cookie })).text();
    assert.match(page, /confirm your email address first/);
    assert.doesNotMatch(page, /enctype="multipart\/form-data"/);
    const res = await apply(cookie, applicationForm());
    assert.equal(res.status, 422);
    assert.equal(
      (await t.db.select().from(doctorApplications).where(eq(doctorApplications.userId, user.id))).length,
      0,
    );
  });

  test('a PNG application is stored pending with its document; a second one is refused', async () => {
    const { user, cookie } = await verifiedApplicant();
    const form = await (await t.request('/en/doctor/apply', { cookie })).text();
    assert.match(form, /enctype="multipart\/form-data"/);
    assert.match(form, /Riverside General/);

    const res = await apply(
      cookie,
      applicationForm({}, { bytes: PNG, name: '../../etc/我的 "執照".png', type: 'image/png' }),
    );
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/doctor/apply?sent=1');
    const [application] = await t.db
      .select()
      .from(doctorApplications)
      .where(eq(doctorApplications.userId, user.id));
    assert.equal(application?.status, 'pending');
    assert.deepEqual(application?.departmentIds, [neurologyId, cardiologyId]);
    const [doc] = await t.db
      .select()
      .from(licenceDocuments)
      .where(eq(licenceDocuments.applicationId, application!.id));
    assert.equal(doc?.contentType, 'image/png');
    assert.equal(doc?.fileName, '我的 執照.png');
    assert.deepEqual(new Uint8Array(doc!.content), new Uint8Array(PNG));
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(application!.id)));
    assert.equal(audits[0]?.action, 'doctor_application.submit');

    const page = await (await t.request('/en/doctor/apply?sent=1', { cookie })).text();
    assert.match(page, /Waiting for review/);
    assert.doesNotMatch(page, /enctype="multipart\/form-data"/, 'no second form while one is pending');
    const again = await apply(cookie, applicationForm());
    assert.equal(again.status, 422);
    assert.match(await again.text(), /already have an application waiting/);
    assert.equal(
      (await t.db.select().from(doctorApplications).where(eq(doctorApplications.userId, user.id))).length,
      1,
    );
  });

  test('a text file named .pdf and sent as application/pdf is refused, the entries are kept', async () => {
    const { user, cookie } = await verifiedApplicant();
    const res = await apply(
      cookie,
      applicationForm(
        { nameEn: 'Keep <Me>' },
        { bytes: Buffer.from('just text, not a PDF'), name: 'licence.pdf', type: 'application/pdf' },
      ),
    );
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /not a PDF, PNG or JPEG document/);
    assert.match(html, /value="Keep &lt;Me&gt;"/);
    assert.match(html, /value="TW-MD-012345"/);
    assert.match(html, new RegExp(`value="${cardiologyId}" checked`));
    assert.match(html, /please choose the document again/);
    assert.equal(
      (await t.db.select().from(doctorApplications).where(eq(doctorApplications.userId, user.id))).length,
      0,
    );
  });

  test('missing fields and no file are all reported at once', async () => {
    const { cookie } = await verifiedApplicant();
    const form = new FormData();
    form.append('nameEn', 'Only a name');
    const res = await apply(cookie, form);
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /id="nameZh-error"/);
    assert.match(html, /Please choose a hospital from the list/);
    assert.match(html, /Please choose at least one department/);
    assert.match(html, /Please choose your licence document/);
  });

  test('a file over the limit gets an inline error; a far larger body is cut off with 413', async () => {
    const { user, cookie } = await verifiedApplicant();
    const max = getConfig().LICENCE_MAX_BYTES;
    const over = Buffer.concat([PDF, Buffer.alloc(max + 1 - PDF.length)]);
    const res = await apply(
      cookie,
      applicationForm({}, { bytes: over, name: 'big.pdf', type: 'application/pdf' }),
    );
    assert.equal(res.status, 422);
    assert.match(await res.text(), /This file is too large; the limit is 5 MB/);
    const huge = Buffer.concat([PDF, Buffer.alloc(max + 600 * 1024)]);
    const cut = await apply(
      cookie,
      applicationForm({}, { bytes: huge, name: 'huge.pdf', type: 'application/pdf' }),
    );
    assert.equal(cut.status, 413);
    assert.equal(
      (await t.db.select().from(doctorApplications).where(eq(doctorApplications.userId, user.id))).length,
      0,
    );
  });

  test('the document is served to the applicant and admins only; everyone else gets 404', async () => {
    const { cookie } = await verifiedApplicant();
    const res = await apply(
      cookie,
      applicationForm({}, { bytes: PDF, name: 'scan.pdf', type: 'application/pdf' }),
    );
    assert.equal(res.status, 303);
    const [row] = await t.db
      .select({ id: licenceDocuments.applicationId })
      .from(licenceDocuments)
      .where(eq(licenceDocuments.fileName, 'scan.pdf'));
    const path = `/en/admin/applications/${row!.id}/document`;

    const own = await t.request(path, { cookie });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('content-type'), 'application/pdf');
    assert.equal(own.headers.get('x-content-type-options'), 'nosniff');
    assert.match(own.headers.get('content-disposition') ?? '', /^attachment; filename="scan.pdf"/);
    assert.deepEqual(new Uint8Array(await own.arrayBuffer()), new Uint8Array(PDF));

    const admin = await buildUser(t.db, { roles: ['admin'] });
    assert.equal((await t.request(path, { cookie: await t.signIn(admin.email) })).status, 200);

    const other = await verifiedApplicant();
    for (const cookieOf of [
      other.cookie,
      await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email),
      undefined,
    ]) {
      const res = await t.request(path, { cookie: cookieOf });
      assert.equal(res.status, 404, 'another user, an editor and anonymous get 404');
      assert.doesNotMatch(await res.text(), /%PDF/);
    }
    assert.equal((await t.request('/en/admin/applications/999999/document', { cookie })).status, 404);
  });

  test('a verified doctor (no application) is told so and sees no form', async () => {
    const profile = await buildDoctor(t.db, { departments: ['neurology'] });
    const user = await buildUser(t.db, { roles: ['doctor'], doctorId: profile.id });
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    const page = await (await t.request('/en/doctor/apply', { cookie: await t.signIn(user.email) })).text();
    assert.match(page, /Approved: you are a verified doctor/);
    assert.doesNotMatch(page, /enctype="multipart\/form-data"/);
  });
});
