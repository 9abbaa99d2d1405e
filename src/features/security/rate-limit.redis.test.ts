/**
 * Rate limits in Redis: two app instances, each a real HTTP server with its own Redis client,
 * share one count per client address (read from the socket). Needs Redis at TEST_REDIS_URL
 * (default redis://127.0.0.1:6379): skipped locally when it is unreachable, a failure in CI.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/database.ts';
import { ensureCatalogDepartments } from '../departments/departments.repository.ts';
import { RedisRateLimitStore } from './rate-limit.redis.ts';
import { limitedApp } from './rate-limit.test-helpers.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ci = process.env.CI === 'true' || process.env.CI === '1';

async function redisReachable(): Promise<boolean> {
  const probe = new RedisRateLimitStore(REDIS_URL, 'openconsult:probe:');
  try {
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

const reachable = await redisReachable();
if (!reachable && ci) throw new Error(`Redis is not reachable at ${REDIS_URL} (needed in CI)`);
const skip = reachable ? false : `Redis not reachable at ${REDIS_URL}`;

let database: Database;
const stores: RedisRateLimitStore[] = [];
const servers: Server[] = [];
before(async () => {
  database = await createTestDatabase();
  await ensureCatalogDepartments(database.db);
});
after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const store of stores) await store.close();
  await database.close();
});

/** A store on a prefix of its own, so runs and test files never see each other's counts. */
function store(prefix: string) {
  const s = new RedisRateLimitStore(REDIS_URL, prefix);
  stores.push(s);
  return s;
}

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('two app instances sharing one Redis share the count of a client address', { skip }, async () => {
  const prefix = `openconsult:test:${randomBytes(6).toString('hex')}:`;
  const overrides = { REDIS_URL, RATE_LIMIT_API_IP: '3/1m' };
  const a = await listen(limitedApp(database, overrides, store(prefix)).app.fetch);
  const b = await listen(limitedApp(database, overrides, store(prefix)).app.fetch);
  const statuses = [];
  for (let i = 0; i < 5; i++) {
    // A forged X-Forwarded-For changes nothing without TRUST_PROXY: the socket's address counts.
    const res = await fetch(`${i % 2 ? b : a}/api/v1/questions`, {
      headers: { 'x-forwarded-for': `10.0.0.${i}` },
    });
    statuses.push(res.status);
    if (res.status === 429) {
      assert.ok(Number(res.headers.get('retry-after')) > 0);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'rate_limited');
    } else await res.arrayBuffer();
  }
  assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
});

test('a Redis window expires by itself and concurrent hits count once each', { skip }, async () => {
  const s = store(`openconsult:test:${randomBytes(6).toString('hex')}:`);
  const hits = await Promise.all(Array.from({ length: 25 }, () => s.hit('k', 400)));
  assert.deepEqual(
    hits.map((h) => h.hits).sort((x, y) => x - y),
    Array.from({ length: 25 }, (_, i) => i + 1),
  );
  const last = hits.find((h) => h.hits === 25)!;
  assert.ok(last.resetAt.getTime() - Date.now() <= 400);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal((await s.hit('k', 400)).hits, 1, 'a new window after the old one ended');
});
