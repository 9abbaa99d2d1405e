/** SQL for escalation: questions that waited longer than the deployment's answer target. */
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments, questions, users } from '../../db/schema.ts';

/**
 * Marks every approved question asked before `cutoff` and not yet escalated; returns the ones it
 * marked (each question is escalated once, even with several workers).
 */
export async function markEscalated(db: Db, cutoff: Date, now: Date) {
  return db
    .update(questions)
    .set({ escalatedAt: now })
    .where(
      and(eq(questions.status, 'approved'), isNull(questions.escalatedAt), lt(questions.askedAt, cutoff)),
    )
    .returning({ id: questions.id, title: questions.title, askedAt: questions.askedAt });
}

/** Addresses of every editor account. */
export async function editorEmails(db: Db): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(sql`'editor' = any(${users.roles})`)
    .orderBy(users.id);
  return rows.map((r) => r.email);
}

/** Escalated questions still waiting (for a doctor or for the asker), oldest first. */
export async function listEscalated(db: Db, limit = 100) {
  return db
    .select({
      id: questions.id,
      title: questions.title,
      pageTitle: questions.pageTitle,
      lang: questions.lang,
      status: questions.status,
      askedAt: questions.askedAt,
      escalatedAt: questions.escalatedAt,
      department: { id: departments.id, nameEn: departments.nameEn, nameZh: departments.nameZh },
    })
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(and(isNotNull(questions.escalatedAt), inArray(questions.status, ['approved', 'needs_info'])))
    .orderBy(asc(questions.askedAt), asc(questions.id))
    .limit(limit);
}
