/**
 * Pages of search hits kept in memory, so a query many readers type ("頭痛", "headache") is
 * ranked once, not once per reader. An entry is used only while the index's generation (a
 * sequence advanced after every committed index write, on any instance) is the one read before
 * it was computed: a Q&A published, edited or removed is searched afresh at once on this
 * instance and within `generationMaxAgeMs` (200 ms) on the others, which stay consistent without
 * talking to each other. Costs one small query per search, shared by the searches of 200 ms.
 *
 * What a cached page holds is ids and scores only. The Q&As themselves (title, text, whether
 * still published) are loaded for every page shown (search.repository.ts), so a removal or a
 * redaction is never served from here, even in the moment before the index job runs.
 */
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/database.ts';
import { phraseKey } from './phrase.ts';
import type { SearchHits, SearchProvider, SearchRequest } from './search.provider.ts';
import { searchGenerationNow } from './search-index.repository.ts';

export interface SearchCacheOptions {
  /** Pages kept (least recently used dropped first). */
  entries: number;
  /**
   * A generation read serves the searches of the next this-many milliseconds: another
   * instance's index write is seen at most this late (this process's own writes at once).
   */
  generationMaxAgeMs: number;
  /**
   * An entry is recomputed after this long even when the generation did not move: a backstop
   * for a write whose bump was lost (the process died between commit and bump), and for the
   * recency boost and year windows, which move with the clock.
   */
  ttlMs: number;
}

export const DEFAULT_SEARCH_CACHE: SearchCacheOptions = {
  entries: 2_000,
  generationMaxAgeMs: 200,
  ttlMs: 5 * 60_000,
};

interface Entry {
  generation: string;
  hits: Promise<SearchHits>;
}

/** What decides a page of hits: the parsed groups (not the typed text), the filters and the page. */
export function searchRequestKey(request: SearchRequest): string {
  const groups = request.query.groups.map((group) => group.phrases.map(phraseKey));
  const { lang, departmentId, doctorId, hospitalId, fromDay, toDay, timeZone } = request.filters;
  return JSON.stringify([
    groups,
    [lang, departmentId, doctorId, hospitalId, fromDay, toDay, timeZone],
    request.limit,
    request.offset,
  ]);
}

/**
 * `inner` with its `search` cached; everything else passes through. Identical searches arriving
 * together share one computation. `db` is where the generation is read.
 */
export function cachedSearchProvider(
  db: Db,
  inner: SearchProvider,
  options: SearchCacheOptions = DEFAULT_SEARCH_CACHE,
): SearchProvider {
  const cache = new LRUCache<string, Entry>({ max: options.entries, ttl: options.ttlMs });
  return {
    name: inner.name,
    index: (questionIds) => inner.index(questionIds),
    remove: (questionIds) => inner.remove(questionIds),
    candidates: (terms, candidateOptions) => inner.candidates(terms, candidateOptions),
    async search(request) {
      const generation = await searchGenerationNow(db, options.generationMaxAgeMs);
      const key = searchRequestKey(request);
      const entry = cache.get(key);
      if (entry?.generation === generation) return entry.hits;
      const hits = inner.search(request);
      cache.set(key, { generation, hits });
      // A failure is not kept: the next search tries again.
      hits.catch(() => {
        if (cache.get(key)?.hits === hits) cache.delete(key);
      });
      return hits;
    },
  };
}
