/**
 * SQL for bulk import, export and the read-only JSON API. Plain functions taking the
 * database or a transaction handle first. Bulk writes send one JSON parameter unpacked by
 * jsonb_to_recordset: one round trip per batch and no 65,535 bind-parameter limit.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import type { AgeRange, AskingFor, Gender, Lang, QuestionStatus } from '../../db/schema.ts';

export interface HospitalRow {
  id: number;
  nameEn: string;
  nameZh: string;
}

export interface DoctorRow {
  id: number;
  hospitalId: number;
  nameEn: string;
  nameZh: string;
  titleEn: string | null;
  titleZh: string | null;
}

export async function loadHospitals(db: Db): Promise<HospitalRow[]> {
  return queryRows(db, sql`select id, name_en as "nameEn", name_zh as "nameZh" from hospitals order by id`);
}

export async function loadDoctors(db: Db): Promise<DoctorRow[]> {
  return queryRows(
    db,
    sql`select id, hospital_id as "hospitalId", name_en as "nameEn", name_zh as "nameZh",
          title_en as "titleEn", title_zh as "titleZh"
        from doctors order by id`,
  );
}

/** Inserts a hospital; undefined when the slug is taken (the caller tries another slug). */
export async function insertHospital(
  db: Db,
  values: { slug: string; nameEn: string; nameZh: string },
): Promise<number | undefined> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into hospitals (slug, name_en, name_zh) values (${values.slug}, ${values.nameEn}, ${values.nameZh})
        on conflict (slug) do nothing returning id`,
  );
  return rows[0]?.id;
}

/** Inserts a doctor; undefined when the slug is taken. */
export async function insertDoctor(
  db: Db,
  values: { slug: string; name: string; hospitalId: number; titleEn: string | null; titleZh: string | null },
): Promise<number | undefined> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into doctors (slug, name_en, name_zh, hospital_id, title_en, title_zh)
        values (${values.slug}, ${values.name}, ${values.name}, ${values.hospitalId}, ${values.titleEn}, ${values.titleZh})
        on conflict (slug) do nothing returning id`,
  );
  return rows[0]?.id;
}

/** Fills a doctor's title in one language if it is still empty; editors' titles are kept. */
export async function fillDoctorTitle(db: Db, doctorId: number, lang: Lang, title: string): Promise<void> {
  const column = lang === 'en' ? sql`title_en` : sql`title_zh`;
  await db.execute(sql`update doctors set ${column} = ${title} where id = ${doctorId} and ${column} is null`);
}

/** One question row to insert or update, keyed by external_id. Dates are ISO strings. */
export interface QuestionUpsert {
  externalId: string;
  departmentId: number;
  lang: Lang;
  title: string;
  body: string;
  pageTitle: string;
  pseudonym: string;
  ageRange: AgeRange;
  gender: Gender;
  askingFor: AskingFor;
  status: QuestionStatus;
  moreInfo: string | null;
  moreInfoMachine: boolean;
  moreInfoReviewed: boolean;
  viewCount: number;
  askedAt: string;
  approvedAt: string | null;
  publishedAt: string | null;
}

/**
 * Inserts or updates questions by external_id in one statement. `inserted` tells a new row
 * from an updated one (xmax is 0 only on a freshly inserted tuple; works on PG 15 and PGlite).
 * On update, the review time of More Info is kept if it was already reviewed, and view counts
 * never go down (a re-import of an old file must not erase views counted by the site).
 * The caller must not pass the same externalId twice (PostgreSQL refuses that in one statement).
 */
export async function upsertQuestions(
  db: Db,
  rows: readonly QuestionUpsert[],
): Promise<{ id: number; externalId: string; inserted: boolean }[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(rows.map((row, ord) => ({ ...row, ord })));
  return queryRows(
    db,
    sql`insert into questions (external_id, department_id, lang, title, body, page_title, pseudonym, age_range,
          gender, asking_for, status, more_info, more_info_machine, more_info_reviewed_at, view_count, asked_at,
          approved_at, published_at, updated_at)
        select r."externalId", r."departmentId", r.lang, r.title, r.body, r."pageTitle", r.pseudonym, r."ageRange",
          r.gender, r."askingFor", r.status, r."moreInfo", r."moreInfoMachine",
          case when r."moreInfoReviewed" then now() end, r."viewCount", r."askedAt", r."approvedAt",
          r."publishedAt", now()
        from jsonb_to_recordset(${json}::jsonb) as r("externalId" text, "departmentId" int, lang text, title text,
          body text, "pageTitle" text, pseudonym text, "ageRange" text, gender text, "askingFor" text, status text,
          "moreInfo" text, "moreInfoMachine" boolean, "moreInfoReviewed" boolean, "viewCount" int,
          "askedAt" timestamptz, "approvedAt" timestamptz, "publishedAt" timestamptz, ord int)
        order by r.ord
        on conflict (external_id) do update set
          department_id = excluded.department_id, lang = excluded.lang, title = excluded.title,
          body = excluded.body, page_title = excluded.page_title, pseudonym = excluded.pseudonym,
          age_range = excluded.age_range, gender = excluded.gender, asking_for = excluded.asking_for,
          status = excluded.status, more_info = excluded.more_info, more_info_machine = excluded.more_info_machine,
          more_info_reviewed_at = case when excluded.more_info_reviewed_at is null then null
            else coalesce(questions.more_info_reviewed_at, excluded.more_info_reviewed_at) end,
          view_count = greatest(questions.view_count, excluded.view_count),
          asked_at = excluded.asked_at, approved_at = excluded.approved_at,
          published_at = excluded.published_at, updated_at = now()
        returning id, external_id as "externalId", (xmax = 0) as inserted`,
  );
}

/** One answer to insert; the question id comes from upsertQuestions. */
export interface AnswerInsert {
  questionId: number;
  doctorId: number;
  body: string;
  answeredAt: string;
}

/** Deletes every answer of the given questions and inserts the new ones (a re-import replaces them). */
export async function replaceAnswers(
  db: Db,
  questionIds: readonly number[],
  rows: readonly AnswerInsert[],
): Promise<void> {
  if (questionIds.length > 0) {
    await db.execute(sql`delete from answers where question_id = any(${intArray(questionIds)}::int[])`);
  }
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map((row, ord) => ({ ...row, ord })));
  await db.execute(
    sql`insert into answers (question_id, doctor_id, body, answered_at)
        select r."questionId", r."doctorId", r.body, r."answeredAt"
        from jsonb_to_recordset(${json}::jsonb)
          as r("questionId" int, "doctorId" int, body text, "answeredAt" timestamptz, ord int)
        order by r.ord`,
  );
}

/** Links doctors to departments; existing links are kept. */
export async function linkDoctorDepartments(
  db: Db,
  links: readonly { doctorId: number; departmentId: number }[],
): Promise<void> {
  if (links.length === 0) return;
  await db.execute(
    sql`insert into doctor_departments (doctor_id, department_id)
        select r."doctorId", r."departmentId"
        from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as r("doctorId" int, "departmentId" int)
        on conflict do nothing`,
  );
}

/**
 * Refreshes the planner's statistics of the tables an import fills. PGlite has no autovacuum,
 * so without this a freshly imported site keeps the estimates of an empty database and picks
 * sequential scans (an export of 100k Q&As became quadratic); on PostgreSQL it saves waiting
 * for autovacuum.
 */
export async function analyzeImportTables(db: Db): Promise<void> {
  await db.execute(sql`analyze questions, answers, doctors, hospitals, doctor_departments`);
}

/** A question as export and the API read it, with its department. */
export interface StoredQuestion {
  id: number;
  externalId: string | null;
  lang: Lang;
  status: QuestionStatus;
  departmentSlug: string;
  departmentNameEn: string;
  departmentNameZh: string;
  pageTitle: string;
  title: string;
  body: string;
  pseudonym: string;
  ageRange: AgeRange;
  gender: Gender;
  askingFor: AskingFor;
  moreInfo: string | null;
  moreInfoMachine: boolean;
  moreInfoReviewed: boolean;
  viewCount: number;
  askedAt: Date;
  publishedAt: Date | null;
}

/** An answer with its doctor and hospital in both languages. */
export interface StoredAnswer {
  questionId: number;
  body: string;
  answeredAt: Date;
  doctorSlug: string;
  doctorNameEn: string;
  doctorNameZh: string;
  doctorTitleEn: string | null;
  doctorTitleZh: string | null;
  hospitalNameEn: string;
  hospitalNameZh: string;
}

// Timestamps travel as epoch milliseconds: both drivers return numbers for float8, while
// timestamptz text differs between them and depends on the session TimeZone.
const epochMs = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

type Raw<T, K extends keyof T> = Omit<T, K> & { [P in K]: number | null };

/** Filters for findQuestions; all optional and combined with AND. */
export interface QuestionFilter {
  afterId?: number;
  status?: QuestionStatus;
  externalId?: string;
  departmentId?: number;
  id?: number;
}

function whereClause(filter: QuestionFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.afterId !== undefined) parts.push(sql`q.id > ${filter.afterId}`);
  if (filter.status) parts.push(sql`q.status = ${filter.status}`);
  if (filter.externalId !== undefined) parts.push(sql`q.external_id = ${filter.externalId}`);
  if (filter.departmentId !== undefined) parts.push(sql`q.department_id = ${filter.departmentId}`);
  if (filter.id !== undefined) parts.push(sql`q.id = ${filter.id}`);
  return sql.join(parts, sql` and `);
}

/**
 * Questions matching `filter`, in id order (export: keyset pages with afterId) or newest
 * published first (`order: 'published'`, the API's lists).
 */
export async function findQuestions(
  db: Db,
  filter: QuestionFilter,
  page: { limit: number; offset?: number; order?: 'id' | 'published' },
): Promise<StoredQuestion[]> {
  const orderBy = page.order === 'published' ? sql`q.published_at desc nulls last, q.id desc` : sql`q.id`;
  const rows = await queryRows<Raw<StoredQuestion, 'askedAt' | 'publishedAt'>>(
    db,
    sql`select q.id, q.external_id as "externalId", q.lang, q.status, d.slug as "departmentSlug",
          d.name_en as "departmentNameEn", d.name_zh as "departmentNameZh", q.page_title as "pageTitle",
          q.title, q.body, q.pseudonym, q.age_range as "ageRange", q.gender, q.asking_for as "askingFor",
          q.more_info as "moreInfo", q.more_info_machine as "moreInfoMachine",
          (q.more_info_reviewed_at is not null) as "moreInfoReviewed", q.view_count as "viewCount",
          ${epochMs(sql`q.asked_at`)} as "askedAt", ${epochMs(sql`q.published_at`)} as "publishedAt"
        from questions q join departments d on d.id = q.department_id
        where ${whereClause(filter)}
        order by ${orderBy}
        limit ${page.limit} offset ${page.offset ?? 0}`,
  );
  return rows.map((row) => ({
    ...row,
    askedAt: new Date(row.askedAt!),
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt),
  }));
}

/** Number of questions matching `filter`. */
export async function countQuestions(db: Db, filter: QuestionFilter): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from questions q where ${whereClause(filter)}`,
  );
  return rows[0]?.n ?? 0;
}

/** The answers of the given questions, oldest first within each question. */
export async function findAnswers(db: Db, questionIds: readonly number[]): Promise<StoredAnswer[]> {
  if (questionIds.length === 0) return [];
  const rows = await queryRows<Raw<StoredAnswer, 'answeredAt'>>(
    db,
    sql`select a.question_id as "questionId", a.body, ${epochMs(sql`a.answered_at`)} as "answeredAt",
          doc.slug as "doctorSlug", doc.name_en as "doctorNameEn", doc.name_zh as "doctorNameZh",
          doc.title_en as "doctorTitleEn", doc.title_zh as "doctorTitleZh",
          h.name_en as "hospitalNameEn", h.name_zh as "hospitalNameZh"
        from answers a
          join doctors doc on doc.id = a.doctor_id
          join hospitals h on h.id = doc.hospital_id
        where a.question_id = any(${intArray(questionIds)}::int[])
        order by a.question_id, a.answered_at, a.id`,
  );
  return rows.map((row) => ({ ...row, answeredAt: new Date(row.answeredAt!) }));
}

/** A PostgreSQL array literal of integers, sent as one parameter. */
function intArray(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(',')}}`;
}
