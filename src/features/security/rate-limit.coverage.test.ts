/**
 * Every public state-changing route of the app has a rate limit: the rule table is compared with
 * the app's own route list (a new public form without a rule fails here), and each rule for the
 * status link, email links, account and doctor-application forms answers 429 with Retry-After.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildDoctor, buildQuestion, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import type { Database } from '../../db/database.ts';
import { informationRequests, questions } from '../../db/schema.ts';
import { ensureCatalogDepartments } from '../departments/departments.repository.ts';
import { RATE_LIMIT_RULES, rateLimitEnvName } from './rate-limit.rules.ts';
import { limitedApp } from './rate-limit.test-helpers.ts';
import { compileRoutePattern } from './route-pattern.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
  await ensureCatalogDepartments(database.db);
});
after(() => database.close());

const clearCounts = () => database.db.execute(sql`delete from rate_limits`);

/**
 * State-changing routes without a limit of their own, and why. Staff areas (editor, admin, a
 * doctor's queue) are reached only by accounts an admin gave the role.
 */
const STAFF = /^\/:locale\/(editor|admin)\/|^\/:locale\/doctor\/(questions|digest)(\/|$)/;
const EXEMPT: Record<string, string> = {
  'POST /:locale/signout': 'ends the caller’s own session',
  'POST /:locale/signout-everywhere': 'ends the caller’s own sessions',
};

/** An example path of a route key ("/:locale/status/:token/more-info" → "/en/status/x/more-info"). */
const examplePath = (path: string) => path.replace(':locale', 'en').replace(/:[a-zA-Z]+/g, 'x');

test('every public state-changing route, and every API route, is matched by a rate-limit rule', () => {
  const { app } = limitedApp(database);
  const uncovered: string[] = [];
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.method === 'HEAD' || route.method === 'OPTIONS') continue;
    const path = route.path.replace(/^\/(en|zh-TW)(?=\/|$)/, '/:locale');
    const key = `${route.method} ${path}`;
    const isApi = path.startsWith('/api/');
    if (seen.has(key) || (route.method === 'GET' && !isApi)) continue;
    seen.add(key);
    if (!isApi && (STAFF.test(path) || EXEMPT[key])) continue;
    const example = examplePath(path);
    // Per IP, per account or per email: routes that need an account may be counted per account.
    const covered = RATE_LIMIT_RULES.some(
      (rule) =>
        (rule.method === '*' || rule.method === route.method) && compileRoutePattern(rule.path).test(example),
    );
    if (!covered) uncovered.push(key);
  }
  assert.ok(seen.has('POST /:locale/status/:token/more-info'), 'the route list is the real one');
  assert.deepEqual(uncovered, [], 'routes with no rate limit (add a rule or say why in EXEMPT)');
});

test('the more-info reply is limited per IP: 429 with Retry-After, the question still waits', async () => {
  await clearCounts();
  const doctor = await buildDoctor(database.db, { departments: ['neurology'] });
  const q = await buildQuestion(database.db, { status: 'needs_info', token: 'tok-rate-more-info' });
  const [request] = await database.db
    .insert(informationRequests)
    .values({ questionId: q.id, doctorId: doctor.id, message: 'Since when does it happen?' })
    .returning();
  const { post } = limitedApp(database, { RATE_LIMIT_MORE_INFO_IP: '1/1h' });
  const first = await post('/zh-TW/status/tok-rate-more-info/more-info', { response: ' ' });
  assert.equal(first.status, 422, 'answered normally (an empty reply is refused)');
  const blocked = await post('/zh-TW/status/tok-rate-more-info/more-info', {
    response: 'Since last Monday, mostly at night.',
  });
  assert.equal(blocked.status, 429);
  const retryAfter = Number(blocked.headers.get('retry-after'));
  assert.ok(retryAfter > 59 * 60 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
  assert.match(await blocked.text(), /<html lang="zh-TW"/);
  const [row] = await database.db
    .select()
    .from(informationRequests)
    .where(eq(informationRequests.id, request!.id));
  assert.equal(row!.response, null, 'the blocked reply was not taken');
  const [question] = await database.db.select().from(questions).where(eq(questions.id, q.id));
  assert.equal(question!.status, 'needs_info');
});

/** Each added rule: the second request within the window (limit 1) is answered 429 with Retry-After. */
const CASES: { rule: string; path: string; signedIn?: boolean; form?: Record<string, string> }[] = [
  { rule: 'withdraw_ip', path: '/en/status/tok-unknown/withdraw' },
  { rule: 'removal_ip', path: '/en/status/tok-unknown/remove', form: { reason: 'Please remove it.' } },
  { rule: 'signin_link_use_ip', path: '/en/signin/link/not-a-real-token' },
  { rule: 'password_reset_ip', path: '/en/password/reset/not-a-real-token', form: { password: 'x' } },
  { rule: 'verify_ip', path: '/en/verify/not-a-real-token' },
  { rule: 'verify_resend_account', path: '/en/account/verify-email', signedIn: true },
  { rule: 'attach_account', path: '/en/account/attach', signedIn: true, form: { link: 'nothing' } },
  { rule: 'doctor_apply_ip', path: '/en/doctor/apply' },
  { rule: 'doctor_apply_account', path: '/en/doctor/apply', signedIn: true },
];

for (const c of CASES) {
  test(`rule ${c.rule}: 429 with Retry-After on ${c.path}`, async () => {
    assert.ok(
      RATE_LIMIT_RULES.some((r) => r.id === c.rule && compileRoutePattern(r.path).test(c.path)),
      'the rule exists and matches the path',
    );
    await clearCounts();
    // Only this rule is tight; TRUST_PROXY and a new address per request keep IP rules of the
    // same route from stopping an account case.
    const { post } = limitedApp(database, { TRUST_PROXY: 1, [rateLimitEnvName({ id: c.rule })]: '1/1h' });
    const perAccount = c.signedIn === true;
    let cookie: string | undefined;
    if (perAccount) {
      const user = await buildUser(database.db, { roles: [] });
      const res = await post('/en/signin', { email: user.email, password: TEST_PASSWORD });
      cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    }
    const headers = (i: number) => ({
      ...(cookie ? { cookie } : {}),
      'x-forwarded-for': perAccount ? `198.51.100.${i}` : '203.0.113.9',
    });
    const first = await post(c.path, c.form ?? {}, headers(1));
    assert.notEqual(first.status, 429, 'the first request is answered normally');
    assert.ok(first.status < 500, `first: ${first.status}`);
    const second = await post(c.path, c.form ?? {}, headers(2));
    assert.equal(second.status, 429);
    const retryAfter = Number(second.headers.get('retry-after'));
    assert.ok(retryAfter > 59 * 60 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    assert.match(await second.text(), /Too many attempts/);
  });
}
