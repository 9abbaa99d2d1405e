/** Apps with rate limits turned on, for the security tests: own or shared database and store. */

import { ORIGIN, RecordedJobs } from '../../../test/app.ts';
import { type Config, getConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { createApp } from '../../web/app.tsx';
import type { RateLimitStore } from './rate-limit.store.ts';

export type Overrides = Partial<Record<string, string | number | boolean>>;

/** One app instance over `database` with `overrides` on top of the test configuration. */
export function limitedApp(database: Database, overrides: Overrides = {}, rateLimitStore?: RateLimitStore) {
  const config = { ...getConfig(), rateLimitsEnabled: true, ...overrides } as Config;
  const app = createApp({ db: database.db, database, jobs: new RecordedJobs(), config, rateLimitStore });
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    request(path, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
  return { app, request, post };
}
