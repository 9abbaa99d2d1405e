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
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';
import { searchConcepts } from '../../db/schema.ts';
import { CONCEPT_LEXEME_PREFIX, conceptLexeme } from './concept-lexeme.ts';
import { quoteLexeme } from './document-vector.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { anyPhraseTsquery, type IndexedConcepts } from './tsquery.ts';

/**
 * How long a process keeps the list it read (its own index writes forget it at once). A query
 * uses a concept's lexeme only when the listed key is the key of the names it searches for, so
 * a stale list can only be stale for this long: a concept unlisted by another process's write
 * may still be matched by its lexeme here, missing the Q&As that write brought.
 */
const READ_EVERY_MS = 2_000;

const cache = new WeakMap<Db, { at: number; version: number; concepts: Promise<IndexedConcepts> }>();
/**
 * Moved by every change to the list this process makes, so that its next query reads the list
 * again (the change may have been made on a transaction handle, not on the Db the cache is for).
 */
let version = 0;
const forget = () => {
  version++;
};

/** The listed concepts and their keys (cached for READ_EVERY_MS). */
export function indexedConcepts(db: Db): Promise<IndexedConcepts> {
  const cached = cache.get(db);
  if (cached && cached.version === version && performance.now() - cached.at < READ_EVERY_MS)
    return cached.concepts;
  const concepts = readIndexedConcepts(db);
  cache.set(db, { at: performance.now(), version, concepts });
  concepts.catch(() => cache.delete(db));
  return concepts;
}

async function readIndexedConcepts(db: Db): Promise<IndexedConcepts> {
  const rows = await db
    .select({ id: searchConcepts.conceptId, key: searchConcepts.key })
    .from(searchConcepts);
  return new Map(rows.map((row) => [row.id, row.key]));
}

/** Concept id and key pairs as one JSON parameter (read with json_to_recordset). */
const pairsJson = (lexicon: Lexicon, ids: readonly string[]) =>
  JSON.stringify(ids.map((id) => ({ id, key: lexicon.conceptKey(id) })));

/** Every concept's pair, built once per lexicon: every index write sends them. */
const allPairs = new WeakMap<Lexicon, string>();
const allPairsJson = (lexicon: Lexicon) => {
  let json = allPairs.get(lexicon);
  if (json === undefined) {
    json = pairsJson(lexicon, lexicon.conceptIds());
    allPairs.set(lexicon, json);
  }
  return json;
};

/**
 * Lists the concepts `ids` of `lexicon` under their keys. In one transaction holding the table exclusively, so no index write is
 * between its own check (unlistOtherKeys) and its commit meanwhile; `verify` runs there first
 * and may refuse (returns false: nothing is listed).
 */
export async function markConceptsIndexed(
  db: Db,
  lexicon: Lexicon,
  ids: readonly string[],
  verify?: (tx: Db) => Promise<boolean>,
): Promise<boolean> {
  const listed = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    await tx.execute(sql`lock table search_concepts in exclusive mode`);
    if (verify && !(await verify(tx))) return false;
    await tx.execute(sql`
      insert into search_concepts (concept_id, key)
      select id, key from json_to_recordset(${pairsJson(lexicon, ids)}::json) as l(id text, key text)
      on conflict (concept_id) do update set key = excluded.key, ready_at = now()`);
    return true;
  });
  forget();
  return listed;
}

/**
 * Takes off the list every concept listed under a key other than `lexicon`'s, or not in it.
 * Every index write runs this after writing its documents, in the same transaction: a Q&A
 * written with another lexicon (an editor's change not yet refreshed, another instance's older
 * copy) does not carry the listed lexemes, so those concepts go back to matching their names
 * until the refresh has re-indexed their mentions.
 */
export async function unlistOtherKeys(db: Db, lexicon: Lexicon): Promise<void> {
  await db.execute(sql`
    delete from search_concepts s
    where not exists (
      select 1 from json_to_recordset(${allPairsJson(lexicon)}::json) as l(id text, key text)
      where l.id = s.concept_id and l.key = s.key)`);
  forget();
}

/** The listed concepts as stored, uncached (for the refresh). */
export const listedConcepts = readIndexedConcepts;

/**
 * True when some indexed Q&A carries a concept lexeme. With nothing listed, false means the
 * index was written before concept lexemes existed (an upgrade: rebuild it); true means a first
 * build was stopped before it could list, or every key changed (refresh concept by concept).
 */
export async function anyConceptLexeme(db: Db): Promise<boolean> {
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from search_documents
          where tsv @@ ${`${quoteLexeme(CONCEPT_LEXEME_PREFIX)}:*`}::tsquery) as found`,
  );
  return rows[0]?.found === true;
}

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
