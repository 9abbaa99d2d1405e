/** The Hono environment every route shares: services' dependencies, the actor and the locale. */
import type { Context } from 'hono';
import type { Database } from '../db/database.ts';
import type { ServiceDeps } from '../features/questions/questions.service.ts';
import type { RateLimitStore } from '../features/security/rate-limit.store.ts';
import type { Actor } from '../lib/access.ts';
import type { Locale, Messages } from './i18n/index.ts';

export interface AppDeps extends ServiceDeps {
  database: Database;
  /** Where rate limits are counted; the database when absent (server.ts picks Redis by REDIS_URL). */
  rateLimitStore?: RateLimitStore;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    locale: Locale;
    t: Messages;
  };
};

export type AppContext = Context<AppEnv>;
