/**
 * The search engine behind an interface. The default provider works on the app's own database
 * (PGlite or PostgreSQL, postgres-search.provider.ts); another engine (OpenSearch, Meilisearch)
 * can be plugged in by implementing SearchProvider. Query parsing, the lexicon and highlighting
 * are engine-neutral and stay in the app.
 */
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import type { Phrase } from './phrase.ts';
import { createPostgresSearchProvider } from './postgres-search.provider.ts';
import { cachedSearchProvider } from './search-cache.ts';
import type { ParsedQuery, QueryConcept } from './search-query.ts';

/** Filters of a search, resolved to ids; dates are calendar days (YYYY-MM-DD) in `timeZone`. */
export interface SearchFilters {
  lang?: Lang;
  departmentId?: number;
  doctorId?: number;
  hospitalId?: number;
  fromDay?: string;
  toDay?: string;
  timeZone: string;
}

export interface SearchRequest {
  /** Parsed query; no groups means "the newest Q&As matching the filters". */
  query: ParsedQuery;
  filters: SearchFilters;
  limit: number;
  offset: number;
}

export interface SearchHits {
  /** Matching Q&As, counted up to `totalCap`. */
  total: number;
  /** True when there are at least `total` matches and possibly more. */
  totalCapped: boolean;
  /** Best first; `score` only compares hits of the same search. */
  hits: { id: number; score: number }[];
}

/** A term of a weighted OR (similar questions): any of `phrases` matches, worth `weight`. */
export interface WeightedTerm {
  phrases: readonly Phrase[];
  weight: number;
  /** The lexicon concept whose names `phrases` are: its lexeme stands for them where indexed. */
  concept?: QueryConcept;
}

export interface CandidateOptions {
  limit: number;
  lang?: Lang;
  departmentId?: number;
  excludeIds?: readonly number[];
}

export interface SearchProvider {
  readonly name: string;
  search(request: SearchRequest): Promise<SearchHits>;
  /**
   * Brings the given Q&As up to date in the index: published ones are (re)indexed, any other
   * (unpublished, removed, deleted) is removed. Safe to repeat.
   */
  index(questionIds: readonly number[]): Promise<void>;
  /** Takes Q&As out of the index. */
  remove(questionIds: readonly number[]): Promise<void>;
  /** Q&As matching any of the terms, by summed weight and text relevance (similar questions). */
  candidates(
    terms: readonly WeightedTerm[],
    options: CandidateOptions,
  ): Promise<{ id: number; rank: number }[]>;
}

const providers = new WeakMap<Db, SearchProvider>();

/**
 * The provider a site uses: the database's own full-text search with its pages of hits cached
 * (search-cache.ts). One per database, so that every request of a process shares the cache.
 */
export function searchProviderFor(db: Db): SearchProvider {
  let provider = providers.get(db);
  if (!provider) {
    provider = cachedSearchProvider(db, createPostgresSearchProvider(db));
    providers.set(db, provider);
  }
  return provider;
}
