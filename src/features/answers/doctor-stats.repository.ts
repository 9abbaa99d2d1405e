/** SQL for the figures at the top of the doctor area and for the daily digest. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers, departments, questions } from '../../db/schema.ts';
import { overdueRule } from './overdue.ts';

const HOUR = 3_600_000;

export interface DoctorFigures {
  answersTotal: number;
  answersLast30Days: number;
  /** Median hours from asked to answered over all the doctor's answers; null before the first. */
  medianHoursToAnswer: number | null;
}

/** A doctor's answers: how many, how many in the last 30 days, and the median time to answer. */
export async function doctorFigures(db: Db, doctorId: number, now = new Date()): Promise<DoctorFigures> {
  const since = new Date(now.getTime() - 30 * 24 * HOUR);
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      last30: sql<number>`(count(*) filter (where ${answers.answeredAt} >= ${since.toISOString()}::timestamptz))::int`,
      // percentile_cont needs float8; extract(epoch …) is numeric on PostgreSQL 14+.
      medianSeconds: sql<
        number | string | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${answers.answeredAt} - ${questions.askedAt}))::float8)`,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(eq(answers.doctorId, doctorId));
  const median = row?.medianSeconds == null ? null : Number(row.medianSeconds) / 3600;
  return {
    answersTotal: row?.total ?? 0,
    answersLast30Days: row?.last30 ?? 0,
    medianHoursToAnswer: median,
  };
}

export interface DepartmentQueue {
  departmentId: number;
  nameEn: string;
  nameZh: string;
  /** Approved questions waiting for an answer. */
  waiting: number;
  /** Waiting longer than the target. */
  overdue: number;
  /** Waiting for the asker's answer to an information request. */
  needsInfo: number;
  oldestAskedAt: Date | null;
}

/** Per department of `departmentIds`: the queue length, the overdue part and the oldest question. */
export async function departmentQueues(
  db: Db,
  departmentIds: readonly number[],
  targetHours: number,
  now = new Date(),
): Promise<DepartmentQueue[]> {
  if (departmentIds.length === 0) return [];
  const overdue = overdueRule(targetHours, now).where;
  const rows = await db
    .select({
      departmentId: departments.id,
      nameEn: departments.nameEn,
      nameZh: departments.nameZh,
      waiting: sql<number>`(count(${questions.id}) filter (where ${questions.status} = 'approved'))::int`,
      overdue: sql<number>`(count(${questions.id}) filter (where ${overdue}))::int`,
      needsInfo: sql<number>`(count(${questions.id}) filter (where ${questions.status} = 'needs_info'))::int`,
      oldest: sql<
        string | Date | null
      >`min(${questions.askedAt}) filter (where ${questions.status} = 'approved')`,
    })
    .from(departments)
    .leftJoin(
      questions,
      and(eq(questions.departmentId, departments.id), inArray(questions.status, ['approved', 'needs_info'])),
    )
    .where(inArray(departments.id, [...departmentIds]))
    .groupBy(departments.id, departments.nameEn, departments.nameZh, departments.sortOrder)
    .orderBy(departments.sortOrder, departments.id);
  return rows.map(({ oldest, ...r }) => ({ ...r, oldestAskedAt: oldest == null ? null : new Date(oldest) }));
}

/** The `limit` approved questions of these departments that have waited longest. */
export async function oldestWaiting(db: Db, departmentIds: readonly number[], limit: number) {
  if (departmentIds.length === 0) return [];
  return db
    .select({ id: questions.id, title: questions.title, lang: questions.lang, askedAt: questions.askedAt })
    .from(questions)
    .where(and(eq(questions.status, 'approved'), inArray(questions.departmentId, [...departmentIds])))
    .orderBy(questions.askedAt, questions.id)
    .limit(limit);
}
