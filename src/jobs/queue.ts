/**
 * The durable job queue: pg-boss on the same database (PGlite through its adapter, or
 * PostgreSQL). See docs/decisions/0003-job-queue.md.
 */
import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../db/database.ts';
import { logger } from '../lib/logger.ts';

/** Every job name and its payload. */
export interface JobPayloads {
  'send-email': { outboxId: number };
  /** Re-index these Q&As for search (published ones are indexed, others removed). */
  'search-index': { questionIds: number[] };
  /** Recompute the similar-question lists of these Q&As. */
  'similar-refresh': { questionIds: number[] };
  /** Escalate questions waiting longer than the answer target (scheduled, ESCALATION_CRON). */
  'escalate-overdue': Record<string, never>;
  /** Email subscribed doctors their departments' queue (scheduled, DIGEST_CRON in TIMEZONE). */
  'daily-digest': Record<string, never>;
}
export type JobName = keyof JobPayloads;

/** What services need from the queue. */
export interface Jobs {
  send<K extends JobName>(name: K, payload: JobPayloads[K]): Promise<void>;
}

/** Retry policy per job: attempts with exponential backoff. */
const retry = { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 3600 };

export interface JobQueue extends Jobs {
  boss: PgBoss;
  work<K extends JobName>(name: K, handler: (payload: JobPayloads[K]) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(database: Database): Promise<JobQueue> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schema: 'pgboss' })
    : new PgBoss({ connectionString: connectionStringOf(database), max: 4, schema: 'pgboss' });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const names: JobName[] = [
    'send-email',
    'search-index',
    'similar-refresh',
    'escalate-overdue',
    'daily-digest',
  ];
  for (const name of names) await boss.createQueue(name, retry);
  return {
    boss,
    async send(name, payload) {
      await boss.send(name, payload as object, retry);
    },
    async work(name, handler) {
      await boss.work<JobPayloads[typeof name]>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

function connectionStringOf(database: Database): string {
  const options = database.pool!.options as { connectionString?: string };
  if (!options.connectionString) throw new Error('PostgreSQL pool has no connection string');
  return options.connectionString;
}
