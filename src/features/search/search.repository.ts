/**
 * SQL the search feature needs outside its index: the filters' doctors and hospitals by slug,
 * and the published Q&As behind a page of hits.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments, doctors, hospitals, questions } from '../../db/schema.ts';
import { type QuestionSummary, summaryColumns, withAnswers } from '../questions/questions.repository.ts';

/** A doctor or hospital named by a filter. */
export interface NamedEntity {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string;
}

export async function findDoctorForFilter(db: Db, slug: string): Promise<NamedEntity | undefined> {
  const [row] = await db
    .select({ id: doctors.id, slug: doctors.slug, nameEn: doctors.nameEn, nameZh: doctors.nameZh })
    .from(doctors)
    .where(eq(doctors.slug, slug))
    .limit(1);
  return row;
}

export async function findHospitalForFilter(db: Db, slug: string): Promise<NamedEntity | undefined> {
  const [row] = await db
    .select({ id: hospitals.id, slug: hospitals.slug, nameEn: hospitals.nameEn, nameZh: hospitals.nameZh })
    .from(hospitals)
    .where(eq(hospitals.slug, slug))
    .limit(1);
  return row;
}

/** A Q&A in a result list (the API also shows its external id). */
export type SearchSummary = QuestionSummary & { externalId: string | null };

/**
 * The given Q&As as list summaries, in the order of `ids`. Anything not published (the index
 * may lag a removal by a moment) is left out, so it can never be shown.
 */
export async function publishedSummaries(db: Db, ids: readonly number[]): Promise<SearchSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...summaryColumns, externalId: questions.externalId })
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(and(inArray(questions.id, [...ids]), eq(questions.status, 'published')));
  const externalIds = new Map(rows.map((row) => [row.id, row.externalId]));
  const byId = new Map(
    (await withAnswers(db, rows)).map((row) => [
      row.id,
      { ...row, externalId: externalIds.get(row.id) ?? null },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
