/** SQL for the editor's review queue: questions in one state, oldest first, a page at a time. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditLog, departments, type QuestionStatus, questions } from '../../db/schema.ts';

const countInt = sql<number>`count(*)::int`;

export async function pageByStatus(db: Db, status: QuestionStatus, page: number, pageSize: number) {
  const items = await db
    .select({
      id: questions.id,
      lang: questions.lang,
      pageTitle: questions.pageTitle,
      askedAt: questions.askedAt,
      updatedAt: questions.updatedAt,
      department: { nameEn: departments.nameEn, nameZh: departments.nameZh },
    })
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(and(eq(questions.status, status)))
    .orderBy(asc(questions.askedAt), asc(questions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: countInt }).from(questions).where(eq(questions.status, status));
  return { items, total: total?.n ?? 0 };
}

/**
 * Which of the given questions a doctor's reply did not publish at once because personal data
 * was found (audit action `question.publish_held`); one indexed lookup for a page of ids.
 */
export async function heldForPersonalData(db: Db, questionIds: readonly number[]): Promise<Set<number>> {
  if (questionIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ targetId: auditLog.targetId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, 'question'),
        inArray(auditLog.targetId, questionIds.map(String)),
        eq(auditLog.action, 'question.publish_held'),
      ),
    );
  return new Set(rows.map((row) => Number(row.targetId)));
}
