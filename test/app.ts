/** An app on a fresh test database, with helpers to sign in and post forms like a browser. */
import { getConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { ensureCatalogDepartments } from '../src/features/departments/departments.repository.ts';
import type { JobName, JobPayloads, Jobs } from '../src/jobs/queue.ts';
import { createApp } from '../src/web/app.tsx';
import { createTestDatabase } from './db.ts';
import { TEST_PASSWORD } from './factories.ts';

export const ORIGIN = 'http://localhost';

/** Records jobs instead of queueing them; the queue itself has its own test. */
export class RecordedJobs implements Jobs {
  readonly sent: { name: JobName; payload: JobPayloads[JobName] }[] = [];
  async send<K extends JobName>(name: K, payload: JobPayloads[K]) {
    this.sent.push({ name, payload });
  }
}

export async function createTestApp() {
  const database: Database = await createTestDatabase();
  await ensureCatalogDepartments(database.db);
  const jobs = new RecordedJobs();
  // Limits off whatever NODE_ENV says, so a test file run on its own behaves as under `npm test`;
  // the rate-limit tests build their own apps with limits on (rate-limit.test-helpers.ts).
  const config = { ...getConfig(), rateLimitsEnabled: false };
  const app = createApp({ db: database.db, database, jobs, config });
  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    return app.request(`${ORIGIN}${path}`, { ...init, headers });
  };
  /** Posts a urlencoded form as a browser on our own origin would. */
  const post = (path: string, form: Record<string, string>, cookie?: string) =>
    request(path, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      cookie,
    });
  /** Signs in and returns the session cookie header value. */
  const signIn = async (email: string) => {
    const res = await post('/en/signin', { email, password: TEST_PASSWORD });
    const cookie = res.headers.get('set-cookie');
    if (res.status !== 303 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
    return cookie.split(';')[0]!;
  };
  return { app, database, db: database.db, jobs, request, post, signIn, close: () => database.close() };
}
