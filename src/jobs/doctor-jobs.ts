/**
 * The doctor side's scheduled jobs, through pg-boss schedules (stored in the database, so with
 * several workers each occurrence runs once):
 * - `escalate-overdue` (ESCALATION_CRON): questions waiting longer than the answer target are
 *   escalated to editors, once each;
 * - `daily-digest` (DIGEST_CRON, in TIMEZONE): subscribed doctors get their departments' queue,
 *   at most once per doctor and local day, so a retried job never sends twice.
 */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { sendDailyDigests } from '../features/answers/digest.service.ts';
import { escalateOverdueQuestions } from '../features/answers/escalation.service.ts';
import type { JobQueue } from './queue.ts';

/** What each job does, callable directly (tests, a command line). */
export const doctorJobs = {
  'escalate-overdue': (database: Database, queue: Pick<JobQueue, 'send'>, config: Config) =>
    escalateOverdueQuestions({ db: database.db, jobs: queue, config }),
  'daily-digest': (database: Database, queue: Pick<JobQueue, 'send'>, config: Config) =>
    sendDailyDigests({ db: database.db, jobs: queue, config }),
};

/** Registers both handlers and (re)writes their schedules from the configuration. */
export async function startDoctorJobs(database: Database, queue: JobQueue, config: Config): Promise<void> {
  await queue.work('escalate-overdue', async () => {
    await doctorJobs['escalate-overdue'](database, queue, config);
  });
  await queue.work('daily-digest', async () => {
    await doctorJobs['daily-digest'](database, queue, config);
  });
  await queue.boss.schedule('escalate-overdue', config.ESCALATION_CRON, {}, { tz: config.TIMEZONE });
  await queue.boss.schedule('daily-digest', config.DIGEST_CRON, {}, { tz: config.TIMEZONE });
}
