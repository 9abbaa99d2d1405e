/**
 * Escalation: questions waiting for a doctor longer than the deployment's target
 * (setting `answerTargetHours`) are marked once, audited, and reported to every editor by email,
 * all in one transaction. Run periodically by the `escalate-overdue` job; the editor's panel does
 * not wait for it (it lists what `overdueRule` finds at request time).
 */
import type { Db } from '../../db/database.ts';
import { logger } from '../../lib/logger.ts';
import { urls } from '../../web/urls.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueEmail } from '../email/email.service.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { escalationEmail } from './answers.emails.ts';
import { editorEmails, markEscalated } from './escalation.repository.ts';
import { siteUrl } from './info-requests.service.ts';
import { overdueRule } from './overdue.ts';

/** One pass; returns the ids escalated now. */
export async function escalateOverdueQuestions(deps: ServiceDeps, now = new Date()): Promise<number[]> {
  const { answerTargetHours } = await getSettings(deps.db);
  const rule = overdueRule(answerTargetHours, now);
  const { ids, outboxIds } = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const marked = await markEscalated(tx, rule, now);
    if (marked.length === 0) return { ids: [], outboxIds: [] };
    for (const q of marked) {
      await recordAudit(tx, {
        actorUserId: null,
        action: 'question.escalate',
        targetType: 'question',
        targetId: q.id,
        details: { answerTargetHours, askedAt: q.askedAt.toISOString() },
      });
    }
    const items = marked.map((q) => ({
      ...q,
      url: siteUrl(deps.config, urls.editorQuestion('zh-TW', q.id)),
    }));
    const editorUrl = siteUrl(deps.config, urls.editorArea('zh-TW'));
    const queued: number[] = [];
    for (const to of await editorEmails(tx)) {
      queued.push(await queueEmail(tx, escalationEmail(to, items, answerTargetHours, editorUrl)));
    }
    return { ids: marked.map((q) => q.id), outboxIds: queued };
  });
  for (const outboxId of outboxIds) await deps.jobs.send('send-email', { outboxId });
  if (ids.length > 0) logger.info({ questionIds: ids, answerTargetHours }, 'questions escalated to editors');
  return ids;
}
