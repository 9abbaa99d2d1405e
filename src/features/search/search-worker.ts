/**
 * The search side of the worker: the 'search-index' job (a Q&A published, retitled or removed),
 * and a sweep that indexes what the importer queued; on the first sweep, a site with Q&As but
 * no index yet (first start after upgrading to a version with search) queues them all.
 */
import type { Database } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { logger } from '../../lib/logger.ts';
import { createSearchProvider } from './search.provider.ts';
import { queueAllPublished } from './search-index.repository.ts';
import { indexQueued, searchIndexNeedsBuild } from './search-indexer.ts';

/** How often the importer's queue is looked at; an empty look is one index probe. */
const SWEEP_EVERY_MS = 5_000;

/** Registers the job and starts the sweep; returns a function that stops the sweep. */
export async function startSearchIndexing(database: Database, queue: JobQueue): Promise<() => void> {
  const { db } = database;
  const provider = createSearchProvider(db);
  await queue.work('search-index', ({ questionIds }) => provider.index(questionIds));
  let stopped = false;
  let running = false;
  let checkedForIndex = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      if (!checkedForIndex && (await searchIndexNeedsBuild(db))) {
        // Through the queue, so a build stopped half-way resumes at the next start.
        logger.info('building the search index');
        await queueAllPublished(db);
      }
      checkedForIndex = true;
      const indexed = await indexQueued(db, { shouldStop: () => stopped });
      if (indexed > 0) logger.info({ indexed }, 'indexed queued Q&As for search');
    } catch (error) {
      if (!stopped) logger.warn({ err: error }, 'search indexing sweep failed; will retry');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  // Not awaited: a large backlog is worked through while the site already answers.
  void sweep();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
