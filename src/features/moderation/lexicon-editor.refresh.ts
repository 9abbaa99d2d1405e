/**
 * After an editor changes the lexicon, the stored similar lists of the Q&As that mention the
 * concerned concepts (any of their names now) or the old name are recomputed by the worker
 * ('similar-refresh'), so they reflect the change; search expands queries at query time and
 * needs nothing. Best effort: a failure is logged, the change stands.
 */
import type { Db } from '../../db/database.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { logger } from '../../lib/logger.ts';
import { siteLexicon } from '../search/lexicon/site-lexicon.ts';
import { phraseOf } from '../search/phrase.ts';
import { searchProviderFor, type WeightedTerm } from '../search/search.provider.ts';

/** At most this many Q&As are refreshed per change (the most relevant first). */
export const REFRESH_LIMIT = 500;

/** Queues the refresh; returns how many Q&As were queued. */
export async function refreshSimilarAfterLexiconChange(
  db: Db,
  jobs: Jobs,
  change: { conceptIds: readonly string[]; oldTexts?: readonly string[] },
): Promise<number> {
  try {
    const lexicon = await siteLexicon(db);
    const terms: WeightedTerm[] = [
      ...[...new Set(change.conceptIds)].map((id) => ({ phrases: lexicon.phrases(id), weight: 1 })),
      ...(change.oldTexts ?? []).map((text) => ({ phrases: [phraseOf(text)], weight: 1 })),
    ].filter((term) => term.phrases.some((phrase) => phrase.length > 0));
    if (terms.length === 0) return 0;
    const hits = await searchProviderFor(db).candidates(terms, { limit: REFRESH_LIMIT });
    if (hits.length > 0) await jobs.send('similar-refresh', { questionIds: hits.map((hit) => hit.id) });
    return hits.length;
  } catch (error) {
    logger.warn({ err: error, change }, 'could not queue the similar-list refresh after a lexicon change');
    return 0;
  }
}
