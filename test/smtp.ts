/**
 * A real SMTP server for tests (the smtp-server package), on 127.0.0.1 and a free port. It
 * accepts every message, parses it with mailparser and keeps it, so a test can read what the
 * app really sent over SMTP. `stop()` then `start()` again on the same port simulates an outage.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { getConfig } from '../src/config.ts';
import type { Db } from '../src/db/database.ts';
import { createMailTransport, sendOutboxEmail } from '../src/features/email/email.service.ts';
import type { RecordedJobs } from './app.ts';

export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Envelope recipients as the SMTP client gave them (RCPT TO). */
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  readonly url: string;
  readonly received: ReceivedEmail[];
  /** Resolves once at least `count` messages arrived (throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  /** Messages sent to this address, oldest first. */
  to(address: string): ReceivedEmail[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

function newServer(received: ReceivedEmail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
          received.push({
            from: parsed.from?.text ?? '',
            to: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
}

/** Starts a server on a free port (or `port`). Call `stop()` in `after`. */
export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  let server: SMTPServer | undefined;
  let boundPort = port;
  const listen = async () => {
    const s = newServer(received);
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(boundPort, '127.0.0.1', () => resolve());
    });
    boundPort = (s.server.address() as AddressInfo).port;
    server = s;
  };
  await listen();
  return {
    get port() {
      return boundPort;
    },
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    received,
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) {
          throw new Error(`expected ${count} emails, the SMTP server received ${received.length}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    to(address) {
      return received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
    },
    async start() {
      if (!server) await listen();
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}

/**
 * Sends, through the real SMTP path (nodemailer → this server), every `send-email` job a test
 * app recorded since the last call, as the worker would; returns the messages received.
 */
export async function deliverRecordedEmails(
  t: { db: Db; jobs: RecordedJobs },
  smtp: TestSmtpServer,
): Promise<ReceivedEmail[]> {
  const config = { ...getConfig(), SMTP_URL: smtp.url };
  const transport = createMailTransport(config);
  const before = smtp.received.length;
  const jobs = t.jobs.sent.splice(0).filter((job) => job.name === 'send-email');
  for (const job of jobs) {
    await sendOutboxEmail(t.db, transport, config.MAIL_FROM, (job.payload as { outboxId: number }).outboxId);
  }
  transport.close();
  return smtp.waitFor(before + jobs.length).then((all) => all.slice(before));
}

/** The first link to this site in an email's text, as a path (the test app answers any host). */
export function linkPath(email: ReceivedEmail): string {
  const match = /https?:\/\/\S+/.exec(email.text);
  if (!match) throw new Error(`no link in: ${email.text}`);
  return new URL(match[0]).pathname;
}
