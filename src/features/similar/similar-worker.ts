/**
 * Keeps every published Q&A's similar list current. A sweep computes the lists that are
 * missing (new publishes, imports, demo content: anything the search index has and the
 * similar lists do not). When a sweep finds only a few new Q&As (publishes, not a bulk import),
 * the lists of the Q&As they resemble are refreshed too, through the durable 'similar-refresh'
 * job, so an arriving Q&A shows up on its neighbours' pages. Before that, it recomputes stored
 * feature bags of an older lexicon (similar-features.ts).
 */
import type { Database, Db } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { startSweep } from '../../jobs/sweep.ts';
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { siteLexicon } from '../search/lexicon/site-lexicon.ts';
import { type SearchProvider, searchProviderFor } from '../search/search.provider.ts';
import type { EmbeddingsClient } from './embeddings.client.ts';
import { similarText } from './question-vector.ts';
import { questionsMissingSimilar, replaceSimilar, similarSources } from './similar.repository.ts';
import { findSimilar, type SimilarHit } from './similar.service.ts';
import { FEATURES_BATCH, refreshStaleFeatures } from './similar-features.ts';

/** How many similar Q&As are stored per Q&A (the page shows the first few). */
export const STORED_SIMILAR = 8;
const SWEEP_EVERY_MS = 5_000;
const SWEEP_BATCH = 50;
/** Up to this many new Q&As in one sweep count as individual publishes and refresh their neighbours. */
const CASCADE_MAX = 20;

/**
 * Computes and stores the similar lists of the given Q&As (unpublished ones are skipped). With an
 * embeddings client, each source Q&A's vector is stored too and the lists blend in the vectors.
 */
export async function computeSimilarLists(
  db: Db,
  provider: SearchProvider,
  lexicon: Lexicon,
  ids: readonly number[],
  embeddings?: EmbeddingsClient,
): Promise<Map<number, SimilarHit[]>> {
  const computed = new Map<number, SimilarHit[]>();
  for (const source of await similarSources(db, ids)) {
    const hits = await findSimilar(
      db,
      provider,
      lexicon,
      {
        text: similarText(source),
        lang: source.lang,
        departmentId: source.departmentId,
        excludeIds: [source.id],
        limit: STORED_SIMILAR,
      },
      embeddings && { client: embeddings, sourceId: source.id },
    );
    await replaceSimilar(db, source.id, hits);
    computed.set(source.id, hits);
  }
  return computed;
}

/** Registers the job and starts the sweep; returns a function that stops the sweep. */
export async function startSimilarLists(
  database: Database,
  queue: JobQueue,
  embeddings?: EmbeddingsClient,
): Promise<() => void> {
  const { db } = database;
  const provider = searchProviderFor(db);
  await queue.work('similar-refresh', async ({ questionIds }) => {
    await computeSimilarLists(db, provider, await siteLexicon(db), questionIds, embeddings);
  });
  return startSweep('similar-question', SWEEP_EVERY_MS, async (stopped) => {
    // Bags of an older lexicon first: until they are recomputed, lookups compute them from text.
    await refreshStaleFeatures(db, await siteLexicon(db), { batch: FEATURES_BATCH, shouldStop: stopped });
    while (!stopped()) {
      const ids = await questionsMissingSimilar(db, SWEEP_BATCH);
      if (ids.length === 0) break;
      const computed = await computeSimilarLists(db, provider, await siteLexicon(db), ids, embeddings);
      // Ids that are indexed but no longer published would be picked again: mark them done.
      for (const id of ids) if (!computed.has(id)) await replaceSimilar(db, id, []);
      if (ids.length <= CASCADE_MAX) {
        const neighbours = new Set<number>();
        for (const hits of computed.values()) for (const hit of hits) neighbours.add(hit.id);
        for (const id of ids) neighbours.delete(id);
        if (neighbours.size > 0) await queue.send('similar-refresh', { questionIds: [...neighbours] });
      }
      if (ids.length < SWEEP_BATCH) break;
    }
  });
}
