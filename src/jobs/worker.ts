/** Registers the handler of every job. Runs in the web process by default, or alone (SERVICES=worker). */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import {
  createMailTransport,
  deliverOverdueOutbox,
  sendOutboxEmail,
  unsentOutboxIds,
} from '../features/email/email.service.ts';
import { startSearchIndexing } from '../features/search/search-worker.ts';
import { createEmbeddingsClient } from '../features/similar/embeddings.client.ts';
import { startSimilarLists } from '../features/similar/similar-worker.ts';
import { logger } from '../lib/logger.ts';
import { startDoctorJobs } from './doctor-jobs.ts';
import type { JobQueue } from './queue.ts';
import { startSweep } from './sweep.ts';

/** PGlite has no autovacuum daemon, so its planner statistics go stale unless we refresh them. */
const PGLITE_ANALYZE_EVERY_MS = 60 * 60 * 1000;
/** How often overdue outbox messages (jobs out of retries, claims of crashed workers) are retried. */
const OUTBOX_SWEEP_EVERY_MS = 5 * 60 * 1000;

/** Starts every job handler; returns a function that stops the worker's own timers. */
export async function startWorker(database: Database, queue: JobQueue, config: Config): Promise<() => void> {
  const transport = createMailTransport(config);
  await queue.work('send-email', async ({ outboxId }) => {
    await sendOutboxEmail(database.db, transport, config.MAIL_FROM, outboxId);
  });
  // A message whose job was never queued (crash between commit and send) is picked up here.
  for (const outboxId of await unsentOutboxIds(database.db)) await queue.send('send-email', { outboxId });
  // A message whose job ran out of retries in a long SMTP outage, or whose claim a crashed worker
  // left behind, is delivered by this sweep; the claim keeps it from racing the jobs.
  const stopOutboxSweep = startSweep('outbox', OUTBOX_SWEEP_EVERY_MS, async (stopped) => {
    await deliverOverdueOutbox(database.db, transport, config.MAIL_FROM, { stopped });
  });
  await startDoctorJobs(database, queue, config);
  const stopSearchIndexing = await startSearchIndexing(database, queue);
  const stopSimilarLists = await startSimilarLists(database, queue, createEmbeddingsClient(config));
  let analyze: NodeJS.Timeout | undefined;
  if (database.pglite) {
    const pglite = database.pglite;
    analyze = setInterval(() => {
      pglite.exec('analyze').catch((error) => logger.warn({ err: error }, 'periodic ANALYZE failed'));
    }, PGLITE_ANALYZE_EVERY_MS);
    analyze.unref();
  }
  logger.info('worker started');
  return () => {
    clearInterval(analyze);
    stopOutboxSweep();
    stopSearchIndexing();
    stopSimilarLists();
  };
}
