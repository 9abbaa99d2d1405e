/**
 * The doctor side's jobs through the real queue on the engine under test: both are scheduled from
 * the configuration (cron in TIMEZONE), and a queued `escalate-overdue` / `daily-digest` job runs
 * its pass (the passes themselves are tested in src/features/answers).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../test/db.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../test/factories.ts';
import { getConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { digestSends, doctors, questions } from '../db/schema.ts';
import { startDoctorJobs } from './doctor-jobs.ts';
import { type JobQueue, startJobQueue } from './queue.ts';

let database: Database;
let queue: JobQueue;
before(async () => {
  database = await createTestDatabase();
  queue = await startJobQueue(database);
  await startDoctorJobs(database, queue, getConfig());
});
after(async () => {
  await queue.stop();
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

test('both jobs are scheduled with the configured cron in the deployment time zone', async () => {
  const config = getConfig();
  const schedules = await queue.boss.getSchedules();
  const byName = new Map(schedules.map((s) => [s.name, s]));
  assert.equal(byName.get('daily-digest')?.cron, config.DIGEST_CRON);
  assert.equal(byName.get('daily-digest')?.timezone, config.TIMEZONE);
  assert.equal(byName.get('escalate-overdue')?.cron, config.ESCALATION_CRON);
});

test('a queued escalate-overdue job escalates, and a queued daily-digest job writes the digest', async () => {
  const db = database.db;
  const q = await buildQuestion(db, { status: 'approved', department: 'neurology' });
  await db
    .update(questions)
    .set({ askedAt: new Date(Date.now() - 500 * 3_600_000) })
    .where(eq(questions.id, q.id));
  await buildUser(db, { roles: ['editor'] });
  await queue.send('escalate-overdue', {});
  const escalatedAt = await waitFor(async () => {
    const [row] = await db.select().from(questions).where(eq(questions.id, q.id));
    return row?.escalatedAt ?? undefined;
  });
  assert.ok(escalatedAt instanceof Date);

  const doctor = await buildDoctor(db, { departments: ['neurology'] });
  await buildUser(db, { roles: ['doctor'], doctorId: doctor.id });
  await db.update(doctors).set({ dailyDigest: true }).where(eq(doctors.id, doctor.id));
  await queue.send('daily-digest', {});
  const sent = await waitFor(async () => {
    const [row] = await db.select().from(digestSends).where(eq(digestSends.doctorId, doctor.id));
    return row;
  });
  assert.ok(sent.outboxId);
});
