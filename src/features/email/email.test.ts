/**
 * The real send path against a local SMTP server: outbox → nodemailer (SMTP_URL) → server, an
 * SMTP outage (the message stays unsent, the job fails and is retried), delivery exactly once
 * when two deliverers (two app instances on PostgreSQL) race, and a crashed worker's claim.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { createTestDatabase } from '../../../test/db.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { getConfig } from '../../config.ts';
import { type Database, openDatabase } from '../../db/database.ts';
import { outbox } from '../../db/schema.ts';
import { type JobQueue, startJobQueue } from '../../jobs/queue.ts';
import { startWorker } from '../../jobs/worker.ts';
import { createMailTransport, deliverOverdueOutbox, queueEmail, sendOutboxEmail } from './email.service.ts';

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

/**
 * A second deliverer as another app instance would be: on PostgreSQL its own connection pool to
 * the same database; on PGlite (one process only) the same database, as two workers in one process.
 */
async function secondInstance(): Promise<Database> {
  if (!database.pool) return { ...database, close: async () => {} };
  const { connectionString } = database.pool.options as { connectionString: string };
  return openDatabase({ url: connectionString, poolSize: 2 });
}

/** Each deliverer tries every id, in the same order, at the same time; returns how many it sent. */
async function race(deliverers: { db: Database; transport: Transporter }[], ids: number[], from: string) {
  return Promise.all(
    deliverers.map(async ({ db, transport }) => {
      let sent = 0;
      const failures: unknown[] = [];
      for (const id of ids) {
        try {
          if (await sendOutboxEmail(db.db, transport, from, id)) sent++;
        } catch (error) {
          failures.push(error);
        }
      }
      return { sent, failures };
    }),
  );
}

async function queueMany(prefix: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      await queueEmail(database.db, {
        to: `${prefix}-${i}@example.test`,
        subject: `${prefix} ${i}`,
        text: '問診',
      }),
    );
  }
  return ids;
}

test('two deliverers racing over the same outbox deliver each message exactly once', async () => {
  const config = configFor(smtp);
  const other = await secondInstance();
  const deliverers = [
    { db: database, transport: createMailTransport(config) },
    { db: other, transport: createMailTransport(config) },
  ];
  try {
    const before = smtp.received.length;
    const ids = await queueMany('race', 12);
    const results = await race(deliverers, ids, config.MAIL_FROM);
    assert.deepEqual(
      results.flatMap((r) => r.failures),
      [],
    );
    assert.equal(results[0]!.sent + results[1]!.sent, ids.length, 'every message sent by one of them');
    await smtp.waitFor(before + ids.length);
    // A second round finds nothing left to send.
    const again = await race(deliverers, ids, config.MAIL_FROM);
    assert.equal(again[0]!.sent + again[1]!.sent, 0);
    for (let i = 0; i < ids.length; i++) {
      assert.equal(smtp.to(`race-${i}@example.test`).length, 1, `race-${i} delivered exactly once`);
    }
    const rows = await database.db.select().from(outbox).where(inArray(outbox.id, ids));
    for (const row of rows) {
      assert.ok(row.sentAt instanceof Date);
      assert.equal(row.claimedAt, null, 'claim released');
      assert.equal(row.attempts, 1, 'claimed once');
    }
  } finally {
    for (const d of deliverers) d.transport.close();
    await other.close();
  }
});

test('SMTP failing under two deliverers, then recovering: nothing lost, everything delivered once', async () => {
  const server = await startSmtpServer();
  const config = configFor(server);
  await server.stop();
  const other = await secondInstance();
  const deliverers = [
    { db: database, transport: createMailTransport(config) },
    { db: other, transport: createMailTransport(config) },
  ];
  try {
    const ids = await queueMany('outage2', 6);
    const down = await race(deliverers, ids, config.MAIL_FROM);
    assert.equal(down[0]!.sent + down[1]!.sent, 0);
    assert.ok(down.flatMap((r) => r.failures).length >= ids.length, 'every message failed at least once');
    for (const row of await database.db.select().from(outbox).where(inArray(outbox.id, ids))) {
      assert.equal(row.sentAt, null, 'still waiting');
      assert.equal(row.claimedAt, null, 'a failed attempt releases its claim');
      assert.match(row.lastError ?? '', /ECONNREFUSED/);
    }
    await server.start();
    const up = await race(deliverers, ids, config.MAIL_FROM);
    assert.deepEqual(
      up.flatMap((r) => r.failures),
      [],
    );
    assert.equal(up[0]!.sent + up[1]!.sent, ids.length);
    await server.waitFor(ids.length);
    assert.equal(server.received.length, ids.length);
    for (let i = 0; i < ids.length; i++) assert.equal(server.to(`outage2-${i}@example.test`).length, 1);
  } finally {
    for (const d of deliverers) d.transport.close();
    await other.close();
    await server.stop();
  }
});

test("a live claim is left alone; a crashed worker's expired claim is taken over by the outbox sweep", async () => {
  const server = await startSmtpServer();
  const config = configFor(server);
  const transport = createMailTransport(config);
  try {
    const [live, expired, unclaimed, fresh] = await queueMany('claim', 4);
    const age = (id: number, claimed: ReturnType<typeof sql> | null) =>
      database.db
        .update(outbox)
        .set({ createdAt: sql`now() - interval '1 hour'`, claimedAt: claimed })
        .where(eq(outbox.id, id));
    await age(live!, sql`now() - interval '1 minute'`);
    await age(expired!, sql`now() - interval '16 minutes'`);
    await age(unclaimed!, null);

    assert.equal(
      await sendOutboxEmail(database.db, transport, config.MAIL_FROM, live!),
      false,
      'claimed elsewhere',
    );
    assert.equal(
      await deliverOverdueOutbox(database.db, transport, config.MAIL_FROM),
      2,
      'the expired claim and the overdue unclaimed message',
    );
    await server.waitFor(2);
    assert.deepEqual(server.received.map((m) => m.envelopeTo[0]).sort(), [
      'claim-1@example.test',
      'claim-2@example.test',
    ]);
    assert.equal((await outboxRow(live!)).sentAt, null, 'a live claim is not taken over');
    assert.equal((await outboxRow(fresh!)).sentAt, null, 'a fresh message is left to its job');
    assert.equal(await deliverOverdueOutbox(database.db, transport, config.MAIL_FROM), 0, 'nothing twice');

    // The crashed worker's claim on `live` expires later: then it is delivered too.
    await database.db
      .update(outbox)
      .set({ claimedAt: sql`now() - interval '16 minutes'` })
      .where(eq(outbox.id, live!));
    assert.equal(await deliverOverdueOutbox(database.db, transport, config.MAIL_FROM), 1);
    await server.waitFor(3);
    assert.equal(server.to('claim-0@example.test').length, 1);
  } finally {
    transport.close();
    await server.stop();
  }
});
