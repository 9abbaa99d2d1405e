/**
 * Doctor verification in Chromium: a user applies with a PNG licence (after one wrong file), an
 * admin approves it in the admin area, and the new doctor opens their department's queue.
 * Screenshots of every page on the way go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { users } from '../src/db/schema.ts';
import { buildHospital, buildQuestion, buildUser } from '../test/factories.ts';
import { signIn } from './actions.ts';
import {
  clickAndWait,
  launchBrowser,
  open,
  screenshot,
  startTestServer,
  type TestServer,
  watchForErrors,
} from './browser.ts';

let browser: Browser;
let server: TestServer;
const problems: string[] = [];
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newVisitor(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  return page;
}

test('a user applies with a PNG, an admin approves, the doctor sees the queue', {
  timeout: 180_000,
}, async () => {
  await buildHospital(server.db, 'Lakeside Memorial Hospital');
  const question = await buildQuestion(server.db, {
    status: 'approved',
    title: 'Eyelid twitching for two weeks',
  });
  const adminUser = await buildUser(server.db, { roles: ['admin'], email: 'admin-e2e@example.test' });
  const applicantUser = await buildUser(server.db, { roles: [], email: 'applicant-e2e@example.test' });
  await server.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, applicantUser.id));

  const applicant = await newVisitor();
  await signIn(applicant, server.baseUrl, applicantUser.email);
  await open(applicant, `${server.baseUrl}/en/doctor/apply`);
  await applicant.getByLabel('Name in English').fill('Chen Yi-ting');
  await applicant.getByLabel('Name in Chinese').fill('陳怡婷');
  await applicant.getByLabel('Licence number').fill('TW-MD-778899');
  await applicant.getByLabel('Hospital').selectOption({ label: 'Lakeside Memorial Hospital' });
  await applicant.getByRole('checkbox', { name: 'Neurology', exact: true }).check();
  // A text file with a PDF name first: refused by its content, entries kept.
  await applicant
    .getByLabel('Licence document')
    .setInputFiles({ name: 'licence.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
  let response = await clickAndWait(applicant, applicant.getByRole('button', { name: 'Send application' }));
  assert.equal(response.status(), 422);
  assert.ok(await applicant.getByText(/not a PDF, PNG or JPEG document/).isVisible());
  assert.equal(await applicant.getByLabel('Licence number').inputValue(), 'TW-MD-778899');
  assert.ok(await applicant.getByRole('checkbox', { name: 'Neurology', exact: true }).isChecked());
  await screenshot(applicant, 'doctor-apply-error-en');

  await applicant
    .getByLabel('Licence document')
    .setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: PNG });
  response = await clickAndWait(applicant, applicant.getByRole('button', { name: 'Send application' }));
  assert.equal(response.status(), 200);
  assert.ok(await applicant.getByText('Waiting for review').isVisible());
  await screenshot(applicant, 'doctor-apply-pending-en');

  const admin = await newVisitor();
  await signIn(admin, server.baseUrl, adminUser.email);
  // The form in Chinese, as another confirmed account sees it (the admin's, before deciding).
  await server.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, adminUser.id));
  await open(admin, `${server.baseUrl}/zh-TW/doctor/apply`);
  assert.ok(await admin.getByLabel('執照文件').isVisible());
  await screenshot(admin, 'doctor-apply-form-zh');
  await open(admin, `${server.baseUrl}/en`);
  await clickAndWait(
    admin,
    admin.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Admin' }),
  );
  await screenshot(admin, 'admin-pending-en');
  await clickAndWait(admin, admin.getByRole('link', { name: 'Chen Yi-ting' }));
  assert.ok(await admin.getByRole('link', { name: /Download licence\.png/ }).isVisible());
  await screenshot(admin, 'admin-application-en');
  await clickAndWait(admin, admin.getByRole('button', { name: 'Approve and verify' }));
  assert.ok(await admin.getByText('The application was approved').isVisible());
  for (const [path, name] of [
    ['/en/admin/doctors', 'admin-doctors-en'],
    ['/en/admin/hospitals', 'admin-hospitals-en'],
    ['/en/admin/settings', 'admin-settings-en'],
    ['/en/admin/audit', 'admin-audit-en'],
    ['/en/admin/users', 'admin-users-en'],
    ['/zh-TW/admin/departments', 'admin-departments-zh'],
  ]) {
    await open(admin, `${server.baseUrl}${path}`);
    await screenshot(admin, name!);
  }
  assert.ok((await admin.getByRole('cell', { name: 'doctor_application.approve' }).count()) === 0);

  await open(applicant, `${server.baseUrl}/en/doctor/apply`);
  assert.ok(await applicant.getByText('Approved: you are a verified doctor').isVisible());
  await screenshot(applicant, 'doctor-apply-approved-en');
  await clickAndWait(applicant, applicant.getByRole('link', { name: 'Go to the doctor area' }));
  assert.ok(
    await applicant.getByRole('link', { name: question.title }).isVisible(),
    'the queue lists the question',
  );
  await screenshot(applicant, 'doctor-queue-after-approval-en');

  await open(admin, `${server.baseUrl}/en/admin/audit?action=doctor_application.approve`);
  assert.equal(await admin.locator('[data-audit-id]').count(), 1);
  assert.deepEqual(problems, []);
});
