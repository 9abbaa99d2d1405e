/**
 * Rate-limit counts in Redis (REDIS_URL): INCR and, on a window's first hit, PEXPIRE in one small
 * Lua script, so the count and its expiry are set atomically; Redis drops ended windows itself.
 */
import { Redis } from 'ioredis';
import type { RateLimitHit, RateLimitStore } from './rate-limit.store.ts';

const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  /** `prefix` keeps the keys of one deployment (or one test) apart. */
  constructor(
    url: string,
    private readonly prefix = 'openconsult:rl:',
  ) {
    // A request must not hang while Redis is away: fail fast, the middleware lets it through.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000 });
    this.redis.defineCommand('ocRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  }

  async hit(key: string, windowMs: number): Promise<RateLimitHit> {
    const command = this.redis as unknown as {
      ocRateHit(key: string, windowMs: number): Promise<[number, number]>;
    };
    const [hits, ttl] = await command.ocRateHit(this.prefix + key, windowMs);
    return { hits: Number(hits), resetAt: new Date(Date.now() + Number(ttl)) };
  }

  /** Answers when Redis is reachable (used by tests and at start). */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
