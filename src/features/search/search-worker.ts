/**
 * The search side of the worker: the 'search-index' job (a Q&A published, retitled or removed),
 * and a sweep that indexes what the importer queued, then re-indexes the mentions of concepts
 * the lexicon added or changed (concept-index.ts), then clears the `recent` flag of documents
 * that aged; on the first sweep, a site with Q&As but no index yet (first start after
 * upgrading to a version with search) queues them all.
 */
import { type Database, runExclusively } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { startSweep } from '../../jobs/sweep.ts';
import { logger } from '../../lib/logger.ts';
import { siteLexicon } from './lexicon/site-lexicon.ts';
import { searchProviderFor } from './search.provider.ts';
import { ensureSearchIndexes } from './search-bulk-load.ts';
import { expireRecentDocuments, queueAllPublished } from './search-index.repository.ts';
import { indexQueued, refreshConceptLexemes, searchIndexNeedsBuild } from './search-indexer.ts';

/** How often the importer's queue is looked at; an empty look is one index probe. */
const SWEEP_EVERY_MS = 5_000;

/** Registers the job and starts the sweep; returns a function that stops the sweep. */
export async function startSearchIndexing(database: Database, queue: JobQueue): Promise<() => void> {
  const { db } = database;
  const provider = searchProviderFor(db);
  await queue.work('search-index', ({ questionIds }) => provider.index(questionIds));
  // A bulk load stopped half-way (a crash) left the index without its secondary indexes.
  const restored = await ensureSearchIndexes(db);
  if (restored.length > 0) logger.info({ restored }, 'created missing search indexes');
  let checkedForIndex = false;
  return startSweep('search indexing', SWEEP_EVERY_MS, async (stopped) => {
    if (!checkedForIndex && (await searchIndexNeedsBuild(db))) {
      // Through the queue, so a build stopped half-way resumes at the next start.
      logger.info('building the search index');
      await queueAllPublished(db);
    }
    checkedForIndex = true;
    const indexed = await indexQueued(db, { shouldStop: stopped, engine: database.engine });
    if (indexed > 0) logger.info({ indexed }, 'indexed queued Q&As for search');
    // A concept new or changed in the lexicon: its mentions re-indexed under its new key, by one
    // worker at a time (several workers would each re-index the same Q&As).
    const refreshed = await runExclusively(database, 'search-concept-lexemes', async () =>
      refreshConceptLexemes(db, await siteLexicon(db), { shouldStop: stopped, engine: database.engine }),
    );
    if (refreshed && refreshed.concepts > 0) logger.info(refreshed, 'indexed concept lexemes for search');
    // Documents that aged out of the recent ones (a probe of a small index when none did).
    const expired = await expireRecentDocuments(db);
    if (expired > 0) logger.info({ expired }, 'documents no longer recent for search samples');
  });
}
