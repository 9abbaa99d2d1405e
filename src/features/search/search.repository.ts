/**
 * SQL the search feature needs outside its index: the filters' doctors and hospitals by slug,
 * and the published Q&As behind a page of hits.
 */
import { eq, sql } from 'drizzle-orm';
import { type Db, queryRowsPrepared } from '../../db/database.ts';
import { doctors, hospitals } from '../../db/schema.ts';
import type { QuestionSummary } from '../questions/questions.repository.ts';
import { intArray } from './search-index.repository.ts';

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

/** An answer as json_build_object gives it: the date as text. */
type AnswerJson = Omit<QuestionSummary['answers'][number], 'answeredAt'> & { answeredAt: string };

/**
 * The given Q&As as list summaries, in the order of `ids`. Anything not published (the index
 * may lag a removal by a moment) is left out, so it can never be shown. One statement, answers
 * as JSON: this runs for every search page (two ORM queries cost twice the CPU, measured). The
 * answers of every Q&A are read in one pass (a subquery per Q&A rebuilt its join for each), and
 * the statement is kept prepared (its planning was 0.3 ms of its 0.65 ms in PostgreSQL).
 */
export async function publishedSummaries(db: Db, ids: readonly number[]): Promise<SearchSummary[]> {
  if (ids.length === 0) return [];
  const idList = intArray(ids);
  const rows = await queryRowsPrepared<Omit<SearchSummary, 'answers'> & { answers: AnswerJson[] }>(
    db,
    'search_summaries',
    sql`with an as (
          select a.question_id, json_agg(json_build_object(
              'id', a.id, 'body', a.body, 'answeredAt', a.answered_at,
              'doctor', json_build_object('id', doc.id, 'slug', doc.slug, 'nameEn', doc.name_en,
                'nameZh', doc.name_zh, 'verified', doc.verified),
              'hospital', json_build_object('slug', h.slug, 'nameEn', h.name_en, 'nameZh', h.name_zh))
            order by a.answered_at, a.id) as answers
          from answers a join doctors doc on doc.id = a.doctor_id join hospitals h on h.id = doc.hospital_id
          where a.question_id = any(${idList}::int[])
          group by a.question_id
        )
        select q.id, q.lang, q.title, q.page_title as "pageTitle", q.body, q.view_count as "viewCount",
          q.asked_at as "askedAt", q.published_at as "publishedAt", q.status, q.external_id as "externalId",
          json_build_object('id', dp.id, 'slug', dp.slug, 'nameEn', dp.name_en, 'nameZh', dp.name_zh) as department,
          coalesce(an.answers, '[]') as answers
        from questions q join departments dp on dp.id = q.department_id left join an on an.question_id = q.id
        where q.id = any(${idList}::int[]) and q.status = 'published'`,
  );
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        ...row,
        askedAt: new Date(row.askedAt),
        publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
        answers: row.answers.map((answer) => ({ ...answer, answeredAt: new Date(answer.answeredAt) })),
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
