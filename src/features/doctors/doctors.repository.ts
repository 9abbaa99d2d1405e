/** SQL for doctor and hospital profiles. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers, departments, doctorDepartments, doctors, hospitals, questions } from '../../db/schema.ts';
import { type QuestionSummary, summaryColumns, withAnswers } from '../questions/questions.repository.ts';

export async function findDoctorBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ doctor: doctors, hospital: hospitals })
    .from(doctors)
    .innerJoin(hospitals, eq(hospitals.id, doctors.hospitalId))
    .where(eq(doctors.slug, slug))
    .limit(1);
  if (!row) return undefined;
  const depts = await db
    .select({ slug: departments.slug, nameEn: departments.nameEn, nameZh: departments.nameZh })
    .from(doctorDepartments)
    .innerJoin(departments, eq(departments.id, doctorDepartments.departmentId))
    .where(eq(doctorDepartments.doctorId, row.doctor.id))
    .orderBy(asc(departments.sortOrder));
  return { ...row, departments: depts };
}

export async function findHospitalBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(hospitals).where(eq(hospitals.slug, slug)).limit(1);
  return row;
}

export async function listHospitalDoctors(db: Db, hospitalId: number) {
  return db
    .select({
      slug: doctors.slug,
      nameEn: doctors.nameEn,
      nameZh: doctors.nameZh,
      titleEn: doctors.titleEn,
      titleZh: doctors.titleZh,
      answers: sql<number>`(select count(*)::int from ${answers} where ${answers.doctorId} = ${doctors.id})`,
    })
    .from(doctors)
    .where(eq(doctors.hospitalId, hospitalId))
    .orderBy(asc(doctors.nameEn));
}

/** Published Q&As answered by the doctor (or by any doctor of the hospital), newest answer first. */
export async function listPublishedAnsweredBy(
  db: Db,
  by: { doctorId: number } | { hospitalId: number },
  page: number,
  pageSize: number,
): Promise<{ items: QuestionSummary[]; total: number }> {
  const byCondition =
    'doctorId' in by
      ? eq(answers.doctorId, by.doctorId)
      : inArray(
          answers.doctorId,
          db.select({ id: doctors.id }).from(doctors).where(eq(doctors.hospitalId, by.hospitalId)),
        );
  const where = and(byCondition, eq(questions.status, 'published'));
  const rows = await db
    .selectDistinctOn([answers.answeredAt, questions.id], summaryColumns)
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(where)
    .orderBy(desc(answers.answeredAt), desc(questions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db
    .select({ n: sql<number>`count(distinct ${questions.id})::int` })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(where);
  return { items: await withAnswers(db, rows), total: total?.n ?? 0 };
}
