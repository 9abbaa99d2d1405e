/**
 * What an asker can do with their own question through the private status link alone (no
 * account needed): withdraw it while unanswered, or have a published Q&A taken off the site at
 * once. Both record why, and are audited with no actor and the status link as origin.
 */
import type { Db } from '../../db/database.ts';
import type { QuestionStatus } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { askerActionMessages } from './asker-actions.messages.ts';
import { findQuestion, findQuestionByTokenHash, transitionStatus } from './questions.repository.ts';
import type { RemovalRequestForm, WithdrawForm } from './questions.schema.ts';
import type { ServiceDeps } from './questions.service.ts';

/** States in which the asker may still withdraw: nobody has answered yet. */
export const WITHDRAWABLE: readonly QuestionStatus[] = ['submitted', 'approved', 'needs_info'];
/** States in which the asker may have the Q&A removed: answered (not yet public) or published. */
export const REMOVABLE_BY_ASKER: readonly QuestionStatus[] = ['answered', 'published'];

/** The question behind a status link, or 404 (a wrong token reveals nothing). */
export async function questionForToken(db: Db, token: string) {
  const row = await findQuestionByTokenHash(db, hashToken(token));
  const found = row && (await findQuestion(db, row.id));
  if (!found) throw notFound('question');
  return found.question;
}

function conflict() {
  return new AppError(409, 'conflict', 'The question has moved on in the meantime.');
}

/** Withdraws an unanswered question; doctors no longer see it. */
export async function withdrawByAsker(deps: ServiceDeps, token: string, form: WithdrawForm) {
  const question = await questionForToken(deps.db, token);
  if (!WITHDRAWABLE.includes(question.status)) throw conflict();
  const m = askerActionMessages(question.lang);
  const statusReason = m.storedReason(m.withdrawReasons[form.reason], form.details);
  await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await transitionStatus(tx, question.id, [...WITHDRAWABLE], {
      status: 'withdrawn',
      statusReason,
    });
    if (!row) throw conflict();
    await recordAudit(tx, {
      actorUserId: null,
      action: 'question.withdraw',
      targetType: 'question',
      targetId: question.id,
      details: { origin: 'status-link', reason: form.reason, details: form.details, from: question.status },
    });
  });
  return question.id;
}

/** Takes the asker's Q&A off the site at once and out of search, recording why. */
export async function removeByAsker(deps: ServiceDeps, token: string, form: RemovalRequestForm) {
  const question = await questionForToken(deps.db, token);
  if (!REMOVABLE_BY_ASKER.includes(question.status)) throw conflict();
  const m = askerActionMessages(question.lang);
  const statusReason = m.storedReason(m.removeReasons[form.reason], form.details);
  await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await transitionStatus(tx, question.id, [...REMOVABLE_BY_ASKER], {
      status: 'removed',
      statusReason,
    });
    if (!row) throw conflict();
    await recordAudit(tx, {
      actorUserId: null,
      action: 'question.remove',
      targetType: 'question',
      targetId: question.id,
      details: { origin: 'status-link', reason: form.reason, details: form.details, from: question.status },
    });
  });
  await deps.jobs.send('search-index', { questionIds: [question.id] });
  return question.id;
}
