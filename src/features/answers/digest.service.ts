/**
 * The doctors' daily digest: each subscribed doctor with an account email gets a plain-text
 * summary of their departments' queue, in the language they subscribed in. At most one per doctor
 * and local day (digest_sends), whatever crashes or retries happen.
 */
import type { Db } from '../../db/database.ts';
import { logger } from '../../lib/logger.ts';
import { urls } from '../../web/urls.ts';
import { queueEmail } from '../email/email.service.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { digestEmail } from './answers.emails.ts';
import { claimDigestDay, digestSubscribers, recordDigestOutbox } from './digest.repository.ts';
import { departmentQueues, oldestWaiting } from './doctor-stats.repository.ts';
import { siteUrl } from './info-requests.service.ts';

const HOUR = 3_600_000;
const OLDEST_SHOWN = 5;

/** The calendar day of `now` in `timeZone`, as YYYY-MM-DD. */
export function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Writes today's digests; returns how many were queued and how many doctors were skipped. */
export async function sendDailyDigests(deps: ServiceDeps, now = new Date()) {
  const day = localDay(now, deps.config.TIMEZONE);
  const { answerTargetHours } = await getSettings(deps.db);
  let sent = 0;
  let skipped = 0;
  for (const doctor of await digestSubscribers(deps.db)) {
    const queues = await departmentQueues(deps.db, doctor.departmentIds, answerTargetHours, now);
    // Nothing waiting, nothing to say: an empty digest every day teaches people to ignore it.
    if (queues.every((q) => q.waiting === 0 && q.needsInfo === 0)) {
      skipped++;
      continue;
    }
    const oldest = await oldestWaiting(deps.db, doctor.departmentIds, OLDEST_SHOWN);
    const zh = doctor.lang === 'zh-TW';
    const message = digestEmail(doctor.email, doctor.lang, day, {
      departments: queues.map((q) => ({ ...q, name: zh ? q.nameZh : q.nameEn })),
      oldest: oldest.map((q) => ({
        title: q.title,
        waitingHours: (now.getTime() - q.askedAt.getTime()) / HOUR,
        url: siteUrl(deps.config, urls.doctorQuestion(doctor.lang, q.id)),
      })),
      targetHours: answerTargetHours,
      doctorAreaUrl: siteUrl(deps.config, urls.doctorArea(doctor.lang)),
      unsubscribeNote: zh
        ? '若不想再收到此通知信，請在醫師專區關閉「每日通知信」。'
        : 'To stop these emails, turn off "Daily email" in the doctor area.',
    });
    const outboxId = await deps.db.transaction(async (trx) => {
      const tx = trx as unknown as Db;
      if (!(await claimDigestDay(tx, doctor.doctorId, day))) return undefined;
      const id = await queueEmail(tx, message);
      await recordDigestOutbox(tx, doctor.doctorId, day, id);
      return id;
    });
    if (outboxId === undefined) {
      skipped++;
      continue;
    }
    await deps.jobs.send('send-email', { outboxId });
    sent++;
  }
  logger.info({ day, sent, skipped }, 'daily digest');
  return { day, sent, skipped };
}
