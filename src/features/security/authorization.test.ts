/**
 * The authorization suite: every route of createApp, requested as every role (anonymous, an
 * asker with an account, another asker, a doctor of the department, a doctor of another
 * department, an unverified doctor, an editor, an admin). Each answer must be what
 * authorization.cases.ts expects, and no answer may contain a marker of something the role may
 * not see (unpublished questions and their drafts, licence numbers and documents, reports, the
 * audit log, other askers' emails). A denied action must leave its question unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import { type Case, type Outcome, type Req, ROUTE_CASES } from './authorization.cases.ts';
import { buildWorld, ROLE_NAMES, type RoleName, type World } from './authorization.world.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let w: World;
before(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
});
after(() => t?.close());

/** "GET /:locale/questions/:id" for every route of the app, both locales folded into one. */
export function appRouteKeys(app: { routes: { method: string; path: string }[] }): string[] {
  const keys = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    keys.add(`${route.method} ${route.path.replace(/^\/(en|zh-TW)(?=\/|$)/, '/:locale')}`);
  }
  return [...keys];
}

async function send(req: Req, cookie: string | undefined) {
  const headers = new Headers();
  if (cookie) headers.set('cookie', cookie);
  let body: BodyInit | undefined;
  if (req.method === 'POST') {
    headers.set('origin', ORIGIN);
    if (req.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(req.json);
    } else {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(req.form ?? {});
    }
  }
  return t.app.request(`${ORIGIN}${req.path}`, {
    method: req.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
  });
}

function check(outcome: Outcome, status: number, location: string | null): string | undefined {
  const toSignIn = (status === 302 || status === 303) && /^\/(en|zh-TW)\/signin\?next=/.test(location ?? '');
  if (status >= 500) return `failed with ${status}`;
  switch (outcome) {
    case '200':
      return status === 200 ? undefined : `expected 200, got ${status} ${location ?? ''}`;
    case '404':
      return status === 404 ? undefined : `expected 404, got ${status} ${location ?? ''}`;
    case 'signin':
      return toSignIn ? undefined : `expected the sign-in redirect, got ${status} ${location ?? ''}`;
    case 'ok':
      return status === 404 || status === 403 || status === 401 || toSignIn
        ? `expected to reach the handler, got ${status} ${location ?? ''}`
        : undefined;
    case 'any':
      return undefined;
  }
}

async function runCase(key: string, c: Case, role: RoleName): Promise<string[]> {
  const problems: string[] = [];
  const req = await c.request(w, role);
  const label = `${key}${c.name ? ` [${c.name}]` : ''} as ${role}`;
  const before = req.target !== undefined ? await w.questionRow(req.target) : undefined;
  const res = await send(req, req.cookie ?? w.cookies[role]);
  const text = Buffer.from(await res.arrayBuffer()).toString('latin1') + Buffer.from('').toString();
  const utf8 = new TextDecoder().decode(Buffer.from(text, 'latin1'));
  const problem = check(c.expect[role], res.status, res.headers.get('location'));
  if (problem) problems.push(`${label}: ${problem}`);
  for (const secret of w.secrets) {
    if (secret.visibleTo(role) || req.reveals?.includes(secret.text)) continue;
    if (utf8.includes(secret.text) || text.includes(secret.text))
      problems.push(`${label}: shows the ${secret.what}`);
  }
  const denied =
    res.status === 404 || (res.status === 303 && /\/signin\?next=/.test(res.headers.get('location') ?? ''));
  if (before && denied) {
    const afterRow = await w.questionRow(req.target!);
    if (JSON.stringify(afterRow) !== JSON.stringify(before))
      problems.push(`${label}: denied, yet the question changed`);
  }
  return problems;
}

test('every route of the app has an expectation for every role', () => {
  const missing = appRouteKeys(t.app).filter((key) => !(key in ROUTE_CASES));
  assert.deepEqual(
    missing,
    [],
    `routes without expectations in authorization.cases.ts:\n${missing.join('\n')}`,
  );
  const stale = Object.keys(ROUTE_CASES).filter((key) => !appRouteKeys(t.app).includes(key));
  assert.deepEqual(stale, [], 'expectations for routes the app no longer has');
});

test('each role gets exactly what it may see and do, on every route', async () => {
  const problems: string[] = [];
  let requests = 0;
  for (const key of appRouteKeys(t.app)) {
    const entry = ROUTE_CASES[key];
    if (!entry) continue;
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      // Denied roles first, so an allowed action cannot hide a denied one's effect.
      for (const role of ROLE_NAMES) {
        problems.push(...(await runCase(key, c, role)));
        requests++;
      }
    }
  }
  assert.ok(requests > 300, `only ${requests} requests`);
  assert.deepEqual(problems, []);
});

test('the zh-TW locale is guarded the same way', async () => {
  const problems: string[] = [];
  for (const role of ROLE_NAMES) {
    const res = await send({ path: `/zh-TW/questions/${w.qs.submitted.id}` }, w.cookies[role]);
    const allowed = ['asker', 'editor', 'admin'].includes(role);
    if (res.status !== (allowed ? 200 : 404)) problems.push(`${role}: ${res.status}`);
    const admin = await send({ path: '/zh-TW/admin/audit' }, w.cookies[role]);
    const expected = role === 'admin' ? 200 : role === 'anonymous' ? 303 : 404;
    if (admin.status !== expected) problems.push(`${role} on /zh-TW/admin/audit: ${admin.status}`);
  }
  assert.deepEqual(problems, []);
});

test('every state-changing route refuses a form posted from another site (CSRF), changing nothing', async () => {
  const problems: string[] = [];
  let posts = 0;
  for (const key of appRouteKeys(t.app).filter((route) => route.startsWith('POST '))) {
    const entry = ROUTE_CASES[key];
    if (!entry) continue;
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      // As the most privileged role: whatever the route allows anyone, it allows an admin.
      for (const role of ['admin', 'asker'] as const) {
        const req = await c.request(w, role);
        const before = req.target !== undefined ? await w.questionRow(req.target) : undefined;
        const headers = new Headers({
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
        });
        const cookie = req.cookie ?? w.cookies[role];
        if (cookie) headers.set('cookie', cookie);
        const res = await t.app.request(`${ORIGIN}${req.path}`, {
          method: 'POST',
          headers,
          body: new URLSearchParams(req.form ?? {}),
          redirect: 'manual',
        });
        posts++;
        if (res.status !== 403) problems.push(`${key} as ${role}: ${res.status}, not 403`);
        if (before && JSON.stringify(await w.questionRow(req.target!)) !== JSON.stringify(before)) {
          problems.push(`${key} as ${role}: the question changed`);
        }
      }
    }
  }
  assert.ok(posts > 60, `only ${posts} posts`);
  assert.deepEqual(problems, []);
});
