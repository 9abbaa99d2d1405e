/**
 * How many Q&As contain a term, estimated from PostgreSQL's own statistics of the index
 * (ANALYZE keeps the most common lexemes of search_documents.tsv and title_tsv with their
 * frequencies; the columns' statistics targets are raised to 1000 by migrations 0009 and 0016,
 * so each list holds the ~10k most common lexemes). No table to maintain: the estimate is as
 * fresh as the last ANALYZE (autovacuum on PostgreSQL, the indexer after a bulk load on PGlite).
 * Used to drive a similar-question lookup from its rarest terms instead of an OR of every term,
 * and to choose how many months of titles a common query's title slice looks at.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import { conceptLexeme } from './concept-lexeme.ts';
import { type Phrase, phraseKey } from './phrase.ts';
import type { ParsedQuery } from './search-query.ts';
import { groupParts, type IndexedConcepts } from './tsquery.ts';

export interface TermFrequencies {
  /** Share of documents containing `lexeme` (0-1); below `floor` when not among the common ones. */
  share(lexeme: string): number;
  /** The smallest share in the common list: rarer lexemes are not listed. 0 without statistics. */
  floor: number;
  /** Documents in the index (the planner's estimate). */
  documents: number;
  /** Documents flagged recent (the estimate of their index, RECENT_MONTHS); 0 when unknown. */
  recent?: number;
}

const NO_STATS: TermFrequencies = { share: () => 0, floor: 0, documents: 0 };
const RELOAD_AFTER_MS = 10 * 60_000;
/** The index's vector columns: the whole Q&A, and its title with the publication period. */
type Column = 'tsv' | 'title_tsv';
const caches: Record<Column, WeakMap<Db, { at: number; value: Promise<TermFrequencies> }>> = {
  tsv: new WeakMap(),
  title_tsv: new WeakMap(),
};

/** The statistics of `db`'s index (its whole Q&As, or their titles), cached for ten minutes. */
export function termFrequencies(db: Db, now = Date.now(), column: Column = 'tsv'): Promise<TermFrequencies> {
  const cache = caches[column];
  const cached = cache.get(db);
  if (cached && now - cached.at < RELOAD_AFTER_MS) return cached.value;
  const value = loadTermFrequencies(db, column).catch(() => NO_STATS);
  cache.set(db, { at: now, value });
  return value;
}

/** The statistics of the titles: their words, and the publication months ('§m202611'). */
export function titleFrequencies(db: Db, now = Date.now()): Promise<TermFrequencies> {
  return termFrequencies(db, now, 'title_tsv');
}

async function loadTermFrequencies(db: Db, column: Column): Promise<TermFrequencies> {
  const rows = await queryRows<{
    elems: string[] | null;
    freqs: number[] | null;
    documents: number;
    recent: number | null;
  }>(
    db,
    sql`select most_common_elems::text::text[] as elems, most_common_elem_freqs::float8[] as freqs,
          (select reltuples from pg_class where oid = 'search_documents'::regclass)::float8 as documents,
          (select reltuples from pg_class
            where oid = to_regclass('search_documents_recent_published_idx'))::float8 as recent
        from pg_stats where schemaname = current_schema() and tablename = 'search_documents' and attname = ${column}`,
  );
  const elems = rows[0]?.elems;
  const freqs = rows[0]?.freqs;
  if (!elems?.length || !freqs?.length) return NO_STATS;
  const shares = new Map<string, number>();
  for (const [i, lexeme] of elems.entries()) shares.set(lexeme, Number(freqs[i]));
  // After the per-element frequencies come the minimum, the maximum and the null share.
  const floor = Number(freqs[elems.length] ?? 0);
  const documents = Math.max(0, Number(rows[0]?.documents ?? 0));
  // -1 (never counted) or null (the index is being rebuilt): unknown.
  const recent = Math.max(0, Number(rows[0]?.recent ?? 0));
  return { share: (lexeme) => shares.get(lexeme) ?? floor / 2, floor, documents, recent };
}

/**
 * Estimated share of documents matching any of the phrases: a phrase is at most as common as
 * its rarest token, an OR at most the sum of its phrases.
 */
export function phrasesShare(phrases: readonly Phrase[], frequencies: TermFrequencies): number {
  let sum = 0;
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    sum += Math.min(...phrase.map((token) => (token.prefix ? 1 : frequencies.share(token.text))));
  }
  return Math.min(1, sum);
}

/**
 * Documents a query (every group required) can match at most, by the statistics: its rarest
 * group. An upper bound, unlike the planner's estimate for phrases (it multiplies the tokens'
 * shares: 1,100 for 高血壓's 7,100 matches in 94k demo Q&As). 0 without statistics.
 */
export function estimateQueryMatches(query: ParsedQuery, frequencies: TermFrequencies): number {
  if (query.groups.length === 0) return 0;
  const share = Math.min(...query.groups.map((group) => phrasesShare(group.phrases, frequencies)));
  return Math.round(share * frequencies.documents);
}

/**
 * The share of documents a query matches, as the index matches it: a concept the index holds
 * as a lexeme by that lexeme's own frequency (the sum of its names' would count many Q&As
 * twice), the group's other phrases as in phrasesShare; the query the product of its groups'
 * (independent words, as the planner assumes: the rarest group's share, an upper bound, sent
 * `MRI 檢查`, in no title at all, through windows of two years). A concept's lexeme is in Q&As
 * of every language; when the query keeps only some of its names (a search in one language,
 * queryForLanguage), the lexeme's share is split as its names' shares are.
 */
export function estimateIndexQueryShare(
  query: ParsedQuery,
  frequencies: TermFrequencies,
  indexed: IndexedConcepts,
): number {
  if (query.groups.length === 0) return 0;
  const shares = query.groups.map((group) => {
    const { concepts, phrases } = groupParts(group, indexed);
    const kept = new Set(group.phrases.map(phraseKey));
    const listed = concepts.reduce((sum, concept) => {
      const all = phrasesShare(concept.phrases, frequencies);
      const searched = phrasesShare(
        concept.phrases.filter((phrase) => kept.has(phraseKey(phrase))),
        frequencies,
      );
      const lexeme = conceptLexeme(concept.id, concept.key);
      return sum + frequencies.share(lexeme) * (all > 0 ? Math.min(1, searched / all) : 1);
    }, 0);
    return Math.min(1, listed + phrasesShare(phrases, frequencies));
  });
  return shares.reduce((product, share) => product * share, 1);
}
