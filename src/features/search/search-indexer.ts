/**
 * Keeps search_documents in step with the questions: index a few Q&As (the 'search-index'
 * job), drain the queue the importer fills, or rebuild everything (`openconsult reindex`).
 */
import { sql } from 'drizzle-orm';
import type { Db, Engine } from '../../db/database.ts';
import { writeFeaturePlaceholders, writeSimilarFeatures } from '../similar/similar-features.ts';
import {
  anyConceptLexeme,
  listedConcepts,
  markConceptsIndexed,
  unlistOtherKeys,
  unmarkedMentions,
} from './concept-index.ts';
import { documentVectors } from './document-vector.ts';
import { createLexicon, type Lexicon } from './lexicon/lexicon.ts';
import { siteLexicon, siteLexiconGroups } from './lexicon/site-lexicon.ts';
import { BULK_LOAD_FROM, dropSearchIndexes, ensureSearchIndexes } from './search-bulk-load.ts';
import {
  anyPublishedQuestion,
  bumpSearchGeneration,
  countPublishedQuestions,
  countQueuedForIndexing,
  databaseNow,
  deleteSearchDocuments,
  deleteStaleSearchDocuments,
  dropQueuedBefore,
  loadIndexSources,
  publishedQuestionIds,
  searchIndexIsEmpty,
  takeQueuedForIndexing,
  upsertSearchDocuments,
  vacuumSearchIndex,
} from './search-index.repository.ts';

/**
 * Brings the given questions up to date in the index: published ones are (re)written, with the
 * concept lexemes of `lexicon` (the site's) and their similar-question features, or, for a
 * `bulk` load, with placeholders the similar worker fills later; anything else (unpublished,
 * removed, deleted) is removed. Works on the database or on a transaction handle; it opens no
 * transaction of its own, and the caller bumps the index's generation once the write has
 * committed (bumpSearchGeneration), or cached search pages stay as they were.
 */
export async function indexQuestions(
  db: Db,
  questionIds: readonly number[],
  lexicon: Lexicon,
  options: { bulk?: boolean } = {},
): Promise<void> {
  const ids = [...new Set(questionIds)];
  if (ids.length === 0) return;
  const sources = await loadIndexSources(db, ids);
  const published = sources.filter((source) => source.published);
  await upsertSearchDocuments(
    db,
    published.map((source) => ({ id: source.id, ...documentVectors(source, lexicon) })),
  );
  if (!options.bulk) await writeSimilarFeatures(db, lexicon, published);
  else
    await writeFeaturePlaceholders(
      db,
      published.map((source) => source.id),
    );
  const keep = new Set(published.map((source) => source.id));
  await deleteSearchDocuments(
    db,
    ids.filter((id) => !keep.has(id)),
  );
  // Last, so that a listing made after this write's documents became visible sees them.
  await unlistOtherKeys(db, lexicon);
}

/**
 * Lists the concepts after a write of the whole index with `lexicon`: those whose names are
 * still the ones in the database now (an editor's change during the write is left to the
 * refresh).
 */
async function listAfterFullWrite(db: Db, lexicon: Lexicon): Promise<void> {
  const current = createLexicon(await siteLexiconGroups(db));
  const same = lexicon.conceptIds().filter((id) => current.conceptKey(id) === lexicon.conceptKey(id));
  await markConceptsIndexed(db, lexicon, same);
}

/**
 * A batch's commit does not wait for the disk (PostgreSQL's synchronous_commit, this
 * transaction only): the index is derived data, and a crash can only lose the last batches as
 * a whole (their queue rows come back with them). Measured on PostgreSQL 15 here: see
 * docs/benchmarks.md.
 */
async function relaxDurability(tx: Db): Promise<void> {
  await tx.execute(sql`set local synchronous_commit = off`);
}

export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface IndexRunOptions {
  /** Q&As per transaction (default 500): short transactions keep a running site answering. */
  batchSize?: number;
  /** Awaited between batches (a test may look at the database there). */
  onProgress?: (progress: IndexProgress) => void | Promise<void>;
  /** Checked between batches: true stops the run early (the process is shutting down). */
  shouldStop?: () => boolean;
  /**
   * The engine, for how the work is spread: on PostgreSQL two batches are in flight at once (the
   * app tokenizes one while the database writes the other: two cores busy instead of one);
   * PGlite runs one query at a time in this process, so one batch at a time.
   */
  engine?: Engine;
  /** An empty index receiving at least this many documents is bulk loaded (search-bulk-load.ts). */
  bulkLoadFrom?: number;
}

const parallelism = (options: IndexRunOptions) => (options.engine === 'postgres' ? 2 : 1);

/**
 * Runs `batch` in `parallel` loops until it returns 0 or the run is stopped; a failure stops the
 * other loops at their next batch and is thrown once they have ended.
 */
async function runBatches(parallel: number, options: IndexRunOptions, batch: () => Promise<number>) {
  let failed = false;
  const loop = async () => {
    while (!failed && !options.shouldStop?.()) {
      try {
        if ((await batch()) === 0) return;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: parallel }, loop));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;
}

/**
 * Runs `load` with the index's secondary indexes dropped when the index is empty and at least
 * `bulkLoadFrom` documents are coming, and created again afterwards (also after a failure).
 * `load` is told whether it is a bulk load: then it leaves out the similar-question features
 * (a third of the app's work per Q&A) and writes placeholders the similar worker fills in the
 * background, as for Q&As indexed before the features existed.
 */
async function withBulkLoad<T>(
  db: Db,
  coming: number,
  options: IndexRunOptions,
  load: (bulk: boolean) => Promise<T>,
) {
  const bulk = coming >= (options.bulkLoadFrom ?? BULK_LOAD_FROM) && (await searchIndexIsEmpty(db));
  if (!bulk) return load(false);
  await dropSearchIndexes(db);
  try {
    return await load(true);
  } finally {
    await ensureSearchIndexes(db, {
      memory: options.engine === 'postgres' ? '512MB' : '128MB',
      parallel: parallelism(options),
    });
  }
}

/** Indexes everything the importer queued, one batch per transaction; returns how many. */
export async function indexQueued(db: Db, options: IndexRunOptions = {}): Promise<number> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let total = await countQueuedForIndexing(db);
  let indexed = 0;
  if (total === 0) return 0;
  const lexicon = await siteLexicon(db);
  // Into an empty index, every document is written with this lexicon: its concepts are listed
  // once the queue is drained.
  const wasEmpty = await searchIndexIsEmpty(db);
  await options.onProgress?.({ indexed, total });
  await withBulkLoad(db, total, options, (bulk) =>
    runBatches(parallelism(options), options, async () => {
      const count = await db.transaction(async (txHandle) => {
        const tx = txHandle as unknown as Db;
        await relaxDurability(tx);
        const ids = await takeQueuedForIndexing(tx, batchSize);
        await indexQuestions(tx, ids, lexicon, { bulk });
        return ids.length;
      });
      if (count > 0) await bumpSearchGeneration(db);
      indexed += count;
      total = Math.max(total, indexed);
      if (count > 0) await options.onProgress?.({ indexed, total });
      return count;
    }),
  );
  if (wasEmpty && !options.shouldStop?.()) {
    await listAfterFullWrite(db, lexicon);
    // Cached pages were ranked by the concepts' names; the next ones by their lexemes.
    await bumpSearchGeneration(db);
  }
  // Old row versions gone and fresh statistics after many writes (PGlite has no autovacuum);
  // not for a handful.
  if (indexed >= 1000) await vacuumSearchIndex(db);
  return indexed;
}

/**
 * Re-indexes every published Q&A in batches, then drops documents of Q&As no longer published.
 * The index stays usable throughout. Anything queued before is covered and the queue emptied.
 */
export async function rebuildSearchIndex(
  db: Db,
  options: IndexRunOptions = {},
): Promise<{ indexed: number; removed: number }> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const total = await countPublishedQuestions(db);
  // Whatever was queued before now is covered by this pass (or swept below as unpublished).
  const startedAt = await databaseNow(db);
  let indexed = 0;
  const lexicon = await siteLexicon(db);
  // Keyset pages of ids, handed out one after another to the batches in flight.
  let afterId = 0;
  let pages: Promise<unknown> = Promise.resolve();
  const nextIds = () => {
    const page = pages.then(async () => {
      const ids = await publishedQuestionIds(db, afterId, batchSize);
      if (ids.length > 0) afterId = ids[ids.length - 1]!;
      return ids;
    });
    pages = page.catch(() => {});
    return page;
  };
  await options.onProgress?.({ indexed, total });
  await withBulkLoad(db, total, options, (bulk) =>
    runBatches(parallelism(options), options, async () => {
      const ids = await nextIds();
      if (ids.length === 0) return 0;
      await db.transaction(async (tx) => {
        await relaxDurability(tx as unknown as Db);
        await indexQuestions(tx as unknown as Db, ids, lexicon, { bulk });
      });
      await bumpSearchGeneration(db);
      indexed += ids.length;
      await options.onProgress?.({ indexed, total: Math.max(total, indexed) });
      return ids.length;
    }),
  );
  if (options.shouldStop?.()) return { indexed, removed: 0 };
  // Ids queued before the pass are now either indexed or not published (the sweep below removes
  // the latter); ids queued since may have changed after their batch: index those again.
  await dropQueuedBefore(db, startedAt);
  await indexQueued(db, { batchSize, shouldStop: options.shouldStop, engine: options.engine });
  const removed = await deleteStaleSearchDocuments(db);
  // Every document left was written by this pass, with this lexicon (or since, by the queue).
  await listAfterFullWrite(db, lexicon);
  await bumpSearchGeneration(db);
  await vacuumSearchIndex(db);
  return { indexed, removed };
}

/**
 * Brings the index's concept lexemes in line with `lexicon` (after an editor changed a concept's
 * names, or on the first run after upgrading to concept lexemes): each concept not listed under
 * its current key is taken off the list, the Q&As mentioning it are re-indexed in batches, and it
 * is listed again. Returns how many concepts were listed. Stopped midway, a concept stays off
 * the list (its queries match names) and the next run goes on where this one was.
 */
export async function refreshConceptLexemes(
  db: Db,
  lexicon: Lexicon,
  options: Pick<IndexRunOptions, 'batchSize' | 'shouldStop' | 'engine'> = {},
): Promise<{ concepts: number; reindexed: number }> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const listed = await listedConcepts(db);
  if (
    listed.size === 0 &&
    lexicon.size > 0 &&
    !(await searchIndexIsEmpty(db)) &&
    !(await anyConceptLexeme(db))
  ) {
    // No concept listed and no lexeme in an index with documents: written before concept
    // lexemes existed (an upgrade). Nearly every Q&A mentions some concept: one rebuild (two
    // batches in flight, the commits not waiting for the disk) is far faster than re-indexing
    // concept by concept (~530 Q&As/s at 1M).
    const rebuilt = await rebuildSearchIndex(db, options);
    return { concepts: options.shouldStop?.() ? 0 : lexicon.size, reindexed: rebuilt.indexed };
  }
  // Concepts gone from the lexicon, or listed under an older key, come off the list first.
  await unlistOtherKeys(db, lexicon);
  let concepts = 0;
  let reindexed = 0;
  for (const id of lexicon.conceptIds()) {
    if (listed.get(id) === lexicon.conceptKey(id)) continue;
    if (options.shouldStop?.()) break;
    // Re-index the mentions, then list the concept if, with index writes held off, none is left
    // (a write with another lexicon may have come in between: then again, a few times at most).
    let done = false;
    for (let attempt = 0; attempt < 3 && !done && !options.shouldStop?.(); attempt++) {
      const stale = await unmarkedMentions(db, lexicon, id);
      for (let i = 0; i < stale.length && !options.shouldStop?.(); i += batchSize) {
        await db.transaction(async (tx) => {
          await relaxDurability(tx as unknown as Db);
          await indexQuestions(tx as unknown as Db, stale.slice(i, i + batchSize), lexicon);
        });
        await bumpSearchGeneration(db);
        reindexed += Math.min(batchSize, stale.length - i);
      }
      if (options.shouldStop?.()) break;
      done = await markConceptsIndexed(
        db,
        lexicon,
        [id],
        async (tx) => (await unmarkedMentions(tx, lexicon, id)).length === 0,
      );
    }
    // Stopped, or still not done: the concept stays off the list until the next run.
    if (options.shouldStop?.()) break;
    if (done) concepts++;
  }
  if (concepts > 0) await bumpSearchGeneration(db);
  // As after a queue drain: old row versions gone, statistics fresh (PGlite has no autovacuum).
  if (reindexed >= 1000) await vacuumSearchIndex(db);
  return { concepts, reindexed };
}

/** True when published Q&As exist but the index is empty (a site upgraded to a version with search). */
export async function searchIndexNeedsBuild(db: Db): Promise<boolean> {
  return (await searchIndexIsEmpty(db)) && (await anyPublishedQuestion(db));
}
