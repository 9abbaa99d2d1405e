/**
 * Editing a Q&A's text with its history: every change of a question's title, body, page title or
 * More Info text, or of an answer's body, stores a revision (who, when, before, after) in the
 * same transaction as the change, and any revision can be reverted (itself a new revision).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers, questions } from '../../db/schema.ts';
import { type Actor, type Anonymous, requireQuestionAccess, requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findQuestion } from '../questions/questions.repository.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import {
  findRevision,
  insertRevision,
  listQuestionRevisions,
  type RevisionEntity,
  type RevisionRow,
} from './revisions.repository.ts';

type QuestionField = 'title' | 'body' | 'pageTitle' | 'moreInfo';
const questionColumns = {
  title: questions.title,
  body: questions.body,
  pageTitle: questions.pageTitle,
  moreInfo: questions.moreInfo,
} as const;

export interface TextChange {
  entityType: RevisionEntity;
  entityId: number;
  field: string;
  after: string | null;
  actorUserId: number | null;
  revertOf?: number;
}

async function currentText(tx: Db, entityType: RevisionEntity, entityId: number, field: string) {
  if (entityType === 'answer') {
    if (field !== 'body') throw notFound('field');
    const [row] = await tx
      .select({ value: answers.body })
      .from(answers)
      .where(eq(answers.id, entityId))
      .for('update');
    return row;
  }
  const column = questionColumns[field as QuestionField];
  if (!column) throw notFound('field');
  // Locked until the edit commits, so two editors saving at once each record the true "before".
  const [row] = await tx
    .select({ value: column })
    .from(questions)
    .where(eq(questions.id, entityId))
    .for('update');
  return row as { value: string | null } | undefined;
}

/**
 * Writes one text field and its revision; returns the revision, or undefined when the text did
 * not change. Call it inside the transaction of the action (pass `tx as unknown as Db`).
 */
export async function changeText(tx: Db, change: TextChange): Promise<RevisionRow | undefined> {
  const current = await currentText(tx, change.entityType, change.entityId, change.field);
  if (!current) throw notFound(change.entityType);
  if (current.value === change.after) return undefined;
  const now = new Date();
  if (change.entityType === 'answer') {
    if (change.after === null) throw new AppError(422, 'invalid_input', 'An answer cannot be empty.');
    await tx
      .update(answers)
      .set({ body: change.after, updatedAt: now })
      .where(eq(answers.id, change.entityId));
  } else {
    const field = change.field as QuestionField;
    if (change.after === null && field !== 'moreInfo') {
      throw new AppError(422, 'invalid_input', 'This text cannot be empty.');
    }
    await tx
      .update(questions)
      .set({ [field]: change.after, updatedAt: now })
      .where(eq(questions.id, change.entityId));
  }
  return insertRevision(tx, {
    entityType: change.entityType,
    entityId: change.entityId,
    field: change.field,
    before: current.value,
    after: change.after,
    actorUserId: change.actorUserId,
    revertOf: change.revertOf ?? null,
  });
}

async function requireEditable(db: Db, actor: Actor | Anonymous, questionId: number) {
  requireRole(actor, 'editor');
  const found = await findQuestion(db, questionId);
  requireQuestionAccess(actor, 'moderate', found?.question);
  return found!.question;
}

async function reindexIfPublished(deps: ServiceDeps, question: { id: number }) {
  const [row] = await deps.db
    .select({ status: questions.status })
    .from(questions)
    .where(eq(questions.id, question.id));
  if (row?.status === 'published') await deps.jobs.send('search-index', { questionIds: [question.id] });
}

export interface QuestionTextEdit {
  title?: string;
  body?: string;
  /** Empty string clears it. */
  moreInfo?: string;
}

/** An editor fixes a question's title, body or More Info text (e.g. to take out personal data). */
export async function editQuestionText(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  questionId: number,
  edit: QuestionTextEdit,
) {
  const question = await requireEditable(deps.db, actor, questionId);
  const changed = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const done: RevisionRow[] = [];
    for (const field of ['title', 'body', 'moreInfo'] as const) {
      const value = edit[field];
      if (value === undefined) continue;
      const after = field === 'moreInfo' && value === '' ? null : value;
      const revision = await changeText(tx, {
        entityType: 'question',
        entityId: questionId,
        field,
        after,
        actorUserId: actor!.userId,
      });
      if (revision) done.push(revision);
    }
    if (done.length > 0) {
      await recordAudit(tx, {
        actorUserId: actor!.userId,
        action: 'question.edit',
        targetType: 'question',
        targetId: questionId,
        details: { fields: done.map((r) => r.field), revisionIds: done.map((r) => r.id) },
      });
    }
    return done;
  });
  if (changed.length > 0) await reindexIfPublished(deps, question);
  return changed;
}

/** An editor fixes the body of one of the question's answers. */
export async function editAnswerBody(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  questionId: number,
  answerId: number,
  body: string,
) {
  const question = await requireEditable(deps.db, actor, questionId);
  const [answer] = await deps.db
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.id, answerId), eq(answers.questionId, questionId)));
  if (!answer) throw notFound('answer');
  const revision = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await changeText(tx, {
      entityType: 'answer',
      entityId: answerId,
      field: 'body',
      after: body,
      actorUserId: actor!.userId,
    });
    if (row) {
      await recordAudit(tx, {
        actorUserId: actor!.userId,
        action: 'answer.edit',
        targetType: 'question',
        targetId: questionId,
        details: { answerId, revisionId: row.id },
      });
    }
    return row;
  });
  if (revision) await reindexIfPublished(deps, question);
  return revision;
}

/** The question a revision belongs to (through its answer for answer revisions). */
async function questionIdOf(db: Db, revision: RevisionRow): Promise<number | undefined> {
  if (revision.entityType === 'question') return revision.entityId;
  const [row] = await db
    .select({ questionId: answers.questionId })
    .from(answers)
    .where(eq(answers.id, revision.entityId));
  return row?.questionId;
}

/** Puts the text back as it was before `revisionId`, as a new revision that names the one undone. */
export async function revertRevision(deps: ServiceDeps, actor: Actor | Anonymous, revisionId: number) {
  requireRole(actor, 'editor');
  const revision = await findRevision(deps.db, revisionId);
  const questionId = revision && (await questionIdOf(deps.db, revision));
  if (!revision || questionId === undefined) throw notFound('revision');
  const question = await requireEditable(deps.db, actor, questionId);
  const created = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await changeText(tx, {
      entityType: revision.entityType,
      entityId: revision.entityId,
      field: revision.field,
      after: revision.before,
      actorUserId: actor.userId,
      revertOf: revision.id,
    });
    if (!row) {
      throw new AppError(409, 'conflict', 'The text is already as it was before this change.');
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'revision.revert',
      targetType: 'question',
      targetId: questionId,
      details: {
        revisionId: row.id,
        revertOf: revision.id,
        entityType: revision.entityType,
        entityId: revision.entityId,
        field: revision.field,
      },
    });
    return row;
  });
  await reindexIfPublished(deps, question);
  return { revision: created, questionId };
}

/** A question's history (its own fields and its answers'), newest first; editors only. */
export async function questionHistory(db: Db, actor: Actor | Anonymous, questionId: number) {
  await requireEditable(db, actor, questionId);
  return listQuestionRevisions(db, questionId);
}
