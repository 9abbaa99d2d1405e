/**
 * The daily digest on the engine under test: who gets it, what it says, in which language, and
 * never twice for the same doctor and day.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import { digestSends, doctors, outbox, questions } from '../../db/schema.ts';
import { localDay, sendDailyDigests } from './digest.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const HOUR = 3_600_000;

async function subscriber(departments: string[], lang: 'en' | 'zh-TW', withAccount = true) {
  const doctor = await buildDoctor(t.db, { departments });
  await t.db.update(doctors).set({ dailyDigest: true, digestLang: lang }).where(eq(doctors.id, doctor.id));
  const user = withAccount ? await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id }) : undefined;
  return { doctor, email: user?.email };
}

async function waiting(
  department: string,
  status: 'approved' | 'needs_info',
  hoursAgo: number,
  title: string,
) {
  const q = await buildQuestion(t.db, { status, department, title });
  await t.db
    .update(questions)
    .set({ askedAt: new Date(Date.now() - hoursAgo * HOUR) })
    .where(eq(questions.id, q.id));
  return q;
}

test('localDay is the calendar day in the deployment time zone', () => {
  assert.equal(localDay(new Date('2026-11-25T17:00:00Z'), 'Asia/Taipei'), '2026-11-26');
  assert.equal(localDay(new Date('2026-11-25T15:59:00Z'), 'Asia/Taipei'), '2026-11-25');
  assert.equal(localDay(new Date('2026-11-25T03:00:00Z'), 'America/New_York'), '2026-11-24');
});

test('subscribed doctors with an email get their departments queue once a day, in their language', async () => {
  const deps = { db: t.db, jobs: t.jobs, config: getConfig() };
  const en = await subscriber(['urology', 'nephrology'], 'en');
  const zh = await subscriber(['urology'], 'zh-TW');
  await subscriber(['urology'], 'en', false); // no account, no address: skipped
  const idle = await subscriber(['psychiatry'], 'en'); // nothing waiting: skipped
  const notSubscribed = await buildDoctor(t.db, { departments: ['urology'] });
  const unsubscribedUser = await buildUser(t.db, { roles: ['doctor'], doctorId: notSubscribed.id });
  await waiting('urology', 'approved', 100, 'Oldest kidney stone question');
  await waiting('urology', 'approved', 2, 'Newer bladder question');
  await waiting('nephrology', 'needs_info', 10, 'Waiting for the asker');

  const now = new Date();
  const first = await sendDailyDigests(deps, now);
  assert.equal(first.sent, 2);
  const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, en.email!));
  assert.equal(mail!.subject, 'Daily queue: 2 waiting (1 overdue)');
  assert.match(mail!.text, /Urology: 2 waiting, 1 overdue, 0 waiting for the asker/);
  assert.match(mail!.text, /Nephrology: 0 waiting, 0 overdue, 1 waiting for the asker/);
  assert.match(
    mail!.text,
    /Waiting longest:\n- Oldest kidney stone question \(4\.2 days\) http:\/\/localhost:\d+\/en\/doctor\/questions\/\d+\n- Newer bladder question/,
  );
  assert.match(mail!.text, /To stop these emails/);
  assert.doesNotMatch(mail!.text, /<|>/, 'plain text');
  const [zhMail] = await t.db.select().from(outbox).where(eq(outbox.to, zh.email!));
  assert.equal(zhMail!.subject, '每日待回覆摘要：2 則（逾時 1）');
  assert.match(zhMail!.text, /泌尿科：待回覆 2，逾時 1/);
  assert.equal((await t.db.select().from(outbox).where(eq(outbox.to, idle.email!))).length, 0);
  assert.equal((await t.db.select().from(outbox).where(eq(outbox.to, unsubscribedUser.email))).length, 0);
  const [record] = await t.db.select().from(digestSends).where(eq(digestSends.doctorId, en.doctor.id));
  assert.equal(record!.outboxId, mail!.id);
  assert.equal(record!.day, localDay(now, deps.config.TIMEZONE));

  // A retry the same day (a crashed worker, a re-run job) sends nothing more.
  const total = (await t.db.select().from(outbox)).length;
  const again = await sendDailyDigests(deps, new Date(now.getTime() + 60_000));
  assert.equal(again.sent, 0);
  assert.equal((await t.db.select().from(outbox)).length, total);

  // The next day is a new digest.
  const tomorrow = await sendDailyDigests(deps, new Date(now.getTime() + 24 * HOUR));
  assert.equal(tomorrow.sent, 2);
});
