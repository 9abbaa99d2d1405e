/**
 * Which lexicon concepts the search index holds as concept lexemes (table search_concepts):
 * a concept is listed, with the key of its names, once every indexed Q&A mentioning one of
 * those names carries the concept's lexeme for that key. Queries for a listed concept match the
 * lexeme (one posting list); for any other, they match every name as a phrase, as before.
 *
 * A concept is listed by a full build of the index (every document then written with one
 * lexicon) or by the indexer's refresh (refreshConceptLexemes in search-indexer.ts), which
 * re-indexes the Q&As mentioning a new or changed concept and lists it afterwards.
 */
import { inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import { searchConcepts } from '../../db/schema.ts';
import { CONCEPT_LEXEME_PREFIX, conceptLexeme } from './concept-lexeme.ts';
import { quoteLexeme } from './document-vector.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { anyPhraseTsquery, type IndexedConcepts } from './tsquery.ts';

/**
 * How long a process keeps the list it read. A stale list is safe: a query uses a concept's
 * lexeme only when the listed key is the key of the names it searches for, and the refresh
 * unlists a concept before re-indexing under a new key.
 */
const READ_EVERY_MS = 2_000;

const cache = new WeakMap<Db, { at: number; concepts: Promise<IndexedConcepts> }>();

/** The listed concepts and their keys (cached for READ_EVERY_MS). */
export function indexedConcepts(db: Db): Promise<IndexedConcepts> {
  const cached = cache.get(db);
  if (cached && performance.now() - cached.at < READ_EVERY_MS) return cached.concepts;
  const concepts = readIndexedConcepts(db);
  cache.set(db, { at: performance.now(), concepts });
  concepts.catch(() => cache.delete(db));
  return concepts;
}

async function readIndexedConcepts(db: Db): Promise<IndexedConcepts> {
  const rows = await db
    .select({ id: searchConcepts.conceptId, key: searchConcepts.key })
    .from(searchConcepts);
  return new Map(rows.map((row) => [row.id, row.key]));
}

/** Lists every concept of `lexicon` under its key (after the whole index was written with it). */
export async function markConceptsIndexed(
  db: Db,
  lexicon: Lexicon,
  ids = lexicon.conceptIds(),
): Promise<void> {
  const rows = ids.map((id) => ({ conceptId: id, key: lexicon.conceptKey(id) }));
  for (let i = 0; i < rows.length; i += 1_000) {
    await db
      .insert(searchConcepts)
      .values(rows.slice(i, i + 1_000))
      .onConflictDoUpdate({
        target: searchConcepts.conceptId,
        set: { key: sql`excluded.key`, readyAt: sql`now()` },
      });
  }
  cache.delete(db);
}

/** Takes concepts off the list (their queries match names again). */
export async function unmarkConcepts(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(searchConcepts).where(inArray(searchConcepts.conceptId, [...ids]));
  cache.delete(db);
}

/** The listed concepts as stored, uncached (for the refresh). */
export const listedConcepts = readIndexedConcepts;

/**
 * Indexed Q&As that mention a name of the concept, or carry any version of its lexeme, but not
 * the lexeme under the concept's current key: what must be re-indexed before it is listed.
 */
export async function unmarkedMentions(db: Db, lexicon: Lexicon, conceptId: string): Promise<number[]> {
  const current = conceptLexeme(conceptId, lexicon.conceptKey(conceptId));
  const anyVersion = `${quoteLexeme(`${CONCEPT_LEXEME_PREFIX}${conceptId}:`)}:*`;
  const names = lexicon.phrases(conceptId);
  const mentions = names.length > 0 ? `( ${anyVersion} | ${anyPhraseTsquery(names, true)} )` : anyVersion;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select question_id as id from search_documents
        where tsv @@ ${`${mentions} & !${quoteLexeme(current)}`}::tsquery
        order by question_id`,
  );
  return rows.map((row) => row.id);
}
