/**
 * Information requests: a doctor asks the asker for more details (the question waits in
 * 'needs_info'), the asker answers on their private status page, and the question returns to the
 * queue still claimed by that doctor. Each step is one transaction with its audit entry and email.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { informationRequests } from '../../db/schema.ts';
import { type Actor, type Anonymous, requireQuestionAccess, requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { hashToken } from '../../lib/tokens.ts';
import { urls } from '../../web/urls.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueEmail } from '../email/email.service.ts';
import {
  findQuestion,
  findQuestionByTokenHash,
  transitionStatus,
} from '../questions/questions.repository.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { askerRepliedEmail, infoRequestEmail } from './answers.emails.ts';
import {
  askerContact,
  doctorContact,
  findOpenRequest,
  listInfoRequests,
  markNeedsInfo,
  saveResponse,
} from './info-requests.repository.ts';

/** An absolute link for emails (PUBLIC_URL, or this server during development). */
export function siteUrl(config: Config, path: string): string {
  return new URL(path, config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).toString();
}

/** A doctor of the department asks the asker of an approved question for more information. */
export async function requestInformation(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  questionId: number,
  message: string,
) {
  requireRole(actor, 'doctor');
  const found = await findQuestion(deps.db, questionId);
  requireQuestionAccess(actor, 'claim', found?.question);
  const question = found!.question;
  const doctorId = actor.doctor!.id;
  if (question.status !== 'approved') {
    throw new AppError(409, 'conflict', 'Only a question waiting for an answer can get a request.');
  }
  const outboxId = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await markNeedsInfo(db, questionId, doctorId))) {
      throw new AppError(409, 'conflict', 'Another doctor has claimed this question.');
    }
    const [request] = await db
      .insert(informationRequests)
      .values({ questionId, doctorId, message })
      .returning({ id: informationRequests.id });
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: 'question.request_info',
      targetType: 'question',
      targetId: questionId,
      details: { requestId: request!.id },
    });
    const asker = await askerContact(db, question.askerId);
    if (!asker?.email) return undefined;
    return queueEmail(
      db,
      infoRequestEmail(asker.email, question.lang, {
        title: question.title,
        message,
        accountUrl: asker.userId ? siteUrl(deps.config, urls.account(question.lang)) : undefined,
      }),
    );
  });
  if (outboxId !== undefined) await deps.jobs.send('send-email', { outboxId });
}

/**
 * The holder of the status link answers the open request: the answer is stored next to the
 * request, the question goes back to 'approved' (the claim stays) and the doctor is emailed.
 */
export async function answerInformationRequest(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  token: string,
  response: string,
) {
  const tokenHash = hashToken(token);
  const row = await findQuestionByTokenHash(deps.db, tokenHash);
  if (!row) throw notFound('question');
  const found = await findQuestion(deps.db, row.id);
  requireQuestionAccess(actor, 'view', found?.question, tokenHash);
  const question = found!.question;
  const open = await findOpenRequest(deps.db, question.id);
  if (question.status !== 'needs_info' || !open) {
    throw new AppError(409, 'conflict', 'There is no open request for more information.');
  }
  const outboxId = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const saved = await saveResponse(db, open.id, response);
    const moved = await transitionStatus(db, question.id, ['needs_info'], { status: 'approved' });
    if (!saved || !moved) throw new AppError(409, 'conflict', 'This request was already answered.');
    await recordAudit(db, {
      actorUserId: actor?.userId ?? null,
      action: 'question.info_reply',
      targetType: 'question',
      targetId: question.id,
      // The reply always comes through the status link, signed in or not.
      details: { origin: 'status-link', requestId: open.id },
    });
    const doctor = await doctorContact(db, open.doctorId);
    if (!doctor) return undefined;
    // In the question's language: the doctor read and answers the question in it.
    return queueEmail(
      db,
      askerRepliedEmail(doctor.email, question.lang, {
        title: question.title,
        url: siteUrl(deps.config, urls.doctorQuestion(question.lang, question.id)),
      }),
    );
  });
  if (outboxId !== undefined) await deps.jobs.send('send-email', { outboxId });
  return question.id;
}

export { listInfoRequests };
