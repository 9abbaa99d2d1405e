/**
 * Questions in an account. A question joins an account when its asker asked while signed in,
 * or later by pasting the private status link. Only accounts with a verified address may hold
 * questions: an unverified account may belong to someone who typed another person's address,
 * and that person could later take it over by resetting the password.
 */
import type { Db } from '../../db/database.ts';
import type { Actor, Anonymous } from '../../lib/access.ts';
import { hashToken } from '../../lib/tokens.ts';
import { findQuestionAsker, linkQuestionToUser, listUserQuestions } from './account-questions.repository.ts';
import { findUserById } from './accounts.repository.ts';
import { statusTokenFrom } from './accounts.schema.ts';

export { listUserQuestions };

export type AttachResult =
  | { ok: true; questionId: number }
  | { ok: false; error: 'link_not_found' | 'attached_elsewhere' | 'not_verified' };

async function isVerified(db: Db, userId: number): Promise<boolean> {
  return !!(await findUserById(db, userId))?.emailVerifiedAt;
}

/** Attaches the question behind a pasted status link (URL or token) to the actor's account. */
export async function attachByStatusLink(db: Db, actor: Actor, pasted: string): Promise<AttachResult> {
  if (!(await isVerified(db, actor.userId))) return { ok: false, error: 'not_verified' };
  const token = statusTokenFrom(pasted);
  const question = token ? await findQuestionAsker(db, { tokenHash: hashToken(token) }) : undefined;
  if (!question) return { ok: false, error: 'link_not_found' };
  if (question.userId === actor.userId) return { ok: true, questionId: question.id };
  const linked = await db.transaction((tx) => linkQuestionToUser(tx, question, actor.userId));
  return linked ? { ok: true, questionId: question.id } : { ok: false, error: 'attached_elsewhere' };
}

/**
 * Called right after someone asked: a signed-in asker with a verified address finds the question
 * in their account. Returns whether it was attached.
 */
export async function attachAskedQuestion(
  db: Db,
  actor: Actor | Anonymous,
  questionId: number,
): Promise<boolean> {
  if (!actor || !(await isVerified(db, actor.userId))) return false;
  const question = await findQuestionAsker(db, { id: questionId });
  if (!question) return false;
  return db.transaction((tx) => linkQuestionToUser(tx, question, actor.userId));
}
