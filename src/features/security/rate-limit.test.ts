/**
 * Rate limits through the whole app on the engine under test: per IP, per email tried, per
 * account; 429 with Retry-After as a page in the visitor's language or as JSON; counts shared by
 * two app instances on one database; windows that end; a failing store lets requests through.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { type Database, openDatabase, queryRows } from '../../db/database.ts';
import { ensureCatalogDepartments } from '../departments/departments.repository.ts';
import { ipKey } from './rate-limit.middleware.tsx';
import { configuredRules, parseLimitSpec, RATE_LIMIT_RULES } from './rate-limit.rules.ts';
import { DatabaseRateLimitStore } from './rate-limit.store.ts';
import { limitedApp } from './rate-limit.test-helpers.ts';
import { compileRoutePattern } from './route-pattern.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
  await ensureCatalogDepartments(database.db);
});
after(() => database.close());

const clearCounts = () => database.db.execute(sql`delete from rate_limits`);
const xff = (ip: string) => ({ 'x-forwarded-for': ip });

test('sign-in is limited per IP: 429 with Retry-After, a page in the visitor language', async () => {
  await clearCounts();
  const { post } = limitedApp(database, {
    RATE_LIMIT_SIGNIN_IP: '3/15m',
    RATE_LIMIT_SIGNIN_EMAIL: '100/15m',
  });
  for (let i = 0; i < 3; i++) {
    const res = await post('/zh-TW/signin', { email: `nobody${i}@example.test`, password: 'wrong' });
    assert.equal(res.status, 401, `attempt ${i + 1} is answered normally`);
  }
  const blocked = await post('/zh-TW/signin', { email: 'someone@example.test', password: 'wrong' });
  assert.equal(blocked.status, 429);
  const retryAfter = Number(blocked.headers.get('retry-after'));
  assert.ok(retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
  const html = await blocked.text();
  assert.match(html, /<html lang="zh-TW"/);
  assert.match(html, /嘗試次數過多/);
  assert.match(html, /15 分鐘後再試/);
});

test('sign-in is limited per email tried, the same for an existing and an unknown account', async () => {
  await clearCounts();
  const { post } = limitedApp(database, {
    TRUST_PROXY: 1,
    RATE_LIMIT_SIGNIN_IP: '100/15m',
    RATE_LIMIT_SIGNIN_EMAIL: '2/15m',
  });
  const user = await buildUser(database.db, { roles: [] });
  const answers: Record<string, number[]> = { existing: [], unknown: [] };
  for (const [who, email] of [
    ['existing', user.email],
    ['unknown', 'no-such-person@example.test'],
  ] as const) {
    // From a different address each time: only the per-email count can stop these.
    for (let i = 0; i < 3; i++) {
      const res = await post('/en/signin', { email, password: 'wrong' }, xff(`203.0.113.${i + 10}`));
      answers[who]!.push(res.status);
    }
  }
  assert.deepEqual(answers.existing, [401, 401, 429]);
  assert.deepEqual(answers.unknown, answers.existing, 'no hint whether the account exists');
  // The email is counted normalized (case, spaces) and stored only hashed.
  const res = await post(
    '/en/signin',
    { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
    xff('198.51.100.1'),
  );
  assert.equal(res.status, 429, 'the right password does not get around the limit');
  const keys = await queryRows<{ key: string }>(database.db, sql`select key from rate_limits`);
  assert.ok(keys.length > 0);
  for (const { key } of keys) assert.ok(!key.includes('@') && !key.includes('example'), `no email in ${key}`);
});

test('X-Forwarded-For is ignored unless TRUST_PROXY is set, and read from the right', async () => {
  await clearCounts();
  const untrusted = limitedApp(database, { RATE_LIMIT_SIGNIN_IP: '2/15m' });
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const res = await untrusted.post(
      '/en/signin',
      { email: `a${i}@example.test`, password: 'x' },
      xff(`192.0.2.${i}`),
    );
    statuses.push(res.status);
  }
  assert.deepEqual(statuses, [401, 401, 429], 'a forged header does not give a fresh count');

  await clearCounts();
  const trusted = limitedApp(database, { TRUST_PROXY: 1, RATE_LIMIT_SIGNIN_IP: '2/15m' });
  // The client wrote "1.1.1.1" itself; our proxy appended the real address.
  const spoofed = [];
  for (let i = 0; i < 3; i++) {
    const res = await trusted.post(
      '/en/signin',
      { email: `b${i}@example.test`, password: 'x' },
      xff(`1.1.1.${i}, 192.0.2.77`),
    );
    spoofed.push(res.status);
  }
  assert.deepEqual(spoofed, [401, 401, 429], 'only the entry our proxy wrote counts');
  const other = await trusted.post(
    '/en/signin',
    { email: 'c@example.test', password: 'x' },
    xff('192.0.2.78'),
  );
  assert.equal(other.status, 401, 'another client has its own count');
});

test('the API is limited per IP and per account, answering JSON', async () => {
  await clearCounts();
  const { request, post } = limitedApp(database, {
    TRUST_PROXY: 1,
    RATE_LIMIT_API_IP: '2/1m',
    RATE_LIMIT_API_ACCOUNT: '3/1m',
  });
  assert.equal((await request('/api/v1/questions', { headers: xff('192.0.2.1') })).status, 200);
  assert.equal((await request('/api/v1/questions/1', { headers: xff('192.0.2.1') })).status, 404);
  const blocked = await request('/api/v1/questions', { headers: xff('192.0.2.1') });
  assert.equal(blocked.status, 429);
  assert.ok(Number(blocked.headers.get('retry-after')) >= 1);
  const body = (await blocked.json()) as { error: { code: string; retryAfterSeconds: number } };
  assert.equal(body.error.code, 'rate_limited');
  assert.ok(body.error.retryAfterSeconds <= 60);
  assert.equal((await request('/api/v1/questions', { headers: xff('192.0.2.2') })).status, 200, 'other IP');

  // Signed in, from a new address for every request: the account's own count stops it.
  const user = await buildUser(database.db, { roles: [] });
  const signedIn = await post(
    '/en/signin',
    { email: user.email, password: TEST_PASSWORD },
    xff('192.0.2.50'),
  );
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const statuses = [];
  for (let i = 0; i < 4; i++) {
    const res = await request('/api/v1/questions', { headers: { cookie, ...xff(`198.51.100.${i}`) } });
    statuses.push(res.status);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429]);
});

test('asking is limited per IP; routes without a rule are never counted', async () => {
  await clearCounts();
  const { request, post } = limitedApp(database, { RATE_LIMIT_ASK_IP: '1/1h' });
  const first = await post('/en/ask', { title: 'x' });
  assert.notEqual(first.status, 429);
  const second = await post('/en/ask', { title: 'x' });
  assert.equal(second.status, 429);
  assert.match(await second.text(), /Too many attempts/);
  for (let i = 0; i < 5; i++)
    assert.equal((await request('/en/ask')).status, 200, 'the form itself is not limited');
  const rows = await queryRows<{ key: string }>(database.db, sql`select key from rate_limits`);
  assert.deepEqual(
    rows.map((r) => r.key.split(':')[0]),
    ['ask_ip'],
  );
});

test('two app instances on one database share the count', async () => {
  await clearCounts();
  // On PostgreSQL the second instance gets its own connection pool, as a second process would.
  const url = database.pool
    ? (database.pool.options as { connectionString: string }).connectionString
    : undefined;
  const second = url ? await openDatabase({ url, poolSize: 2 }) : database;
  try {
    const overrides = { TRUST_PROXY: 1, RATE_LIMIT_API_IP: '4/1m' };
    const a = limitedApp(database, overrides, new DatabaseRateLimitStore(database.db));
    const b = limitedApp(second, overrides, new DatabaseRateLimitStore(second.db));
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 === 0 ? a : b;
      statuses.push((await instance.request('/api/v1/questions', { headers: xff('192.0.2.9') })).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    // Concurrent hits are counted exactly once each (one atomic upsert per hit).
    await clearCounts();
    const store = new DatabaseRateLimitStore(second.db);
    const hits = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? store : new DatabaseRateLimitStore(database.db)).hit('race', 60_000),
      ),
    );
    assert.deepEqual(
      hits.map((h) => h.hits).sort((x, y) => x - y),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  } finally {
    if (second !== database) await second.close();
  }
});

test('an ended window starts again at 1 and is cleaned up', async () => {
  await clearCounts();
  const store = new DatabaseRateLimitStore(database.db);
  assert.equal((await store.hit('k', 60_000)).hits, 1);
  assert.equal((await store.hit('k', 60_000)).hits, 2);
  await database.db.execute(
    sql`update rate_limits set window_ends_at = now() - interval '1 second' where key = 'k'`,
  );
  const fresh = await store.hit('k', 60_000);
  assert.equal(fresh.hits, 1);
  assert.ok(fresh.resetAt.getTime() > Date.now() + 50_000);
  await store.hit('old', 60_000);
  await database.db.execute(
    sql`update rate_limits set window_ends_at = now() - interval '1 minute' where key = 'old'`,
  );
  assert.equal(await store.cleanup(), 1);
  const left = await queryRows<{ key: string }>(database.db, sql`select key from rate_limits`);
  assert.deepEqual(
    left.map((r) => r.key),
    ['k'],
  );
});

test('a failing store lets requests through; RATE_LIMITS=off turns limits off', async () => {
  const failing = { hit: () => Promise.reject(new Error('store down')), close: async () => {} };
  const { request } = limitedApp(database, { RATE_LIMIT_API_IP: '1/1m' }, failing);
  for (let i = 0; i < 3; i++) assert.equal((await request('/api/v1/questions')).status, 200);
  await clearCounts();
  const off = limitedApp(database, { rateLimitsEnabled: false, RATE_LIMIT_API_IP: '1/1m' });
  for (let i = 0; i < 3; i++) assert.equal((await off.request('/api/v1/questions')).status, 200);
});

test('limit specs, rule overrides, route patterns and IPv6 keys', () => {
  assert.deepEqual(parseLimitSpec('20/15m'), { limit: 20, windowSeconds: 900 });
  assert.deepEqual(parseLimitSpec(' 5 / 1h '), { limit: 5, windowSeconds: 3600 });
  for (const bad of ['', '20', '0/1m', '5/0m', '5/1y', 'x/1m'])
    assert.equal(parseLimitSpec(bad), undefined, bad);
  const rules = configuredRules({ RATE_LIMIT_ASK_IP: '3/2m' });
  assert.deepEqual(
    rules.find((r) => r.id === 'ask_ip'),
    { ...RATE_LIMIT_RULES.find((r) => r.id === 'ask_ip'), limit: 3, windowSeconds: 120 },
  );
  assert.equal(new Set(RATE_LIMIT_RULES.map((r) => r.id)).size, RATE_LIMIT_RULES.length, 'ids are unique');
  const report = compileRoutePattern('/:locale/questions/:id/report');
  assert.ok(report.test('/zh-TW/questions/12/report'));
  assert.ok(!report.test('/fr/questions/12/report'));
  assert.ok(!report.test('/en/questions/12/report/x'));
  const api = compileRoutePattern('/api/v1/*');
  assert.ok(api.test('/api/v1/questions') && api.test('/api/v1/search'));
  assert.ok(!api.test('/api/v2/questions'));
  assert.equal(ipKey('203.0.113.5'), '203.0.113.5');
  assert.equal(ipKey('2001:db8:0:1:aaaa::1'), '2001:db8:0:1::/64');
  assert.equal(ipKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(ipKey('::1'), '0:0:0:0::/64');
});
