/**
 * The durable queue on the engine under test: a queued email is sent by the worker over SMTP
 * (a real local server, test/smtp.ts) and marked sent.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../test/db.ts';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts';
import { getConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { outbox } from '../db/schema.ts';
import { queueEmail } from '../features/email/email.service.ts';
import { type JobQueue, startJobQueue } from './queue.ts';
import { startWorker } from './worker.ts';

let database: Database;
let queue: JobQueue;
let smtp: TestSmtpServer;
before(async () => {
  database = await createTestDatabase();
  queue = await startJobQueue(database);
  smtp = await startSmtpServer();
});
after(async () => {
  await queue.stop();
  await smtp.stop();
  await database.close();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting');
}

test('queues are created with retries and exponential backoff', async () => {
  const settings = await queue.boss.getQueue('send-email');
  assert.equal(settings?.retryLimit, 8);
  assert.equal(settings?.retryBackoff, true);
  assert.equal(settings?.retryDelay, 15);
});

test('an email in the outbox is sent by the worker, including one queued before the worker started', async () => {
  // Written before the worker starts and never sent as a job: the worker must pick it up on start.
  const orphan = await queueEmail(database.db, { to: 'a@example.test', subject: 'orphan', text: 'x' });
  await startWorker(database, queue, { ...getConfig(), SMTP_URL: smtp.url });
  const queued = await queueEmail(database.db, { to: 'b@example.test', subject: 'queued', text: 'y' });
  await queue.send('send-email', { outboxId: queued });
  for (const id of [orphan, queued]) {
    const sentAt = await waitFor(async () => {
      const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
      return row?.sentAt ?? undefined;
    });
    assert.ok(sentAt instanceof Date);
  }
  assert.deepEqual(smtp.received.map((m) => m.subject).sort(), ['orphan', 'queued']);
});
