/**
 * The one access check. Every page, API route and service that reads an unpublished question
 * or performs a privileged action asks here. What an actor may not see is reported as
 * "not found" (404), so guessed ids reveal nothing.
 */
import type { QuestionStatus, Role } from '../db/schema.ts';
import { AppError, notFound } from './errors.ts';

export interface Actor {
  userId: number;
  displayName: string;
  roles: readonly Role[];
  /** The doctor profile linked to the account, with the departments it answers for. */
  doctor?: { id: number; departmentIds: readonly number[]; verified: boolean };
}

export type Anonymous = null;

/** The parts of a question that decide who may see or change it. */
export interface QuestionAccessFacts {
  status: QuestionStatus;
  departmentId: number;
  statusTokenHash: string | null;
  /** The account of the asker, when they asked signed in or attached the question later. */
  askerUserId?: number | null;
}

export type QuestionAction = 'view' | 'claim' | 'answer' | 'moderate';

export const hasRole = (actor: Actor | Anonymous, role: Role): boolean =>
  !!actor && (actor.roles.includes(role) || actor.roles.includes('admin'));

const isDepartmentDoctor = (actor: Actor | Anonymous, departmentId: number): boolean =>
  !!actor?.doctor?.verified &&
  actor.doctor.departmentIds.includes(departmentId) &&
  actor.roles.includes('doctor');

/**
 * Whether `actor` (or the holder of a status link whose token hashes to `tokenHash`) may do
 * `action` on the question.
 */
export function canAccessQuestion(
  actor: Actor | Anonymous,
  action: QuestionAction,
  question: QuestionAccessFacts,
  tokenHash?: string,
): boolean {
  const editor = hasRole(actor, 'editor');
  switch (action) {
    case 'view':
      if (question.status === 'published') return true;
      if (editor) return true;
      if (tokenHash && question.statusTokenHash && tokenHash === question.statusTokenHash) return true;
      if (actor && question.askerUserId != null && actor.userId === question.askerUserId) return true;
      return (
        (question.status === 'approved' ||
          question.status === 'needs_info' ||
          question.status === 'answered') &&
        isDepartmentDoctor(actor, question.departmentId)
      );
    case 'claim':
    case 'answer':
      return (
        (question.status === 'approved' || question.status === 'answered') &&
        isDepartmentDoctor(actor, question.departmentId)
      );
    case 'moderate':
      return editor;
  }
}

/** Throws 404 unless `canAccessQuestion` allows the action. */
export function requireQuestionAccess(
  actor: Actor | Anonymous,
  action: QuestionAction,
  question: QuestionAccessFacts | undefined,
  tokenHash?: string,
): asserts question is QuestionAccessFacts {
  if (!question || !canAccessQuestion(actor, action, question, tokenHash)) throw notFound('question');
}

/** For areas (doctor area, editor area): anonymous → sign in; wrong role → 404. */
export function requireRole(actor: Actor | Anonymous, role: Role): asserts actor is Actor {
  if (!actor) throw new AppError(401, 'unauthorized', 'Please sign in.');
  if (!hasRole(actor, role)) throw notFound();
}
