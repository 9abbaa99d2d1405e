/**
 * The fuzz test over HTTP: hostile input (fuzz.payloads.ts) into every post form found on the
 * site as each kind of visitor, into the JSON API and into search queries. Nothing may fail
 * (5xx); text the database cannot hold is refused with 400; pages never echo injected markup
 * unescaped; and what the main forms store comes back exactly as sent.
 * The browser half (e2e/fuzz-render.test.ts) checks that stored payloads execute nothing.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import { answers, informationRequests, lexiconEntries, questions, reports, users } from '../../db/schema.ts';
import { buildWorld, type RoleName, type World } from './authorization.world.ts';
import { crawlForms, type FoundForm } from './fuzz.forms.ts';
import { INJECTED_MARKUP, PAYLOADS } from './fuzz.payloads.ts';
import { compileRoutePattern } from './route-pattern.ts';
import { isStorableText } from './text-guard.tsx';

let t: Awaited<ReturnType<typeof createTestApp>>;
let w: World;
before(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
});
after(() => t?.close());

/**
 * A form post cannot carry a lone surrogate: like a browser, URLSearchParams and FormData send it
 * as U+FFFD. What reaches the server is refused only for a NUL.
 */
const formStorable = (value: string) => isStorableText(Buffer.from(value, 'utf8').toString('utf8'));

const ALLOWED = new Set([200, 201, 302, 303, 400, 401, 404, 409, 413, 422]);

function postForm(action: string, fields: Record<string, string>, cookie?: string, multipart = false) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (cookie) headers.cookie = cookie;
  let body: BodyInit;
  if (multipart) {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    body = data;
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(fields);
  }
  return t.app.request(`${ORIGIN}${action}`, { method: 'POST', headers, body, redirect: 'manual' });
}

function problemsOf(label: string, status: number, html: string, storable: boolean): string[] {
  const problems: string[] = [];
  if (!ALLOWED.has(status)) problems.push(`${label}: answered ${status}`);
  if (!storable && status !== 400 && status !== 404 && status !== 413) {
    problems.push(`${label}: unstorable text answered ${status}, not 400`);
  }
  for (const pattern of INJECTED_MARKUP)
    if (pattern.test(html)) problems.push(`${label}: echoes ${pattern} unescaped`);
  return problems;
}

/** Pages reached only through data the world does not have: a lexicon entry, personal data. */
const extraSeeds: string[] = [];
const seeds = (world: World) => [
  '/en',
  '/en/ask',
  '/en/signin',
  '/en/signup',
  '/en/signin/link',
  '/en/password/forgot',
  '/en/account',
  `/en/questions/${world.qs.published.id}`,
  `/en/questions/${world.qs.published.id}/report`,
  `/en/status/${world.qs.needsInfo.token}`,
  `/en/status/${world.qs.submitted.token}/withdraw`,
  `/en/status/${world.qs.published.token}/remove`,
  '/en/doctor/apply',
  '/en/doctor',
  `/en/doctor/questions/${world.qs.approved.id}`,
  '/en/editor',
  `/en/editor/questions/${world.qs.submitted.id}`,
  `/en/editor/questions/${world.qs.answered.id}`,
  '/en/editor/lexicon',
  `/en/editor/questions/${world.qs.published.id}`,
  ...extraSeeds,
  '/en/admin',
  `/en/admin/applications/${world.application.id}`,
  '/en/admin/doctors',
  '/en/admin/hospitals',
  `/en/admin/hospitals/${world.doctors.derm.hospitalId}`,
  '/en/admin/departments',
  '/en/admin/settings',
  '/en/admin/users',
];

test('the JSON API and search take hostile input without failing', async () => {
  const problems: string[] = [];
  for (const payload of PAYLOADS) {
    const bodies = [
      { text: payload.value },
      { text: 'eyelid twitching', department: payload.value },
      { [payload.value]: 1 },
    ];
    for (const body of bodies) {
      const res = await t.app.request(`${ORIGIN}/api/v1/similar`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify(body),
      });
      problems.push(
        ...problemsOf(`POST /api/v1/similar ${payload.name}`, res.status, await res.text(), payload.storable),
      );
    }
    const q = new URLSearchParams({ q: payload.value.slice(0, 2000) }).toString().slice(2);
    for (const path of [`/api/v1/search?q=${q}`, `/api/v1/questions?department=${q}`, `/en/search?q=${q}`]) {
      const res = await t.app.request(`${ORIGIN}${path}`);
      problems.push(
        ...problemsOf(
          `GET ${path.slice(0, 40)} ${payload.name}`,
          res.status,
          await res.text(),
          formStorable(payload.value),
        ),
      );
    }
  }
  const malformed = await t.app.request(`${ORIGIN}/api/v1/similar`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: '{"text": "unterminated',
  });
  assert.equal(malformed.status, 400);
  assert.deepEqual(problems, []);
});

const padded = (value: string, min: number) =>
  value.length >= min ? value : `${value} — please advise what to do.`;

test('what the ask, reply, report and information forms store comes back exactly as sent', async () => {
  const problems: string[] = [];
  for (const { name, value: sent } of PAYLOADS) {
    // What a form can carry (a lone surrogate travels as U+FFFD, as from a browser).
    const payload = { name, value: Buffer.from(sent, 'utf8').toString('utf8') };
    const title = payload.value.length <= 120 ? padded(payload.value, 4) : 'A long question';
    const body = padded(payload.value, 20);
    const pseudonym = payload.value.length <= 40 ? payload.value : 'Fuzz';
    const res = await postForm('/en/ask', {
      department: 'neurology',
      title,
      body,
      pseudonym,
      ageRange: '30-39',
      gender: 'female',
      askingFor: 'self',
      email: '',
      consent: 'yes',
    });
    if (!formStorable(payload.value)) {
      if (res.status !== 400) problems.push(`ask ${payload.name}: ${res.status}, expected 400`);
      else assert.match(await res.text(), /cannot be stored/);
      continue;
    }
    if (body.length > 5000) {
      if (res.status !== 422) problems.push(`ask ${payload.name}: ${res.status}, expected 422 (too long)`);
      continue;
    }
    if (res.status !== 201 && res.status !== 303) {
      problems.push(
        `ask ${payload.name}: ${res.status} ${(await res.text()).match(/field-error[^<]*<[^<]*/g)}`,
      );
      continue;
    }
    const [stored] = await w.db
      .select()
      .from(questions)
      .where(eq(questions.body, body))
      .orderBy(desc(questions.id))
      .limit(1);
    if (!stored) problems.push(`ask ${payload.name}: body not stored exactly`);
    else if (stored.title !== title || stored.pseudonym !== pseudonym)
      problems.push(`ask ${payload.name}: title or pseudonym changed`);

    // The doctor's reply, the reader's report and the asker's reply to an information request.
    const approved = await w.freshQuestion('approved');
    await postForm(`/en/doctor/questions/${approved.id}/claim`, {}, w.cookies.doctor);
    const reply = await postForm(`/en/doctor/questions/${approved.id}/reply`, { body }, w.cookies.doctor);
    const [answer] = await w.db.select().from(answers).where(eq(answers.questionId, approved.id));
    if (reply.status >= 400 || answer?.body !== body)
      problems.push(`reply ${payload.name}: ${reply.status}, stored ${answer ? 'changed' : 'nothing'}`);

    const details = payload.value.slice(0, 2000);
    if (details.length === payload.value.length) {
      const target = await w.freshQuestion('published');
      const report = await postForm(`/en/questions/${target.id}/report`, {
        reason: 'other',
        details: padded(details, 5),
      });
      const [row] = await w.db.select().from(reports).where(eq(reports.questionId, target.id));
      if (report.status !== 303 || row?.details !== padded(details, 5)) {
        problems.push(`report ${payload.name}: ${report.status}, stored ${row ? 'changed' : 'nothing'}`);
      }
    }
    const waiting = await w.freshQuestion('approved');
    await postForm(`/en/doctor/questions/${waiting.id}/claim`, {}, w.cookies.doctor);
    const message = padded(payload.value, 10).slice(0, 2000);
    await postForm(`/en/doctor/questions/${waiting.id}/request-info`, { message }, w.cookies.doctor);
    const [request] = await w.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.questionId, waiting.id));
    if (message.length === padded(payload.value, 10).length && request?.message !== message) {
      problems.push(`information request ${payload.name}: stored ${request ? 'changed' : 'nothing'}`);
    }
  }
  assert.deepEqual(problems, []);
});

// Last: the forms it posts to include admin ones that change the world the tests above use.
test('every post form on the site, as every kind of visitor, takes hostile input without failing', async () => {
  const [entry] = await w.db
    .insert(lexiconEntries)
    .values({ conceptId: 'headache', text: 'fuzz head pain', lang: 'en', kind: 'lay' })
    .returning();
  const personal = await w.freshQuestion('submitted');
  await w.db
    .update(questions)
    .set({ body: 'Please call me at 0912-345-678 or mail lin.mei@example.com, my eyelid twitches.' })
    .where(eq(questions.id, personal.id));
  // The doctor application form is shown to accounts with a verified email.
  await w.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, w.users.asker.id));
  extraSeeds.push(`/en/editor/lexicon/${entry!.id}/edit`, `/en/editor/questions/${personal.id}`);
  const roles: RoleName[] = ['anonymous', 'asker', 'doctor', 'editor', 'admin'];
  const found: { role: RoleName; form: FoundForm }[] = [];
  const actions = new Set<string>();
  for (const role of roles) {
    const cookie = w.cookies[role];
    const { forms } = await crawlForms(
      async (path) => {
        const res = await t.app.request(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} });
        return { status: res.status, html: await res.text() };
      },
      seeds(w),
      45,
    );
    for (const form of forms) {
      // Signing out would end the session the crawl runs in.
      if (/\/signout/.test(form.action) || actions.has(form.action)) continue;
      actions.add(form.action);
      found.push({ role, form });
    }
  }
  const problems: string[] = [];
  for (const { role, form } of found) {
    for (const payload of PAYLOADS) {
      const fields = { ...form.defaults };
      for (const name of form.textFields) fields[name] = payload.value;
      // Keep one hidden token or id intact, but fuzz any free-text default too.
      const res = await postForm(form.action, fields, w.cookies[role], form.enctype.includes('multipart'));
      const label = `${form.action} (${role}, ${payload.name})`;
      const html = await res.text();
      problems.push(
        ...problemsOf(label, res.status, html, formStorable(payload.value) || form.textFields.length === 0),
      );
    }
  }
  // Which POST routes of the app the crawl reached: the report lists the others.
  const postRoutes = t.app.routes.filter((r) => r.method === 'POST' && r.path.startsWith('/en/'));
  const reached = new Set(
    postRoutes
      .filter((r) => [...actions].some((action) => compileRoutePattern(r.path).test(action.split('?')[0]!)))
      .map((r) => r.path),
  );
  const missed = postRoutes.map((r) => r.path).filter((path) => !reached.has(path));
  t &&
    console.log(
      `fuzz: ${found.length} forms × ${PAYLOADS.length} payloads; POST routes not reached by a form: ${missed.join(', ') || 'none'}`,
    );
  for (const core of [
    '/en/ask',
    '/en/signin',
    '/en/signup',
    '/en/questions/:id/report',
    '/en/doctor/questions/:id/reply',
  ]) {
    assert.ok(reached.has(core), `the crawl reached ${core}`);
  }
  assert.deepEqual(problems, []);
});
