/**
 * Nearest neighbours of an embedding vector with pgvector, where the engine has it (PGlite
 * always: database.ts loads the extension; PostgreSQL when the host ships pgvector and
 * migration 0008 could create it). Vectors stay plain real[] in question_embeddings on every
 * engine; here they are cast to vector(n) for the cosine distance (`<=>`). Models differ in
 * dimensions, so a search only looks at the rows of its model and length, and once a model has
 * enough rows an HNSW expression index is built for exactly that model and length (a partial
 * index whose predicate the search repeats word for word, so the planner uses it).
 */
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import { logger } from '../../lib/logger.ts';

/** Below this many vectors of one model an exact scan is fast enough and exact. */
export const VECTOR_INDEX_MIN_ROWS = 2000;
/** pgvector's HNSW indexes `vector` columns of at most this many dimensions. */
const HNSW_MAX_DIMENSIONS = 2000;
/** How often (per model and length, per process) a missing index is looked at again. */
const INDEX_CHECK_EVERY_MS = 10 * 60_000;

const installed = new WeakMap<Db, Promise<boolean>>();
const indexChecked = new WeakMap<Db, Map<string, number>>();

/** Whether pgvector is installed in this database (asked once per database handle). */
export function hasVectorSearch(db: Db): Promise<boolean> {
  let answer = installed.get(db);
  if (!answer) {
    answer = db
      .execute(sql`select 1 from pg_extension where extname = 'vector'`)
      .then((result) => (result as unknown as { rows: unknown[] }).rows.length > 0)
      .catch(() => false);
    installed.set(db, answer);
  }
  return answer;
}

export interface NeighbourQuery {
  model: string;
  vector: readonly number[];
  lang?: Lang;
  excludeIds?: readonly number[];
  limit: number;
}

/** A SQL string literal (standard_conforming_strings is on for both engines). */
function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function dimensionsOf(vector: readonly number[]): number {
  const n = vector.length;
  if (!Number.isInteger(n) || n < 1 || n > 16000)
    throw new Error(`cannot search a vector of ${n} dimensions`);
  return n;
}

/** The rows of one model and length: the exact predicate of that model's index. */
function modelPredicate(model: string, dimensions: number) {
  return sql.raw(`e.model = ${literal(model)} and array_length(e.vector, 1) = ${dimensions}`);
}

/**
 * Ids of the published (search-indexed) Q&As whose stored vectors of `query.model` are nearest
 * to `query.vector` by cosine distance, nearest first. Needs pgvector (see hasVectorSearch).
 */
export async function nearestQuestions(db: Db, query: NeighbourQuery): Promise<number[]> {
  const result = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    // An HNSW scan returns at most ef_search rows (default 40): let it return the whole pool
    // that the language and published filters then narrow.
    await tx.execute(sql.raw(`set local hnsw.ef_search = ${poolSize(query.limit)}`));
    return tx.execute(nearestQuestionsQuery(query));
  });
  return (result as unknown as { rows: { id: number }[] }).rows.map((row) => Number(row.id));
}

/** How many nearest rows are fetched before filtering by language and publication. */
function poolSize(limit: number): number {
  return Math.min(1000, Math.max(40, Math.trunc(limit) * 4));
}

/** The SQL of nearestQuestions (tests EXPLAIN it to see the index used). */
export function nearestQuestionsQuery(query: NeighbourQuery): SQL {
  const dimensions = dimensionsOf(query.vector);
  if (!query.vector.every(Number.isFinite)) throw new Error('vector has non-finite values');
  const vectorType = sql.raw(`vector(${dimensions})`);
  const target = `[${query.vector.join(',')}]`;
  const lang = query.lang ? sql`and d.lang = ${query.lang}` : sql``;
  const excluded = query.excludeIds?.length
    ? sql`and e.question_id <> all(${`{${query.excludeIds.map((id) => Math.trunc(id)).join(',')}}`}::int[])`
    : sql``;
  return sql`
    select e.question_id as id
    from (
      select e.question_id, e.vector::${vectorType} <=> ${target}::${vectorType} as distance
      from question_embeddings e
      where ${modelPredicate(query.model, dimensions)} ${excluded}
      order by e.vector::${vectorType} <=> ${target}::${vectorType}
      limit ${poolSize(query.limit)}
    ) e
    join search_documents d on d.question_id = e.question_id
    where e.distance < 1 ${lang}
    order by e.distance, e.question_id
    limit ${query.limit}`;
}

/** Name of the HNSW index of one model and length. */
export function vectorIndexName(model: string, dimensions: number): string {
  const hash = createHash('sha1').update(`${model}\n${dimensions}`).digest('hex').slice(0, 16);
  return `question_embeddings_hnsw_${hash}`;
}

/**
 * Builds the HNSW cosine index of `model` vectors of `dimensions` once there are at least
 * `minRows` of them (and pgvector is installed, and HNSW supports that length). Looked at most
 * once per INDEX_CHECK_EVERY_MS per process unless `force`. Returns whether the index exists.
 */
export async function ensureVectorIndex(
  db: Db,
  model: string,
  dimensions: number,
  options: { minRows?: number; force?: boolean } = {},
): Promise<boolean> {
  if (dimensions > HNSW_MAX_DIMENSIONS || !(await hasVectorSearch(db))) return false;
  const key = `${model}\n${dimensions}`;
  const checked = indexChecked.get(db) ?? new Map<string, number>();
  indexChecked.set(db, checked);
  const last = checked.get(key);
  if (
    !options.force &&
    last !== undefined &&
    (last === Infinity || Date.now() - last < INDEX_CHECK_EVERY_MS)
  ) {
    return last === Infinity;
  }
  checked.set(key, Date.now());
  const name = vectorIndexName(model, dimensions);
  const exists = await db.execute(sql`select 1 from pg_indexes where indexname = ${name}`);
  if ((exists as unknown as { rows: unknown[] }).rows.length > 0) {
    checked.set(key, Infinity);
    return true;
  }
  const counted = await db.execute(
    sql`select count(*)::int as n from question_embeddings e where ${modelPredicate(model, dimensions)}`,
  );
  const rows = Number((counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  if (rows < (options.minRows ?? VECTOR_INDEX_MIN_ROWS)) return false;
  const started = Date.now();
  try {
    await db.execute(
      sql.raw(
        `create index if not exists ${name} on question_embeddings using hnsw ((vector::vector(${dimensions})) vector_cosine_ops) where model = ${literal(model)} and array_length(vector, 1) = ${dimensions}`,
      ),
    );
  } catch (error) {
    // Another instance building the same index at once, or no right to: searches stay exact.
    logger.warn({ err: error, model, dimensions }, 'could not build the vector index');
    return false;
  }
  checked.set(key, Infinity);
  logger.info(
    { model, dimensions, rows, ms: Date.now() - started },
    'built the HNSW index of question vectors',
  );
  return true;
}
