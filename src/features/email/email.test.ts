/**
 * The real send path against a local SMTP server: outbox → nodemailer (SMTP_URL) → server, an
 * SMTP outage (the message stays unsent, the job fails and is retried), and delivery exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { getConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { outbox } from '../../db/schema.ts';
import { type JobQueue, startJobQueue } from '../../jobs/queue.ts';
import { startWorker } from '../../jobs/worker.ts';
import { createMailTransport, queueEmail, sendOutboxEmail } from './email.service.ts';

let database: Database;
let smtp: TestSmtpServer;
before(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer();
});
after(async () => {
  await smtp.stop();
  await database.close();
});

const configFor = (server: TestSmtpServer) => ({
  ...getConfig(),
  SMTP_URL: server.url,
  MAIL_FROM: 'OpenConsult <no-reply@openconsult.test>',
});
const outboxRow = async (id: number) =>
  (await database.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting');
}

test('an outbox message goes over SMTP once, Chinese text intact, and is marked sent', async () => {
  const config = configFor(smtp);
  const transport = createMailTransport(config);
  const id = await queueEmail(database.db, {
    to: 'reader@example.test',
    subject: '醫師已回覆您的問題',
    text: '醫師的回覆已公開：https://ask.example.org/zh-TW/questions/1\n',
  });
  assert.equal(await sendOutboxEmail(database.db, transport, config.MAIL_FROM, id), true);
  const [mail] = await smtp.waitFor(1);
  assert.deepEqual(mail?.envelopeTo, ['reader@example.test']);
  assert.equal(mail?.from, '"OpenConsult" <no-reply@openconsult.test>');
  assert.equal(mail?.subject, '醫師已回覆您的問題');
  assert.equal(mail?.text.trim(), '醫師的回覆已公開：https://ask.example.org/zh-TW/questions/1');
  const row = await outboxRow(id);
  assert.ok(row.sentAt instanceof Date);
  assert.equal(row.attempts, 1);
  assert.equal(await sendOutboxEmail(database.db, transport, config.MAIL_FROM, id), false, 'sent once');
  assert.equal(smtp.received.length, 1);
  transport.close();
});

test('SMTP down: the message stays unsent and the send throws; back up: delivered exactly once', async () => {
  const server = await startSmtpServer();
  const config = configFor(server);
  await server.stop();
  const transport = createMailTransport(config);
  const id = await queueEmail(database.db, {
    to: 'outage@example.test',
    subject: 'During an outage',
    text: 'x',
  });
  await assert.rejects(sendOutboxEmail(database.db, transport, config.MAIL_FROM, id), /ECONNREFUSED/);
  const failed = await outboxRow(id);
  assert.equal(failed.sentAt, null, 'nothing is lost: still waiting');
  assert.equal(failed.attempts, 1);
  assert.match(failed.lastError ?? '', /ECONNREFUSED/);

  await server.start();
  assert.equal(await sendOutboxEmail(database.db, transport, config.MAIL_FROM, id), true);
  assert.equal(await sendOutboxEmail(database.db, transport, config.MAIL_FROM, id), false);
  await server.waitFor(1);
  assert.equal(server.to('outage@example.test').length, 1);
  const sent = await outboxRow(id);
  assert.equal(sent.attempts, 2);
  assert.equal(sent.lastError, null);
  transport.close();
  await server.stop();
});

test('the worker: a send-email job fails while SMTP is down, is retried, and delivers once when it is back', async () => {
  const server = await startSmtpServer();
  const config = configFor(server);
  await server.stop();
  const queue: JobQueue = await startJobQueue(database);
  const stopWorker = await startWorker(database, queue, config);
  try {
    const id = await queueEmail(database.db, { to: 'worker@example.test', subject: 'Retried', text: 'y' });
    // Retry after a second (the production policy waits 15 s and more), so the test stays short.
    await queue.boss.send(
      'send-email',
      { outboxId: id },
      { retryLimit: 20, retryDelay: 1, retryBackoff: false },
    );
    await waitFor(async () => ((await outboxRow(id)).attempts >= 2 ? true : undefined));
    assert.equal((await outboxRow(id)).sentAt, null, 'still unsent while SMTP is down');
    await server.start();
    const sentAt = await waitFor(async () => (await outboxRow(id)).sentAt ?? undefined);
    assert.ok(sentAt instanceof Date);
    await server.waitFor(1);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(server.to('worker@example.test').length, 1, 'delivered exactly once');
  } finally {
    stopWorker();
    await queue.stop();
    await server.stop();
  }
});
