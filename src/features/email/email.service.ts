/**
 * Email through a transactional outbox: callers insert the message in the same transaction
 * as the change it reports, the worker sends it (`send-email` job) and marks it sent. A crash
 * or SMTP outage delays mail and loses none.
 */
import { and, eq, isNull } from 'drizzle-orm';
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
 * Without SMTP_URL, messages are rendered by nodemailer's JSON transport and written to the
 * log, so development needs no mail server and nothing pretends to have been delivered.
 */
export function createMailTransport(config: Config): Transporter {
  return config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ jsonTransport: true });
}

/** Sends one outbox message if it is still unsent. Throws on SMTP failure so the job retries. */
export async function sendOutboxEmail(
  db: Db,
  transport: Transporter,
  from: string,
  id: number,
): Promise<boolean> {
  const [message] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
  if (!message) return false;
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
    await db
      .update(outbox)
      .set({ sentAt: new Date(), attempts: message.attempts + 1, lastError: null })
      .where(eq(outbox.id, id));
    return true;
  } catch (error) {
    await db
      .update(outbox)
      .set({ attempts: message.attempts + 1, lastError: String(error) })
      .where(eq(outbox.id, id));
    throw error;
  }
}

/** Ids of messages not sent yet (re-queued when a worker starts, in case a job was lost). */
export async function unsentOutboxIds(db: Db): Promise<number[]> {
  const rows = await db.select({ id: outbox.id }).from(outbox).where(isNull(outbox.sentAt)).limit(1000);
  return rows.map((r) => r.id);
}
