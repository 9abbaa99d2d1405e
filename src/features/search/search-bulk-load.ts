/**
 * Building a large index from nothing. Growing a GIN index row by row is most of what indexing
 * costs at scale (every document adds a few hundred posting-list entries to pages all over the
 * index); building it once over the loaded table is several times cheaper. So when an empty
 * index is about to receive many documents, its secondary indexes are dropped, the documents
 * loaded, and the indexes created again, with more sort memory.
 *
 * Safe to stop at any point: `ensureSearchIndexes` creates whatever is missing (the worker calls
 * it when it starts, and every bulk load calls it at its end), so a crash mid-load leaves a
 * slower index, never a wrong one: queries without the GIN indexes still find the same rows.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database.ts';

/**
 * The secondary indexes of search_documents, as the migrations create them (0001, 0009, 0017, 0019).
 * search-bulk-load.test.ts checks that these statements give the migrated database's indexes.
 */
export const SEARCH_INDEXES: readonly { name: string; definition: string }[] = [
  { name: 'search_documents_tsv_idx', definition: 'using gin (tsv)' },
  { name: 'search_documents_recent_tsv_idx', definition: 'using gin (tsv) where recent' },
  {
    name: 'search_documents_recent_published_idx',
    definition: 'using btree (published_at) where recent and published_at is not null',
  },
  { name: 'search_documents_title_tsv_idx', definition: 'using gin (title_tsv)' },
  { name: 'search_documents_published_idx', definition: 'using btree (published_at)' },
  { name: 'search_documents_doctors_idx', definition: 'using gin (doctor_ids)' },
  { name: 'search_documents_hospitals_idx', definition: 'using gin (hospital_ids)' },
];

/** An empty index receiving at least this many documents is loaded first and indexed after. */
export const BULK_LOAD_FROM = 20_000;

/** Names of the secondary indexes that are missing. */
export async function missingSearchIndexes(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select indexname as name from pg_indexes where tablename = 'search_documents'`,
  );
  const present = new Set(rows.map((row) => row.name));
  return SEARCH_INDEXES.filter((index) => !present.has(index.name)).map((index) => index.name);
}

/**
 * Creates the secondary indexes that are missing; returns their names. `parallel` builds run at
 * once (PostgreSQL builds a GIN index on one core; CREATE INDEX takes a lock that does not
 * conflict with itself, so two builds share the table). Another instance may be creating the
 * same index at the same moment: its "already exists" is not an error.
 */
export async function ensureSearchIndexes(
  db: Db,
  options: { memory?: string; parallel?: number } = {},
): Promise<string[]> {
  const memory = /^\d+MB$/.test(options.memory ?? '') ? options.memory : '128MB';
  const missing = new Set(await missingSearchIndexes(db));
  const pending = SEARCH_INDEXES.filter((candidate) => missing.has(candidate.name));
  const build = async () => {
    for (let index = pending.shift(); index; index = pending.shift()) {
      try {
        await db.transaction(async (tx) => {
          // Sort memory for this build only (PGlite included: it is the transaction's setting).
          await tx.execute(sql.raw(`set local maintenance_work_mem = '${memory}'`));
          await tx.execute(
            sql.raw(`create index if not exists "${index.name}" on search_documents ${index.definition}`),
          );
        });
      } catch (error) {
        const code =
          (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
        // 42P07: relation exists; 23505: two creators raced on the catalog entry.
        if (code !== '42P07' && code !== '23505') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, build));
  return [...missing];
}

/** Drops the secondary indexes (an empty table about to be bulk loaded). */
export async function dropSearchIndexes(db: Db): Promise<void> {
  for (const index of SEARCH_INDEXES) {
    await db.execute(sql.raw(`drop index if exists "${index.name}"`));
  }
}
