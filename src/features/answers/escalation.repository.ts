/** SQL for escalation: questions that waited longer than the deployment's answer target. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments, questions, users } from '../../db/schema.ts';
import type { OverdueRule } from './overdue.ts';

/**
 * Marks every overdue question not yet escalated; returns the ones it marked (each question is
 * escalated once, even with several workers).
 */
export async function markEscalated(db: Db, rule: OverdueRule, now: Date) {
  return db
    .update(questions)
    .set({ escalatedAt: now })
    .where(and(rule.where, isNull(questions.escalatedAt)))
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

/**
 * The questions overdue now by `rule`, oldest first, whether or not the escalation job has marked
 * them yet (it runs every ESCALATION_CRON); `escalatedAt` is null until it has. With the total.
 */
export async function listOverdue(db: Db, rule: OverdueRule, limit = 100) {
  const items = await db
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
    .where(rule.where)
    .orderBy(asc(questions.askedAt), asc(questions.id))
    .limit(limit);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(questions).where(rule.where);
  return { items, total: Number(total?.n ?? 0) };
}
