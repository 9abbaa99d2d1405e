/** SQL for readers' reports of published Q&As. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { questions, type ReportStatus, reports } from '../../db/schema.ts';

export type ReportRow = typeof reports.$inferSelect;

const countInt = sql<number>`count(*)::int`;

export async function insertReport(
  db: Db,
  values: { questionId: number; reason: string; details: string; reporterUserId: number | null },
) {
  const [row] = await db.insert(reports).values(values).returning();
  return row!;
}

export async function findReport(db: Db, id: number) {
  const [row] = await db.select().from(reports).where(eq(reports.id, id)).limit(1);
  return row;
}

/** Open reports, oldest first, with the reported Q&A's title, and how many there are in all. */
export async function listOpenReports(db: Db, page: number, pageSize: number) {
  const items = await db
    .select({
      report: reports,
      question: {
        id: questions.id,
        pageTitle: questions.pageTitle,
        lang: questions.lang,
        status: questions.status,
      },
    })
    .from(reports)
    .innerJoin(questions, eq(questions.id, reports.questionId))
    .where(eq(reports.status, 'open'))
    .orderBy(asc(reports.createdAt), asc(reports.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: countInt }).from(reports).where(eq(reports.status, 'open'));
  return { items, total: total?.n ?? 0 };
}

/** A question's open reports, oldest first. */
export async function openReportsFor(db: Db, questionId: number) {
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.questionId, questionId), eq(reports.status, 'open')))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

/** Closes an open report; undefined when it was not open any more. */
export async function closeReport(
  db: Db,
  id: number,
  close: { status: Exclude<ReportStatus, 'open'>; resolvedBy: number; resolution: string },
) {
  const [row] = await db
    .update(reports)
    .set({ ...close, resolvedAt: new Date() })
    .where(and(eq(reports.id, id), eq(reports.status, 'open')))
    .returning();
  return row;
}
