/**
 * Readers report a published Q&A (personal information, a medical error, abuse, copyright, …);
 * reports wait for editors, who resolve them (saying what they did, often an edit or a removal)
 * or dismiss them. Closing a report is audited in the same transaction.
 */
import type { Db } from '../../db/database.ts';
import { type Actor, type Anonymous, requireQuestionAccess, requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findQuestion } from '../questions/questions.repository.ts';
import { closeReport, findReport, insertReport } from './reports.repository.ts';
import type { ReportForm } from './reports.schema.ts';

/** The published Q&A a reader may report, or 404 (only published Q&As can be reported). */
export async function reportableQuestion(db: Db, actor: Actor | Anonymous, questionId: number) {
  const found = await findQuestion(db, questionId);
  // Only published Q&As can be reported; anything else is "not found" to a reader.
  requireQuestionAccess(actor, 'view', found?.question);
  if (found!.question.status !== 'published') throw notFound('question');
  return found!;
}

/** Stores a reader's report of a published Q&A. */
export async function fileReport(db: Db, actor: Actor | Anonymous, questionId: number, form: ReportForm) {
  await reportableQuestion(db, actor, questionId);
  return insertReport(db, {
    questionId,
    reason: form.reason,
    details: form.details,
    reporterUserId: actor?.userId ?? null,
  });
}

/** An editor closes an open report: `resolved` (with what was done) or `dismissed`. */
export async function closeReportAs(
  db: Db,
  actor: Actor | Anonymous,
  reportId: number,
  status: 'resolved' | 'dismissed',
  note: string,
) {
  requireRole(actor, 'editor');
  const report = await findReport(db, reportId);
  if (!report) throw notFound('report');
  return db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await closeReport(tx, reportId, { status, resolvedBy: actor.userId, resolution: note });
    if (!row) throw new AppError(409, 'conflict', 'This report was closed already.');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: status === 'resolved' ? 'report.resolve' : 'report.dismiss',
      targetType: 'report',
      targetId: reportId,
      details: { questionId: report.questionId, reason: report.reason, note },
    });
    return row;
  });
}
