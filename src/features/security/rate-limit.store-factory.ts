/** The rate-limit store a process uses: Redis when REDIS_URL is set, else the database. */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { RedisRateLimitStore } from './rate-limit.redis.ts';
import { DatabaseRateLimitStore, type RateLimitStore } from './rate-limit.store.ts';

export function createRateLimitStore(config: Config, db: Db): RateLimitStore {
  return config.REDIS_URL ? new RedisRateLimitStore(config.REDIS_URL) : new DatabaseRateLimitStore(db);
}
