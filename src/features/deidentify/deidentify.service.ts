/**
 * De-identification of a question before it is published: the findings in its texts (title,
 * page title, body, More Info, answers), one-click redaction (a revision and an audit entry in
 * one transaction), and the check publishing makes.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers as answersTable, questions } from '../../db/schema.ts';
import { type Actor, type Anonymous, requireQuestionAccess, requireRole } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { answersFor, findQuestion } from '../questions/questions.repository.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { changeText } from '../revisions/revisions.service.ts';
import { textsOfQuestions } from './deidentify.repository.ts';
import type { RedactableField, RedactInput } from './deidentify.schema.ts';
import { detectPersonalData } from './detect.ts';
import type { Finding, PiiType } from './pii-types.ts';
import { redact } from './redact.ts';

export interface ScannedText {
  field: RedactableField;
  answerId?: number;
  text: string;
  findings: Finding[];
}

export interface ScannableQuestion {
  title: string;
  pageTitle: string;
  body: string;
  moreInfo: string | null;
}

/** The findings of every text of a question that is (or will be) public; texts without any are left out. */
export function scanQuestionTexts(
  question: ScannableQuestion,
  answers: readonly { id: number; body: string }[],
): ScannedText[] {
  const texts: Omit<ScannedText, 'findings'>[] = [
    { field: 'title', text: question.title },
    { field: 'pageTitle', text: question.pageTitle },
    { field: 'body', text: question.body },
    ...(question.moreInfo ? [{ field: 'moreInfo' as const, text: question.moreInfo }] : []),
    ...answers.map((answer) => ({ field: 'answer' as const, answerId: answer.id, text: answer.body })),
  ];
  return texts
    .map((item) => ({ ...item, findings: detectPersonalData(item.text) }))
    .filter((item) => item.findings.length > 0);
}

/** How many findings of each type, for the audit log (never the personal data itself). */
export function countFindingTypes(scan: readonly ScannedText[]): Partial<Record<PiiType, number>> {
  const counts: Partial<Record<PiiType, number>> = {};
  for (const item of scan) for (const f of item.findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** Reads the question and its answers through `db` (pass the transaction handle inside one) and scans them. */
export async function scanQuestion(db: Db, questionId: number): Promise<ScannedText[]> {
  const found = await findQuestion(db, questionId);
  if (!found) return [];
  const answers = (await answersFor(db, [questionId])).get(questionId) ?? [];
  return scanQuestionTexts(found.question, answers);
}

/**
 * Finding counts by type for each of the given questions (a page of the review queue): their
 * texts are read in two queries and scanned in memory, so the cost follows the page, not the
 * table. Every id gets an entry; `{}` means nothing was found.
 */
export async function findingCountsFor(
  db: Db,
  questionIds: readonly number[],
): Promise<Map<number, Partial<Record<PiiType, number>>>> {
  const texts = await textsOfQuestions(db, questionIds);
  const counts = new Map<number, Partial<Record<PiiType, number>>>();
  for (const id of questionIds) {
    const found = texts.get(id);
    counts.set(id, found ? countFindingTypes(scanQuestionTexts(found.question, found.answers)) : {});
  }
  return counts;
}

/** What the audit log keeps of a scan: the counts by type and where they are, never the data. */
export function findingsAuditDetails(scan: readonly ScannedText[]) {
  return {
    findingTypes: countFindingTypes(scan),
    fields: scan.map((item) => (item.answerId ? `answer:${item.answerId}` : item.field)),
  };
}

/** Thrown by publishing when findings are unresolved and the editor did not override. */
export function unresolvedFindingsError(scan: readonly ScannedText[]): AppError {
  const count = scan.reduce((n, item) => n + item.findings.length, 0);
  return new AppError(
    400,
    'personal_data_found',
    `The question still contains ${count} possible piece(s) of personal data: redact them, or confirm that it may be published anyway.`,
    { override: 'personal_data_unresolved' },
  );
}

/**
 * Inside the publishing transaction: refuses (400) when findings are unresolved and `override`
 * is not set; with the override, records it in the audit log with the finding types.
 */
export async function checkFindingsBeforePublish(
  tx: Db,
  actorUserId: number,
  questionId: number,
  override: boolean,
): Promise<void> {
  const scan = await scanQuestion(tx, questionId);
  if (scan.length === 0) return;
  if (!override) throw unresolvedFindingsError(scan);
  await recordAudit(tx, {
    actorUserId,
    action: 'question.publish_override',
    targetType: 'question',
    targetId: questionId,
    details: findingsAuditDetails(scan),
  });
}

async function requireEditor(db: Db, actor: Actor | Anonymous, questionId: number) {
  requireRole(actor, 'editor');
  const found = await findQuestion(db, questionId);
  requireQuestionAccess(actor, 'moderate', found?.question);
  return actor!;
}

/**
 * Locks the question's row and its answers' rows for the rest of the transaction, so that an
 * edit saved meanwhile cannot be overwritten by text computed from what was read before it.
 */
export async function lockQuestionTexts(tx: Db, questionId: number) {
  await tx.select({ id: questions.id }).from(questions).where(eq(questions.id, questionId)).for('update');
  await tx
    .select({ id: answersTable.id })
    .from(answersTable)
    .where(eq(answersTable.questionId, questionId))
    .for('update');
}

function staleError(): AppError {
  return new AppError(
    409,
    'conflict',
    'The text changed since the page was shown: reload it and redact again.',
  );
}

/** The entity and field of a redactable text, in revision terms. */
function target(field: RedactableField, questionId: number, answerId?: number) {
  return field === 'answer'
    ? { entityType: 'answer' as const, entityId: answerId!, field: 'body' }
    : { entityType: 'question' as const, entityId: questionId, field };
}

async function auditRedaction(
  tx: Db,
  actorUserId: number,
  questionId: number,
  details: Record<string, unknown>,
) {
  await recordAudit(tx, {
    actorUserId,
    action: 'question.redact',
    targetType: 'question',
    targetId: questionId,
    details,
  });
}

/** Replaces one finding with its placeholder; the change is a revision and an audit entry, in one transaction. */
export async function redactFinding(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  questionId: number,
  input: RedactInput,
): Promise<void> {
  const editor = await requireEditor(deps.db, actor, questionId);
  await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    await lockQuestionTexts(tx, questionId);
    const scan = await scanQuestion(tx, questionId);
    const item = scan.find((s) => s.field === input.field && s.answerId === input.answerId);
    const finding = item?.findings.find(
      (f) => f.start === input.start && f.end === input.end && f.text === input.text && f.type === input.type,
    );
    // The answer must belong to this question, and the text must still read the same there.
    if (!item || !finding) throw staleError();
    const revision = await changeText(tx, {
      ...target(input.field, questionId, input.answerId),
      after: redact(item.text, [finding]),
      actorUserId: editor.userId,
    });
    await auditRedaction(tx, editor.userId, questionId, {
      field: input.field,
      ...(input.answerId ? { answerId: input.answerId } : {}),
      types: [input.type],
      revisionIds: revision ? [revision.id] : [],
    });
  });
  await reindexIfPublished(deps, questionId);
}

/** Redacts every current finding of every text; one transaction, one revision per changed text. */
export async function redactAllFindings(deps: ServiceDeps, actor: Actor | Anonymous, questionId: number) {
  const editor = await requireEditor(deps.db, actor, questionId);
  const redacted = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    await lockQuestionTexts(tx, questionId);
    const scan = await scanQuestion(tx, questionId);
    const revisionIds: number[] = [];
    for (const item of scan) {
      const revision = await changeText(tx, {
        ...target(item.field, questionId, item.answerId),
        after: redact(item.text, item.findings),
        actorUserId: editor.userId,
      });
      if (revision) revisionIds.push(revision.id);
    }
    if (scan.length > 0) {
      await auditRedaction(tx, editor.userId, questionId, {
        all: true,
        findingTypes: countFindingTypes(scan),
        revisionIds,
      });
    }
    return scan.length;
  });
  if (redacted > 0) await reindexIfPublished(deps, questionId);
  return redacted;
}

async function reindexIfPublished(deps: ServiceDeps, questionId: number) {
  const found = await findQuestion(deps.db, questionId);
  if (found?.question.status === 'published')
    await deps.jobs.send('search-index', { questionIds: [questionId] });
}
