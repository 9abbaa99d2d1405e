/**
 * Stored similar-question feature bags (table similar_features). The search indexer writes a
 * Q&A's bag with its search document, so a lookup reads its ~120 candidates' bags instead of
 * tokenizing their text. A bag is used only while its key (method version and lexicon) and the
 * digest of its text still hold; otherwise the lookup computes it from the text, as it would
 * without any stored bag. After a lexicon change, `refreshStaleFeatures` (the similar worker)
 * recomputes the bags of the old key in the background, and fills the placeholders a bulk load
 * (search-indexer.ts) or migration 0014 left.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { intArray } from '../search/search-index.repository.ts';
import {
  decodeFeatures,
  encodeFeatures,
  featuresKey,
  type QuestionFeatures,
  questionFeatures,
  similarText,
} from './question-vector.ts';

/** Bags recomputed per step of the similar worker (~0.1 ms each). */
export const FEATURES_BATCH = 500;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** A question's similar text in SQL, as `similarText` makes it (q is the questions row). */
const textSql = sql`(q.page_title || E'\\n' || q.body)`;

/**
 * Computes and stores the bags of the given Q&As; a Q&A whose search document is absent (not
 * indexed, unpublished meanwhile) or whose text is no longer the one given (edited since it was
 * read: the refresh reads texts before it writes, and the indexer may meanwhile have stored
 * the bag of an edited text) is skipped. Works on the database or a transaction handle.
 */
export async function writeSimilarFeatures(
  db: Db,
  lexicon: Lexicon,
  sources: readonly { id: number; pageTitle: string; body: string }[],
): Promise<void> {
  if (sources.length === 0) return;
  const rows = sources.map((source) => {
    const text = similarText(source);
    return { id: source.id, md5: md5(text), features: encodeFeatures(questionFeatures(text, lexicon)) };
  });
  await db.execute(
    sql`insert into similar_features (question_id, key, text_md5, features)
        select r.id, ${featuresKey(lexicon)}, r.md5, r.features
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id int, md5 text, features text)
          join search_documents d on d.question_id = r.id
          join questions q on q.id = r.id and md5(${textSql}) = r.md5
        order by r.id
        on conflict (question_id) do update set
          key = excluded.key, text_md5 = excluded.text_md5, features = excluded.features`,
  );
}

/**
 * Placeholder bags (no key: never used) for the given indexed Q&As, for `refreshStaleFeatures`
 * to fill: what a bulk load writes in each batch instead of computing the bags.
 */
export async function writeFeaturePlaceholders(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`insert into similar_features (question_id, key, text_md5, features)
        select d.question_id, '', '', '' from search_documents d
        where d.question_id = any(${intArray(ids)}::int[])
        order by d.question_id
        on conflict (question_id) do update set key = '', text_md5 = '', features = ''`,
  );
}

/**
 * Recomputes every bag stored with another key than `lexicon`'s (an older lexicon or method,
 * or a placeholder), `batch` at a time, until none is left or `shouldStop`; returns how many.
 * It walks the (key, question_id) index with a cursor, the keys below the current one and then
 * those above: each batch starts where the last ended, past the index entries its updates left
 * behind, and never reads the bags that are current.
 */
export async function refreshStaleFeatures(
  db: Db,
  lexicon: Lexicon,
  options: { batch: number; shouldStop?: () => boolean },
): Promise<number> {
  const key = featuresKey(lexicon);
  let refreshed = 0;
  for (const side of ['below', 'above'] as const) {
    let after = side === 'below' ? { key: '', id: -1 } : { key, id: 2 ** 31 - 1 };
    while (!options.shouldStop?.()) {
      const range = side === 'below' ? sql`key < ${key}` : sql`key > ${key}`;
      const stale = await queryRows<{ id: number; key: string; pageTitle: string; body: string }>(
        db,
        sql`select q.id, f.key, q.page_title as "pageTitle", q.body
            from (select key, question_id from similar_features
                  where ${range} and (key, question_id) > (${after.key}, ${after.id}::int)
                  order by key, question_id limit ${options.batch}) f
              join questions q on q.id = f.question_id
            order by f.key, f.question_id`,
      );
      await writeSimilarFeatures(db, lexicon, stale);
      refreshed += stale.length;
      const last = stale.at(-1);
      if (!last || stale.length < options.batch) break;
      after = { key: last.key, id: last.id };
    }
  }
  // Old row versions gone after many updates (PGlite has no autovacuum). Not in a transaction.
  if (refreshed >= 1000) await db.execute(sql`vacuum (analyze) similar_features`);
  return refreshed;
}

/** A candidate of a lookup: its department, its bag when a valid one is stored, else its text. */
export interface Candidate {
  departmentId?: number;
  features?: QuestionFeatures;
  text?: string;
}

/**
 * The candidates' departments and feature bags; a candidate without a valid stored bag comes
 * with its text instead (and with `withText`, every candidate does: embeddings need it).
 */
export async function candidateRows(
  db: Db,
  ids: readonly number[],
  lexicon: Lexicon,
  withText = false,
): Promise<(Candidate & { id: number })[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{
    id: number;
    departmentId: number;
    features: string | null;
    text: string | null;
  }>(
    db,
    sql`select c.id, c."departmentId", case when c.valid then c.features end as features,
          case when ${withText} or not c.valid then c.text end as text
        from (
          select q.id, q.department_id as "departmentId", f.features, t.text,
            coalesce(f.key = ${featuresKey(lexicon)} and f.text_md5 = md5(t.text), false) as valid
          from questions q
            cross join lateral (select ${textSql} as text) t
            left join similar_features f on f.question_id = q.id
          where q.id = any(${intArray(ids)}::int[])
        ) c`,
  );
  return rows.map((row) => ({
    id: row.id,
    departmentId: row.departmentId,
    features: row.features === null ? undefined : decodeFeatures(row.features),
    text: row.text ?? undefined,
  }));
}
