/**
 * Email through a transactional outbox: callers insert the message in the same transaction
 * as the change it reports, the worker sends it (`send-email` job) and marks it sent. A crash
 * or SMTP outage delays mail and loses none.
 *
 * Several workers (app instances on PostgreSQL, or several jobs for one message) may try the same
 * message, so a deliverer first claims it with one atomic UPDATE … RETURNING: only the deliverer
 * whose UPDATE matched sends. The claim is cleared after the attempt (sent or failed); a claim left
 * by a crashed worker expires after {@link OUTBOX_CLAIM_LEASE_MS} and the outbox sweep retries it.
 */
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { outbox } from '../../db/schema.ts';
import { logger } from '../../lib/logger.ts';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Adds a message to the outbox; returns its id for the `send-email` job. */
export async function queueEmail(db: Db, message: EmailMessage): Promise<number> {
  const [row] = await db.insert(outbox).values(message).returning({ id: outbox.id });
  return row!.id;
}

/**
 * How long a claim holds. Longer than any send can take (the transport's timeouts below end a
 * stalled SMTP conversation within a few minutes), so a live claim is never taken over while its
 * message may still be on its way; a crashed worker's messages wait at most this long.
 */
export const OUTBOX_CLAIM_LEASE_MS = 15 * 60 * 1000;

/** A message not sent this long after it was queued is picked up by the worker's outbox sweep. */
export const OUTBOX_SWEEP_AFTER_MS = 5 * 60 * 1000;

/**
 * Without SMTP_URL, messages are rendered by nodemailer's JSON transport and written to the
 * log, so development needs no mail server and nothing pretends to have been delivered.
 * Timeouts bound one SMTP conversation well inside the claim lease (nodemailer's own socket
 * timeout is 10 minutes); options given in SMTP_URL's query string take precedence.
 */
export function createMailTransport(config: Config): Transporter {
  return config.SMTP_URL
    ? nodemailer.createTransport({
        url: config.SMTP_URL,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : nodemailer.createTransport({ jsonTransport: true });
}

/**
 * Claims are stamped and judged by the database's clock, the one clock every instance shares;
 * milliseconds, so the stamp read back into a JS Date matches the stored one exactly.
 */
const databaseNow = sql<Date>`date_trunc('milliseconds', now())`;
/** A claim taken before this has expired. */
const claimCutoff = () => sql`now() - make_interval(secs => ${OUTBOX_CLAIM_LEASE_MS / 1000})`;

/**
 * Sends one outbox message if it is unsent and nobody else holds a live claim on it. Returns true
 * when this call delivered it; false when it was already sent or another deliverer is on it.
 * Throws on SMTP failure (the claim is released first) so the job retries.
 */
export async function sendOutboxEmail(
  db: Db,
  transport: Transporter,
  from: string,
  id: number,
): Promise<boolean> {
  // The claim: one statement, so of two deliverers racing here exactly one gets the row back
  // (PostgreSQL re-checks the WHERE on the row the other one just updated).
  const [message] = await db
    .update(outbox)
    .set({ claimedAt: databaseNow, attempts: sql`${outbox.attempts} + 1` })
    .where(
      and(
        eq(outbox.id, id),
        isNull(outbox.sentAt),
        or(isNull(outbox.claimedAt), lt(outbox.claimedAt, claimCutoff())),
      ),
    )
    .returning();
  if (!message?.claimedAt) return false;
  // Only our own claim is finished: if it expired and another deliverer took the message over,
  // that deliverer's claim is left alone.
  const ours = and(eq(outbox.id, id), eq(outbox.claimedAt, message.claimedAt));
  try {
    const info = await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    if ('message' in info && typeof info.message === 'string') {
      logger.info(
        { outboxId: id, to: message.to, subject: message.subject },
        'email (no SMTP_URL set; logged only)',
      );
    }
  } catch (error) {
    await db
      .update(outbox)
      .set({ claimedAt: null, lastError: String(error) })
      .where(ours);
    throw error;
  }
  // Sent: recorded even if the claim expired meanwhile, so the message is not sent a third time.
  await db
    .update(outbox)
    .set({ sentAt: new Date(), claimedAt: null, lastError: null })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
  return true;
}

/** Ids of messages not sent yet (re-queued when a worker starts, in case a job was lost). */
export async function unsentOutboxIds(db: Db): Promise<number[]> {
  const rows = await db.select({ id: outbox.id }).from(outbox).where(isNull(outbox.sentAt)).limit(1000);
  return rows.map((r) => r.id);
}

/**
 * The outbox sweep's pass: delivers messages still unsent {@link OUTBOX_SWEEP_AFTER_MS} after they
 * were queued and not claimed by a live deliverer, oldest first; this catches messages whose job
 * ran out of retries during a long SMTP outage and those a crashed worker had claimed. Stops at
 * the first SMTP failure (the server is likely down; the next pass tries again). Returns how many
 * it delivered.
 */
export async function deliverOverdueOutbox(
  db: Db,
  transport: Transporter,
  from: string,
  options: { limit?: number; stopped?: () => boolean } = {},
): Promise<number> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        lt(outbox.createdAt, sql`now() - make_interval(secs => ${OUTBOX_SWEEP_AFTER_MS / 1000})`),
        or(isNull(outbox.claimedAt), lt(outbox.claimedAt, claimCutoff())),
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(options.limit ?? 100);
  let delivered = 0;
  for (const { id } of rows) {
    if (options.stopped?.()) break;
    if (await sendOutboxEmail(db, transport, from, id)) delivered++;
  }
  return delivered;
}
