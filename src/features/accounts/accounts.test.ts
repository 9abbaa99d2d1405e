import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { findUserByEmail } from './accounts.repository.ts';
import { setPassword } from './accounts.service.ts';
import { activeDemoAccounts, ensureDemoAccounts } from './demo-accounts.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('sign-in: a wrong password and an unknown email get the same answer; sign-out ends the session', async () => {
  const user = await buildUser(t.db, { roles: ['editor'] });
  const wrong = await t.post('/en/signin', { email: user.email, password: 'not the password' });
  const unknown = await t.post('/en/signin', { email: 'nobody@example.test', password: TEST_PASSWORD });
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  const message = (html: string) => /class="form-error"[^>]*>([^<]*)</.exec(html)?.[1];
  assert.equal(message(await wrong.text()), message(await unknown.text()));

  const ok = await t.post('/en/signin', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
  assert.equal(ok.status, 303);
  const setCookie = ok.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  const cookie = setCookie.split(';')[0]!;
  assert.equal((await t.request('/en/editor', { cookie })).status, 200);
  await t.post('/en/signout', {}, cookie);
  const after = await t.request('/en/editor', { cookie });
  assert.equal(after.status, 303, 'the old cookie no longer signs in');
});

test('sign-in only redirects to paths on this site', async () => {
  const user = await buildUser(t.db, { roles: ['editor'] });
  const res = await t.post('/en/signin', {
    email: user.email,
    password: TEST_PASSWORD,
    next: '//evil.example/x',
  });
  assert.equal(res.headers.get('location'), '/en');
});

test('demo accounts are created once and listed while their demo password still works', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['cardiology'] });
  await buildQuestion(t.db, { status: 'approved', department: 'cardiology' });
  await ensureDemoAccounts(t.db);
  await ensureDemoAccounts(t.db);
  const active = await activeDemoAccounts(t.db);
  const demoEditor = await findUserByEmail(t.db, 'editor@demo.openconsult.test');
  assert.ok(demoEditor?.emailVerifiedAt instanceof Date, 'demo addresses count as verified');
  assert.deepEqual(
    active.map((a) => a.role),
    ['admin', 'editor', 'doctor'],
  );
  const doctorCookie = await (async () => {
    const res = await t.post('/en/signin', {
      email: 'doctor@demo.openconsult.test',
      password: 'demo-doctor-pass',
    });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  })();
  const queue = await (await t.request('/en/doctor', { cookie: doctorCookie })).text();
  assert.match(queue, /data-question-id=/, 'the demo doctor has questions waiting');
  assert.ok(doctor.id > 0);
  await setPassword(t.db, 'editor@demo.openconsult.test', 'a new private password');
  assert.deepEqual(
    (await activeDemoAccounts(t.db)).map((a) => a.role),
    ['admin', 'doctor'],
  );
});
