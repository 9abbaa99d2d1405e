/**
 * SQL of the search index (table search_documents). Plain functions taking the database or a
 * transaction handle first. Queries receive ready tsquery/tsvector literals built by the app;
 * nothing here parses or tokenizes text.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';

/** The text of one question as the indexer reads it. */
export interface IndexSourceRow {
  id: number;
  published: boolean;
  pageTitle: string;
  title: string;
  body: string;
  answers: string[];
}

/** Questions with their answers' text, in the order of `ids`' sort; missing ids are absent. */
export async function loadIndexSources(db: Db, ids: readonly number[]): Promise<IndexSourceRow[]> {
  if (ids.length === 0) return [];
  return queryRows<IndexSourceRow>(
    db,
    sql`select q.id, (q.status = 'published') as published, q.page_title as "pageTitle", q.title, q.body,
          coalesce((select array_agg(a.body order by a.answered_at, a.id) from answers a where a.question_id = q.id),
            '{}') as answers
        from questions q where q.id = any(${intArray(ids)}::int[])
        order by q.id`,
  );
}

/**
 * The title vector also holds the publication year and month as lexemes no text can produce
 * ('§y2026', '§m202611': the tokenizer never keeps '§'), so a common title term can be looked
 * up in the last months or years alone through the GIN index (search-slice.repository.ts): GIN
 * intersects the term with the period before any row is read. The full vector holds the year
 * (a common query's sample of matches is drawn from the newest years). They carry no position
 * and never match a query's words. Both are of the UTC calendar.
 */
export const PERIOD_PREFIX = '§y';
export const MONTH_PREFIX = '§m';

/** A calendar month, UTC. */
export interface Month {
  year: number;
  /** 1-12. */
  month: number;
}

/** The lexeme of a year: '§y2026'. */
export function yearLexeme(year: number): string {
  return `${PERIOD_PREFIX}${Math.trunc(year)}`;
}

/** The lexeme of a month: '§m202611'. */
export function monthLexeme({ year, month }: Month): string {
  return `${MONTH_PREFIX}${Math.trunc(year)}${String(Math.trunc(month)).padStart(2, '0')}`;
}

/** The `count` calendar months (UTC) up to and including the one of `now`, newest first. */
export function lastMonths(now: Date, count: number): Month[] {
  const first = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return Array.from({ length: count }, (_, i) => ({
    year: Math.floor((first - i) / 12),
    month: ((first - i) % 12) + 1,
  }));
}

/** A year's last months looked up as month lexemes at most; a longer part is its whole year. */
export const PARTIAL_MONTHS = 3;

/**
 * The last `count` months up to `now`'s as few lexemes as GIN can combine cheaply: a year whose
 * months are all in (this year: January to now) as its year lexeme, up to PARTIAL_MONTHS of a
 * year as month lexemes, more as the whole year. Each lexeme of an OR costs GIN a pass over its
 * posting list: at 1M Q&As `headache` in twelve month lexemes took 16 ms, in the one year
 * lexeme of the same months 4.5. `months` is the span covered, `count` months or more. No Q&A
 * is published later than now, so this year's lexeme holds this year's months up to now.
 */
export function recentPeriod(now: Date, count: number): { lexemes: string[]; months: number } {
  const lexemes: string[] = [];
  let months = 0;
  let year = now.getUTCFullYear();
  let newest = now.getUTCMonth() + 1;
  for (let left = count; left > 0; year--, newest = 12) {
    if (left < newest && left <= PARTIAL_MONTHS) {
      for (const month of lastMonths(new Date(Date.UTC(year, newest - 1, 1)), left)) {
        lexemes.push(monthLexeme(month));
      }
      months += left;
      left = 0;
    } else {
      lexemes.push(yearLexeme(year));
      months += newest;
      left = Math.max(0, left - newest);
    }
  }
  return { lexemes, months };
}

/** The tsquery of any of the given period lexemes. */
export function periodTsquery(lexemes: readonly string[]): string {
  return `( ${lexemes.map((lexeme) => `'${lexeme}'`).join(' | ')} )`;
}

/** A tsquery matched only within a period (any of its lexemes); without one, as it is. */
export function withinPeriod(match: string, period: readonly string[] | undefined): string {
  return period?.length ? `( ${match} ) & ${periodTsquery(period)}` : match;
}

/**
 * Writes documents. Filter columns are copied from the question in the same statement, and a
 * question that is not published (any more) is skipped, so the index never holds one.
 */
export async function upsertSearchDocuments(
  db: Db,
  rows: readonly { id: number; tsv: string; titleTsv: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(
    sql`insert into search_documents (question_id, lang, department_id, doctor_ids, hospital_ids, published_at,
          view_count, tsv, title_tsv, recent, indexed_at)
        select q.id, q.lang, q.department_id, coalesce(a.doctor_ids, '{}'), coalesce(a.hospital_ids, '{}'),
          p.at, q.view_count, r.tsv::tsvector || array_to_tsvector(array[l.year]),
          r."titleTsv"::tsvector || array_to_tsvector(array[l.year, l.month]),
          p.at >= ${recentSince()}, now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id int, tsv text, "titleTsv" text)
          join questions q on q.id = r.id and q.status = 'published'
          cross join lateral (select coalesce(q.published_at, q.updated_at) as at) p
          cross join lateral (select ${PERIOD_PREFIX} || to_char(p.at at time zone 'UTC', 'YYYY') as year,
            ${MONTH_PREFIX} || to_char(p.at at time zone 'UTC', 'YYYYMM') as month) l
          left join lateral (
            select array_agg(distinct an.doctor_id) as doctor_ids, array_agg(distinct doc.hospital_id) as hospital_ids
            from answers an join doctors doc on doc.id = an.doctor_id where an.question_id = q.id
          ) a on true
        order by q.id
        on conflict (question_id) do update set
          lang = excluded.lang, department_id = excluded.department_id, doctor_ids = excluded.doctor_ids,
          hospital_ids = excluded.hospital_ids, published_at = excluded.published_at,
          view_count = excluded.view_count, tsv = excluded.tsv, title_tsv = excluded.title_tsv,
          recent = excluded.recent, indexed_at = excluded.indexed_at`,
  );
}

/**
 * A document published in this many last months is `recent`: a common query's sample of
 * matches is drawn from those first (search-slice.repository.ts). Migration 0017 says 12 too.
 */
export const RECENT_MONTHS = 12;

/** Since when a document is recent, as SQL. */
const recentSince = () => sql`now() - make_interval(months => ${RECENT_MONTHS})`;

/**
 * Clears the flag of documents no longer recent, in batches of `batch` (through the small index
 * of the flagged ones' dates); returns how many.
 */
export async function expireRecentDocuments(db: Db, batch = 5_000): Promise<number> {
  let expired = 0;
  for (;;) {
    const rows = await queryRows<{ n: number }>(
      db,
      sql`with aged as (
            update search_documents set recent = false where question_id in (
              select question_id from search_documents where recent and published_at < ${recentSince()}
              limit ${batch})
            returning 1)
          select count(*)::int as n from aged`,
    );
    const n = rows[0]?.n ?? 0;
    expired += n;
    if (n < batch) return expired;
  }
}

export async function deleteSearchDocuments(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`delete from search_documents where question_id = any(${intArray(ids)}::int[])`);
}

/** Removes documents whose question is no longer published; returns how many. */
export async function deleteStaleSearchDocuments(db: Db): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from search_documents d where not exists
          (select 1 from questions q where q.id = d.question_id and q.status = 'published')
        returning d.question_id as id`,
  );
  return rows.length;
}

/** The last generation read per database, shared by the searches of this process. */
const generationReads = new WeakMap<Db, { at: number; value: Promise<string> }>();

/**
 * The index's generation: changes after every committed write (bumpSearchGeneration). Read
 * outside any transaction; a sequence's value is current, not of a snapshot. A read started at
 * most `maxAgeMs` ago is shared (under load one read serves many searches); a bump made by this
 * process forgets it at once, so only another instance's writes can go unseen, for that long.
 */
export function searchGenerationNow(db: Db, maxAgeMs = 0, now = Date.now()): Promise<string> {
  const last = generationReads.get(db);
  if (last && now - last.at <= maxAgeMs) return last.value;
  const value = queryRows<{ generation: string }>(
    db,
    sql`select case when is_called then last_value else 0 end::text as generation from search_generation`,
  ).then((rows) => rows[0]?.generation ?? '0');
  generationReads.set(db, { at: now, value });
  value.catch(() => {
    if (generationReads.get(db)?.value === value) generationReads.delete(db);
  });
  return value;
}

/**
 * Marks the index changed. Call it after the write has committed (not inside its transaction:
 * a search between the bump and the commit would cache the old hits under the new generation).
 */
export async function bumpSearchGeneration(db: Db): Promise<void> {
  await db.execute(sql`select nextval('search_generation')`);
  generationReads.delete(db);
}

/** Marks questions to be (re)indexed by the worker (idempotent). */
export async function queueForIndexing(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`insert into search_index_queue (question_id)
        select unnest(${intArray(ids)}::int[]) on conflict (question_id) do nothing`,
  );
}

/** Queues every published question (building an index from nothing; a crash resumes from the queue). */
export async function queueAllPublished(db: Db): Promise<void> {
  await db.execute(
    sql`insert into search_index_queue (question_id)
        select id from questions where status = 'published' on conflict (question_id) do nothing`,
  );
}

/**
 * Takes up to `limit` queued question ids off the queue, in id order (the primary key's order:
 * ordering by queue time sorted the whole queue for every batch, 750 ms per batch with 1M
 * queued). Rows another worker is taking are skipped (PostgreSQL with several workers); call it
 * inside the transaction that indexes them, so a failure puts them back.
 */
export async function takeQueuedForIndexing(db: Db, limit: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from search_index_queue where question_id in (
          select question_id from search_index_queue order by question_id
          limit ${limit} for update skip locked)
        returning question_id as id`,
  );
  return rows.map((row) => row.id);
}

/** The database's clock (queue times are written by it). */
export async function databaseNow(db: Db): Promise<string> {
  const rows = await queryRows<{ now: string }>(db, sql`select now()::text as now`);
  return rows[0]!.now;
}

/**
 * Takes off the queue what was queued a minute before `time` or earlier (a rebuild that started
 * at `time` has covered it; the minute leaves transactions still open then to the worker).
 */
export async function dropQueuedBefore(db: Db, time: string): Promise<void> {
  await db.execute(
    sql`delete from search_index_queue where queued_at < ${time}::timestamptz - interval '1 minute'`,
  );
}

export async function countQueuedForIndexing(db: Db): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_index_queue`);
  return rows[0]?.n ?? 0;
}

/** Published question ids after `afterId`, ascending (keyset pages for a rebuild). */
export async function publishedQuestionIds(db: Db, afterId: number, limit: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from questions where status = 'published' and id > ${afterId} order by id limit ${limit}`,
  );
  return rows.map((row) => row.id);
}

export async function countPublishedQuestions(db: Db): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from questions where status = 'published'`,
  );
  return rows[0]?.n ?? 0;
}

/** True when the index holds no document at all (cheap at any size, unlike count(*)). */
export async function searchIndexIsEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ empty: boolean }>(
    db,
    sql`select not exists (select 1 from search_documents) as empty`,
  );
  return rows[0]?.empty ?? true;
}

/** True when at least one question is published. */
export async function anyPublishedQuestion(db: Db): Promise<boolean> {
  const rows = await queryRows<{ any: boolean }>(
    db,
    sql`select exists (select 1 from questions where status = 'published') as any`,
  );
  return rows[0]?.any ?? false;
}

/**
 * After many documents (and their similar-question features) were written: VACUUM drops the old
 * row versions a rewrite leaves behind and merges the GIN indexes' pending lists, ANALYZE
 * refreshes the planner's statistics (PGlite has no autovacuum; on PostgreSQL it would come
 * minutes later). Measured at 100k demo Q&As on PostgreSQL right after an in-place rebuild:
 * search p95 130 ms before, 15 ms once vacuumed.
 * Not inside a transaction (VACUUM cannot run in one).
 */
export async function vacuumSearchIndex(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze) search_documents, similar_features`);
}

/** Filters on indexed columns; dates are calendar days in `timeZone`, both ends included. */
export interface DocumentFilter {
  lang?: Lang;
  departmentId?: number;
  doctorId?: number;
  hospitalId?: number;
  fromDay?: string;
  toDay?: string;
  timeZone: string;
}

/**
 * True when the filter narrows by more than the language (department, doctor, hospital or
 * dates): the lexeme statistics know the languages' words, not these (filterSql's other parts).
 */
export function filtersBeyondLanguage(filter: DocumentFilter): boolean {
  return (
    filter.departmentId !== undefined ||
    filter.doctorId !== undefined ||
    filter.hospitalId !== undefined ||
    !!filter.fromDay ||
    !!filter.toDay
  );
}

export function filterSql(filter: DocumentFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.lang) parts.push(sql`d.lang = ${filter.lang}`);
  if (filter.departmentId !== undefined) parts.push(sql`d.department_id = ${filter.departmentId}`);
  if (filter.doctorId !== undefined) parts.push(sql`d.doctor_ids @> array[${filter.doctorId}::int]`);
  if (filter.hospitalId !== undefined) parts.push(sql`d.hospital_ids @> array[${filter.hospitalId}::int]`);
  if (filter.fromDay) {
    parts.push(sql`d.published_at >= (${filter.fromDay}::date)::timestamp at time zone ${filter.timeZone}`);
  }
  if (filter.toDay) {
    parts.push(sql`d.published_at < (${filter.toDay}::date + 1)::timestamp at time zone ${filter.timeZone}`);
  }
  return sql.join(parts, sql` and `);
}

/** Label weights {D, C, B, A}: title words (A) count over three times body words (D, see document-vector.ts). */
export const RANK_WEIGHTS = '{0.3, 0.1, 0.2, 1.0}';
/**
 * Text relevance, then gentle boosts: views (log) and recency (+10 % when new, fading over
 * years). ts_rank, not ts_rank_cd: cover density over phrase queries cost ~40 µs per matching
 * Q&A (measured), ts_rank next to nothing, and its diminishing returns per repeated word keep a
 * title hit above any number of body hits. Normalization 1 divides by log length.
 */
export const scoreSql = (
  query: SQL,
  vector: SQL = sql`d.tsv`,
) => sql`ts_rank(${RANK_WEIGHTS}::float4[], ${vector}, ${query}, 1)
  * (1 + 0.03 * ln(1 + greatest(d.view_count, 0)))
  * (1 + 0.1 / (1 + greatest(extract(epoch from (now() - d.published_at)), 0) / 31557600.0))`;

/**
 * A query as the index matches it and as ranking scores it: `match` may leave out phrases
 * another one covers (prunePhrases: the same matches, fewer posting lists to read), `rank`
 * keeps every phrase so that scores do not change.
 */
export interface IndexQuery {
  match: string;
  rank: string;
}

/**
 * The best matches of a tsquery, best first, each row carrying the number of matches (`total`).
 * At most `candidateLimit` matches are ranked (and counted), so a very common term costs a
 * bounded amount of work however large the site grows. Counting in the same pass (a window
 * count) saves reading every matching document a second time.
 */
export async function rankDocuments(
  db: Db,
  query: IndexQuery,
  filter: DocumentFilter,
  page: { limit: number; offset: number; candidateLimit: number },
): Promise<{ id: number; score: number; total: number }[]> {
  return queryRows(
    db,
    sql`select c.id, c.score, (count(*) over ())::int as total from (
          select d.question_id as id, d.published_at, (${scoreSql(sql`${query.rank}::tsquery`)})::float8 as score
          from search_documents d
          where d.tsv @@ ${query.match}::tsquery and ${filterSql(filter)}
          limit ${page.candidateLimit}
        ) c
        order by c.score desc, c.published_at desc, c.id desc
        limit ${page.limit} offset ${page.offset}`,
  );
}

/** The newest documents matching the filters (an empty query). */
export async function latestDocuments(
  db: Db,
  filter: DocumentFilter,
  page: { limit: number; offset: number },
): Promise<{ id: number; score: number }[]> {
  return queryRows(
    db,
    sql`select d.question_id as id, 0::float8 as score from search_documents d
        where ${filterSql(filter)}
        order by d.published_at desc, d.question_id desc
        limit ${page.limit} offset ${page.offset}`,
  );
}

/** Matching documents, counted up to `cap` (beyond it the exact number is not worth the time). */
export async function countDocuments(
  db: Db,
  tsquery: string | undefined,
  filter: DocumentFilter,
  cap: number,
): Promise<number> {
  const match = tsquery === undefined ? sql`true` : sql`d.tsv @@ ${tsquery}::tsquery`;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from
          (select 1 from search_documents d where ${match} and ${filterSql(filter)} limit ${cap}) s`,
  );
  return rows[0]?.n ?? 0;
}

/** A PostgreSQL array literal of integers, sent as one parameter. */
export function intArray(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(',')}}`;
}
