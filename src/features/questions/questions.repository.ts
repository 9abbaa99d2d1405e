/** SQL for questions, their answers and what a Q&A page shows around them. */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import {
  answers,
  askers,
  departments,
  doctors,
  faqs,
  hospitals,
  type Lang,
  type QuestionStatus,
  questions,
  users,
} from '../../db/schema.ts';
import { ttlCache } from '../../lib/ttl-cache.ts';

export type QuestionRow = typeof questions.$inferSelect;
export type { DepartmentRow } from '../departments/departments.repository.ts';

/** An answer with the doctor and hospital it is signed with. */
export interface AnswerView {
  id: number;
  body: string;
  answeredAt: Date;
  doctor: { id: number; slug: string; nameEn: string; nameZh: string; verified: boolean };
  hospital: { slug: string; nameEn: string; nameZh: string };
}

/** A question in a list: enough for a title, snippet, doctor line and view count. */
export interface QuestionSummary {
  id: number;
  lang: Lang;
  title: string;
  pageTitle: string;
  body: string;
  viewCount: number;
  askedAt: Date;
  publishedAt: Date | null;
  status: QuestionStatus;
  department: { id: number; slug: string; nameEn: string; nameZh: string };
  answers: AnswerView[];
}

/** The columns of a QuestionSummary (without answers); the query must join departments. */
export const summaryColumns = {
  id: questions.id,
  lang: questions.lang,
  title: questions.title,
  pageTitle: questions.pageTitle,
  body: questions.body,
  viewCount: questions.viewCount,
  askedAt: questions.askedAt,
  publishedAt: questions.publishedAt,
  status: questions.status,
  department: {
    id: departments.id,
    slug: departments.slug,
    nameEn: departments.nameEn,
    nameZh: departments.nameZh,
  },
};

/**
 * A question with its department; `question.askerUserId` is the asker's account (if the question
 * is in one), the access fact that lets that account see its own unpublished question.
 */
export async function findQuestion(db: Db, id: number) {
  const [row] = await db
    .select({ question: questions, department: departments, askerUserId: askers.userId })
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .leftJoin(askers, eq(askers.id, questions.askerId))
    .where(eq(questions.id, id))
    .limit(1);
  if (!row) return undefined;
  return { question: { ...row.question, askerUserId: row.askerUserId }, department: row.department };
}

export async function findQuestionByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(eq(questions.statusTokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Answers of the given questions, oldest first, grouped by question id. */
export async function answersFor(db: Db, questionIds: number[]): Promise<Map<number, AnswerView[]>> {
  const byQuestion = new Map<number, AnswerView[]>();
  if (questionIds.length === 0) return byQuestion;
  const rows = await db
    .select({
      questionId: answers.questionId,
      id: answers.id,
      body: answers.body,
      answeredAt: answers.answeredAt,
      doctor: {
        id: doctors.id,
        slug: doctors.slug,
        nameEn: doctors.nameEn,
        nameZh: doctors.nameZh,
        verified: doctors.verified,
      },
      hospital: { slug: hospitals.slug, nameEn: hospitals.nameEn, nameZh: hospitals.nameZh },
    })
    .from(answers)
    .innerJoin(doctors, eq(doctors.id, answers.doctorId))
    .innerJoin(hospitals, eq(hospitals.id, doctors.hospitalId))
    .where(inArray(answers.questionId, questionIds))
    .orderBy(asc(answers.answeredAt), asc(answers.id));
  for (const { questionId, ...answer } of rows) {
    const list = byQuestion.get(questionId) ?? [];
    list.push(answer);
    byQuestion.set(questionId, list);
  }
  return byQuestion;
}

/** Adds each question's answers (one query for the whole list). */
export async function withAnswers(
  db: Db,
  rows: Omit<QuestionSummary, 'answers'>[],
): Promise<QuestionSummary[]> {
  const byQuestion = await answersFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, answers: byQuestion.get(row.id) ?? [] }));
}

const countInt = sql<number>`count(*)::int`;

/** Published Q&As of a department, newest first, with the total for paging. */
export async function listPublishedInDepartment(
  db: Db,
  departmentId: number,
  lang: Lang,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(questions.departmentId, departmentId),
    eq(questions.lang, lang),
    eq(questions.status, 'published'),
  );
  const rows = await db
    .select(summaryColumns)
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(where)
    .orderBy(desc(questions.publishedAt), desc(questions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: countInt }).from(questions).where(where);
  return { items: await withAnswers(db, rows), total: total?.n ?? 0 };
}

export async function listRecentPublished(db: Db, lang: Lang, limit: number) {
  const rows = await db
    .select(summaryColumns)
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(and(eq(questions.lang, lang), eq(questions.status, 'published')))
    .orderBy(desc(questions.publishedAt), desc(questions.id))
    .limit(limit);
  return withAnswers(db, rows);
}

/** Stand-in for similar questions until search arrives: the same department, newest first. */
export async function listSameDepartment(
  db: Db,
  question: { id: number; departmentId: number; lang: Lang },
  limit: number,
) {
  const rows = await db
    .select(summaryColumns)
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(
      and(
        eq(questions.departmentId, question.departmentId),
        eq(questions.lang, question.lang),
        eq(questions.status, 'published'),
        ne(questions.id, question.id),
      ),
    )
    .orderBy(desc(questions.publishedAt), desc(questions.id))
    .limit(limit);
  return withAnswers(db, rows);
}

/** Questions in the given states, oldest first (the work queues). */
export async function listByStatus(
  db: Db,
  statuses: QuestionStatus[],
  options: { departmentIds?: number[]; limit: number },
) {
  const conditions = [inArray(questions.status, statuses)];
  if (options.departmentIds) {
    if (options.departmentIds.length === 0) return [];
    conditions.push(inArray(questions.departmentId, options.departmentIds));
  }
  const rows = await db
    .select({
      ...summaryColumns,
      claimedByDoctorId: questions.claimedByDoctorId,
      claimedByName: doctors.nameEn,
      claimedByNameZh: doctors.nameZh,
    })
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .leftJoin(doctors, eq(doctors.id, questions.claimedByDoctorId))
    .where(and(...conditions))
    .orderBy(asc(questions.askedAt), asc(questions.id))
    .limit(options.limit);
  return rows;
}

export async function faqsFor(db: Db, departmentId: number, lang: Lang) {
  return db
    .select()
    .from(faqs)
    .where(and(eq(faqs.departmentId, departmentId), eq(faqs.lang, lang)))
    .orderBy(asc(faqs.sortOrder), asc(faqs.id));
}

export async function incrementViews(db: Db, id: number) {
  await db
    .update(questions)
    .set({ viewCount: sql`${questions.viewCount} + 1` })
    .where(eq(questions.id, id));
}

export async function insertAskedQuestion(
  db: Db,
  values: Omit<typeof questions.$inferInsert, 'askerId'>,
  askerEmail: string | null,
) {
  return db.transaction(async (tx) => {
    const [asker] = await tx.insert(askers).values({ email: askerEmail }).returning({ id: askers.id });
    const [inserted] = await tx
      .insert(questions)
      .values({ ...values, askerId: asker!.id })
      .returning({ id: questions.id });
    // A stable external id, so that exporting and re-importing into this site updates, never duplicates.
    const [row] = await tx
      .update(questions)
      .set({ externalId: `openconsult-${inserted!.id}` })
      .where(eq(questions.id, inserted!.id))
      .returning();
    return row!;
  });
}

/** Where the asker's notices go: the address given with the question, else their account's. */
export async function askerEmail(db: Db, askerId: number | null) {
  if (askerId === null) return null;
  const [row] = await db
    .select({ email: askers.email, accountEmail: users.email })
    .from(askers)
    .leftJoin(users, eq(users.id, askers.userId))
    .where(eq(askers.id, askerId));
  return row?.email ?? row?.accountEmail ?? null;
}

/**
 * Moves a question from one status to another only if it is still in `from`; returns the
 * updated row or undefined when someone else changed it first.
 */
export async function transitionStatus(
  db: Db,
  id: number,
  from: QuestionStatus[],
  patch: Partial<typeof questions.$inferInsert> & { status: QuestionStatus },
) {
  const [row] = await db
    .update(questions)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(questions.id, id), inArray(questions.status, from)))
    .returning();
  return row;
}

/**
 * Published Q&A counts per department id, at most a minute old: the home page and the
 * department list show them on every request, and they change slowly.
 */
export const cachedPublishedCounts = ttlCache(60_000, (db: Db, lang: Lang) =>
  publishedCountsByDepartment(db, lang),
);

/** Published Q&A counts per department id. */
export async function publishedCountsByDepartment(db: Db, lang: Lang): Promise<Map<number, number>> {
  const rows = await db
    .select({ departmentId: questions.departmentId, n: countInt })
    .from(questions)
    .where(and(eq(questions.lang, lang), eq(questions.status, 'published')))
    .groupBy(questions.departmentId);
  return new Map(rows.map((r) => [r.departmentId, r.n]));
}

export async function countQuestions(db: Db): Promise<number> {
  const [row] = await db.select({ n: countInt }).from(questions);
  return row?.n ?? 0;
}
