/**
 * Where rate-limit counts live, shared by every app instance: the database by default
 * (table rate_limits, one atomic upsert per hit), Redis when REDIS_URL is set
 * (rate-limit.redis.ts). Windows are fixed: the first hit opens one, later hits count in it.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';

export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  hits: number;
  /** When the current window ends (the count starts again after it). */
  resetAt: Date;
}

export interface RateLimitStore {
  /** Counts one hit on `key` in a window of `windowMs`, atomically, and returns the count. */
  hit(key: string, windowMs: number): Promise<RateLimitHit>;
  close(): Promise<void>;
}

/** Expired rows are deleted at most this often, by the request that notices. */
const CLEANUP_EVERY_MS = 5 * 60_000;

export class DatabaseRateLimitStore implements RateLimitStore {
  private lastCleanup = Date.now();

  constructor(private readonly db: Db) {}

  async hit(key: string, windowMs: number): Promise<RateLimitHit> {
    // The database clock decides, so instances with skewed clocks share one window.
    const [row] = await queryRows<{ hits: number; window_ends_at: Date | string }>(
      this.db,
      sql`insert into rate_limits (key, hits, window_ends_at)
          values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
          on conflict (key) do update set
            hits = case when rate_limits.window_ends_at <= now() then 1 else rate_limits.hits + 1 end,
            window_ends_at = case when rate_limits.window_ends_at <= now()
              then excluded.window_ends_at else rate_limits.window_ends_at end
          returning hits, window_ends_at`,
    );
    if (Date.now() - this.lastCleanup > CLEANUP_EVERY_MS) await this.cleanup();
    return { hits: Number(row!.hits), resetAt: new Date(row!.window_ends_at) };
  }

  /** Deletes windows that have ended; returns how many. */
  async cleanup(): Promise<number> {
    this.lastCleanup = Date.now();
    const rows = await queryRows<{ key: string }>(
      this.db,
      sql`delete from rate_limits where window_ends_at < now() returning key`,
    );
    return rows.length;
  }

  async close(): Promise<void> {}
}
