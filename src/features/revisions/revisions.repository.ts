/** SQL for revisions: the stored history of every edit of a question's or an answer's text. */
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers, revisions, users } from '../../db/schema.ts';

export type RevisionRow = typeof revisions.$inferSelect;
export type RevisionEntity = RevisionRow['entityType'];

/** The text fields that keep revisions, per entity. */
export const REVISED_FIELDS = {
  question: ['title', 'body', 'pageTitle', 'moreInfo'],
  answer: ['body'],
} as const satisfies Record<RevisionEntity, readonly string[]>;
export type RevisedField = (typeof REVISED_FIELDS)[RevisionEntity][number];

export interface NewRevision {
  entityType: RevisionEntity;
  entityId: number;
  field: string;
  before: string | null;
  after: string | null;
  actorUserId: number | null;
  revertOf?: number | null;
}

/** Stores one revision; pass the transaction handle of the edit it records. */
export async function insertRevision(db: Db, revision: NewRevision) {
  const [row] = await db
    .insert(revisions)
    .values({ ...revision, revertOf: revision.revertOf ?? null })
    .returning();
  return row!;
}

export async function findRevision(db: Db, id: number) {
  const [row] = await db.select().from(revisions).where(eq(revisions.id, id)).limit(1);
  return row;
}

/** Every revision of a question and of its answers, newest first, with the editor's name. */
export async function listQuestionRevisions(db: Db, questionId: number, limit = 200) {
  const answerIds = (
    await db.select({ id: answers.id }).from(answers).where(eq(answers.questionId, questionId))
  ).map((a) => a.id);
  const ofQuestion = and(eq(revisions.entityType, 'question'), eq(revisions.entityId, questionId));
  const where =
    answerIds.length > 0
      ? or(ofQuestion, and(eq(revisions.entityType, 'answer'), inArray(revisions.entityId, answerIds)))
      : ofQuestion;
  return db
    .select({ revision: revisions, actorName: users.displayName })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.actorUserId))
    .where(where)
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit);
}
