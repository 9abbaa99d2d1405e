/** Registers the handler of every job. Runs in the web process by default, or alone (SERVICES=worker). */
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createMailTransport, sendOutboxEmail, unsentOutboxIds } from '../features/email/email.service.ts';
import { logger } from '../lib/logger.ts';
import type { JobQueue } from './queue.ts';

export async function startWorker(database: Database, queue: JobQueue, config: Config): Promise<void> {
  const transport = createMailTransport(config);
  await queue.work('send-email', async ({ outboxId }) => {
    await sendOutboxEmail(database.db, transport, config.MAIL_FROM, outboxId);
  });
  // A message whose job was never queued (crash between commit and send) is picked up here.
  for (const outboxId of await unsentOutboxIds(database.db)) await queue.send('send-email', { outboxId });
  logger.info('worker started');
}
