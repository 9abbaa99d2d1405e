/**
 * The bounded search paths (issue 4, speed at 1M Q&As). Ranking reads each match's full
 * vector, which PostgreSQL keeps out of line (TOAST, ~2.8 kB per demo Q&A, ~20 µs to fetch), so
 * exact ranking costs grow with the number of matches. For a query the planner expects to
 * match many Q&As, the newest `slice` Q&As with a match in their titles are ranked instead, by
 * the small inline title vector: the cost depends on the slice, not on the site's size.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import {
  type DocumentFilter,
  filterSql,
  type IndexQuery,
  intArray,
  RANK_WEIGHTS,
  scoreSql,
  withinPeriod,
} from './search-index.repository.ts';

/**
 * The newest `slice` documents whose titles match, ranked by the title vector and the same
 * boosts as the exact path; one page of them. The planner walks the published_at index
 * newest first (a common term: a few rows per hit) or reads the title GIN index (a rarer one).
 * With a `period` (year and month lexemes, recentPeriod), only titles published then: when they hold `slice`
 * matches, these are the same newest `slice` as without, found by visiting far fewer rows.
 */
export async function rankTitleSlice(
  db: Db,
  query: IndexQuery,
  filter: DocumentFilter,
  page: { limit: number; offset: number; slice: number; period?: readonly string[] },
): Promise<{ id: number; score: number; total: number }[]> {
  // Publication years or months (lexemes of the title vector) narrow what the GIN index yields:
  // the rows visited are the period's title matches, not the whole site's.
  const match = withinPeriod(query.match, page.period);
  return queryRows(
    db,
    sql`select c.id, c.score, (count(*) over ())::int as total from (
          select d.question_id as id, d.published_at, (${scoreSql(sql`${query.rank}::tsquery`, sql`d.title_tsv`)})::float8 as score
          from search_documents d
          where d.title_tsv @@ ${match}::tsquery and ${filterSql(filter)}
          order by d.published_at desc
          limit ${page.slice}
        ) c
        order by c.score desc, c.published_at desc, c.id desc
        limit ${page.limit} offset ${page.offset}`,
  );
}

/**
 * Candidates for similar questions: documents matching `drive` (the question's rarest terms,
 * so the GIN bitmap stays small), at most `candidateLimit` of them. Two stages: every candidate
 * is scored by its inline title vector (text relevance of the OR of every term plus the weight
 * of every term matched: no TOAST read), the best `rescore` of them again by their full vector,
 * read once each (the `||` makes an in-memory copy every term is tested against; a TOASTed
 * vector fetched once per term was most of the old lookup's ~200 ms per 100k Q&As).
 */
export async function rankWeightedCandidates(
  db: Db,
  drive: string,
  terms: readonly { query: IndexQuery; weight: number }[],
  filter: DocumentFilter & { excludeIds?: readonly number[] },
  page: { limit: number; candidateLimit: number; rescore: number },
): Promise<{ id: number; rank: number }[]> {
  if (terms.length === 0) return [];
  const any = sql`${terms.map((term) => `(${term.query.rank})`).join(' | ')}::tsquery`;
  const weighted = (vector: SQL) =>
    sql.join(
      terms.map(
        (term) =>
          sql`(case when ${vector} @@ ${term.query.match}::tsquery then ${term.weight}::float8 else 0 end)`,
      ),
      sql` + `,
    );
  const score = (vector: SQL) =>
    sql`(ts_rank(${RANK_WEIGHTS}::float4[], ${vector}, ${any}, 1) + ${weighted(vector)})::float8`;
  const exclude = filter.excludeIds?.length
    ? sql`d.question_id <> all(${intArray(filter.excludeIds)}::int[])`
    : sql`true`;
  const title = sql`coalesce(t.title_tsv, ''::tsvector)`;
  return queryRows(
    db,
    sql`select m.id, ${score(sql`m.v`)} as rank
        from (
          select s.id, d.tsv || ''::tsvector as v
          from (
            select t.question_id as id, ${score(title)} as title_rank
            from (
              select d.question_id, d.title_tsv from search_documents d
              where d.tsv @@ ${drive}::tsquery and ${filterSql(filter)} and ${exclude}
              limit ${page.candidateLimit}
            ) t
            order by title_rank desc, t.question_id desc
            limit ${page.rescore}
          ) s
          join search_documents d on d.question_id = s.id
          offset 0
        ) m
        order by rank desc, m.id desc
        limit ${page.limit}`,
  );
}

/**
 * A common query whose titles match too rarely to fill the title slice ("heart attack" is in
 * many answers, few titles): the title matches (`titleIds`, found by the slice's last pass)
 * plus the first `sample` other matches in table order, ranked exactly; `sampled` tells that
 * the sample was full (more matches exist). Table order is about publication order (a site
 * numbers its questions as they come), so the first matches are the oldest ones: the sample is
 * drawn from a recent part of the index. With `recent`, the recent documents only, through their
 * own GIN index: its bitmap holds a tenth of the matches (`MRI 檢查` at 1M Q&As: 4.8 ms instead
 * of 13.2). With `period` (year lexemes of the full vector), the documents of those years.
 */
export async function rankTitlesAndSample(
  db: Db,
  query: IndexQuery,
  filter: DocumentFilter,
  page: {
    limit: number;
    offset: number;
    titleIds: readonly number[];
    sample: number;
    recent?: boolean;
    period?: readonly string[];
  },
): Promise<{ rows: { id: number; score: number }[]; total: number; sampled: boolean }> {
  const match = withinPeriod(query.match, page.period);
  // Each sampled match is ranked as the scan finds it (looking it up again by id cost 4 ms of
  // 15 at 1M Q&As); a title match that is also sampled is one row (`union`).
  const ranked = sql`d.question_id as id, d.published_at, (${scoreSql(sql`${query.rank}::tsquery`)})::float8 as score`;
  const rows = await queryRows<{ id: number; score: number; total: number; sampled: number }>(
    db,
    sql`with sample as (
          select ${ranked} from search_documents d
          where ${page.recent ? sql`d.recent and ` : sql``}d.tsv @@ ${match}::tsquery and ${filterSql(filter)}
          limit ${page.sample}
        ), titles as (
          select ${ranked} from search_documents d where d.question_id = any(${intArray(page.titleIds)}::int[])
        )
        select c.id, c.score, (count(*) over ())::int as total, (select count(*) from sample)::int as sampled
        from (select * from sample union select * from titles) c
        order by c.score desc, c.published_at desc, c.id desc
        limit ${page.limit} offset ${page.offset}`,
  );
  return {
    rows: rows.map(({ id, score }) => ({ id, score })),
    total: rows[0]?.total ?? 0,
    sampled: (rows[0]?.sampled ?? 0) >= page.sample,
  };
}
