/** Unpublished questions are reachable only by their asker, editors and doctors of the department. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { QUESTION_STATUSES } from '../../db/schema.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('who can see a question in each status', async () => {
  const neuro = await buildDoctor(t.db, { departments: ['neurology'] });
  const derm = await buildDoctor(t.db, { departments: ['dermatology'] });
  const cookies = {
    anonymous: undefined,
    neurologist: await t.signIn((await buildUser(t.db, { roles: ['doctor'], doctorId: neuro.id })).email),
    dermatologist: await t.signIn((await buildUser(t.db, { roles: ['doctor'], doctorId: derm.id })).email),
    editor: await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email),
    asker: undefined,
  };
  // status → who gets 200 on the public page (everyone else 404)
  const expected: Record<string, string[]> = {
    submitted: ['editor'],
    approved: ['neurologist', 'editor'],
    needs_info: ['neurologist', 'editor'],
    answered: ['neurologist', 'editor'],
    published: ['anonymous', 'neurologist', 'dermatologist', 'editor', 'asker'],
    rejected: ['editor'],
    removed: ['editor'],
    withdrawn: ['editor'],
  };
  assert.deepEqual(Object.keys(expected).sort(), [...QUESTION_STATUSES].sort(), 'every status is checked');
  for (const [status, allowed] of Object.entries(expected)) {
    const token = `token-${status}`;
    const question = await buildQuestion(t.db, {
      status: status as 'submitted',
      department: 'neurology',
      token,
      answeredBy: status === 'answered' || status === 'published' ? neuro.id : undefined,
    });
    for (const [who, cookie] of Object.entries(cookies)) {
      const res = await t.request(`/en/questions/${question.id}`, { cookie });
      assert.equal(res.status, allowed.includes(who) ? 200 : 404, `${who} on a ${status} question`);
      if (res.status === 404) assert.doesNotMatch(await res.text(), new RegExp(question.title));
    }
    // The asker's status link works in every status.
    const own = await t.request(`/en/status/${token}`);
    assert.equal(own.status, 200, `asker's link on a ${status} question`);
  }
  // Guessed ids of questions that do not exist look exactly like hidden ones.
  assert.equal((await t.request('/en/questions/999999')).status, 404);
  assert.equal((await t.request('/en/questions/abc')).status, 404);
  assert.equal((await t.request('/api/v1/questions/999999')).status, 404);
});

test('staff actions need the right role; the wrong role gets 404 and changes nothing', async () => {
  const neuro = await buildDoctor(t.db, { departments: ['neurology'] });
  const derm = await buildDoctor(t.db, { departments: ['dermatology'] });
  const dermCookie = await t.signIn((await buildUser(t.db, { roles: ['doctor'], doctorId: derm.id })).email);
  const neuroCookie = await t.signIn(
    (await buildUser(t.db, { roles: ['doctor'], doctorId: neuro.id })).email,
  );
  const submitted = await buildQuestion(t.db, { status: 'submitted' });
  const approved = await buildQuestion(t.db, { status: 'approved' });

  // Anonymous users are sent to sign in; doctors cannot moderate; other departments cannot answer.
  const anon = await t.post(`/en/editor/questions/${submitted.id}/approve`, {});
  assert.equal(anon.status, 303);
  assert.match(anon.headers.get('location') ?? '', /\/en\/signin\?next=/);
  assert.equal((await t.post(`/en/editor/questions/${submitted.id}/approve`, {}, neuroCookie)).status, 404);
  assert.equal((await t.post(`/en/doctor/questions/${approved.id}/claim`, {}, dermCookie)).status, 404);
  assert.equal(
    (await t.post(`/en/doctor/questions/${approved.id}/reply`, { body: 'x'.repeat(40) }, dermCookie)).status,
    404,
  );
  assert.equal(
    (await t.request(`/en/doctor/questions/${submitted.id}`, { cookie: neuroCookie })).status,
    404,
  );

  // A second doctor cannot take a question another has claimed.
  const neuro2 = await buildDoctor(t.db, { departments: ['neurology'] });
  const neuro2Cookie = await t.signIn(
    (await buildUser(t.db, { roles: ['doctor'], doctorId: neuro2.id })).email,
  );
  assert.equal((await t.post(`/en/doctor/questions/${approved.id}/claim`, {}, neuroCookie)).status, 303);
  assert.equal((await t.post(`/en/doctor/questions/${approved.id}/claim`, {}, neuro2Cookie)).status, 409);

  const page = await t.request(`/en/questions/${submitted.id}`);
  assert.equal(page.status, 404, 'the submitted question is still hidden');
});

test('a form posted from another site is refused (CSRF)', async () => {
  const res = await t.request('/en/ask', {
    method: 'POST',
    body: new URLSearchParams({ title: 'x' }),
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 403);
});
