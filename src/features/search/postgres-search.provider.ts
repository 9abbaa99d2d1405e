/**
 * The default search provider: PostgreSQL full-text search on the app's own database, the same
 * SQL on PGlite and PostgreSQL. Phrases become tsquery literals (肌肉 <-> 肉跳 <-> 跳動);
 * documents are tsvector literals of the app's tokens (document-vector.ts), under a GIN index.
 */
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import { indexedConcepts } from './concept-index.ts';
import { siteLexicon } from './lexicon/site-lexicon.ts';
import { phrasesForLanguage } from './phrase.ts';
import type { SearchHits, SearchProvider, WeightedTerm } from './search.provider.ts';
import {
  bumpSearchGeneration,
  countDocuments,
  type DocumentFilter,
  deleteSearchDocuments,
  filtersBeyondLanguage,
  type IndexQuery,
  lastMonths,
  latestDocuments,
  monthLexeme,
  rankDocuments,
  recentPeriod,
  yearLexeme,
} from './search-index.repository.ts';
import { indexQuestions } from './search-indexer.ts';
import type { ParsedQuery } from './search-query.ts';
import { rankTitleSlice, rankTitlesAndSample, rankWeightedCandidates } from './search-slice.repository.ts';
import {
  estimateIndexQueryShare,
  estimateQueryMatches,
  phrasesShare,
  type TermFrequencies,
  termFrequencies,
  titleFrequencies,
} from './term-frequency.ts';
import { groupTsquery, type IndexedConcepts, indexQuery } from './tsquery.ts';

/** Matches are counted up to this many; pages past it are not offered. */
export const TOTAL_CAP = 1000;
/**
 * At most this many matches are ranked exactly per search (the first ones the GIN bitmap
 * yields, in table order). Ranking reads each candidate's full tsvector, which is TOASTed
 * (~13-20 µs apiece on PostgreSQL 15 here), so this bounds what a planner underestimate costs.
 */
export const CANDIDATE_LIMIT = 2_000;
/**
 * How common queries are bounded (search-slice.repository.ts). A query the statistics expect to
 * match more than `threshold` Q&As is answered from the title slice when that slice is full:
 * the newest `titles` Q&As with a match in their titles, ranked by their titles. They are looked
 * for in the last months the title statistics expect to hold them (at most `months`), then in
 * the last `years[0]` publication years, then `years[1]`, then all. When fewer titles match,
 * they are ranked exactly with a sample of `sample` other matches (recent ones when the
 * statistics expect the recent documents to hold that many: RECENT_MONTHS). Below the threshold, every
 * match is ranked exactly.
 */
export interface SliceTuning {
  threshold: number;
  titles: number;
  months: number;
  years: readonly number[];
  sample: number;
  /** The clock that says which years are the last ones. */
  now: () => Date;
}

export const DEFAULT_SLICE: SliceTuning = {
  threshold: 1_500,
  titles: 300,
  months: 24,
  years: [2, 5],
  sample: 400,
  now: () => new Date(),
};

/** Documents a similar-question lookup scores by their titles at most… */
export const SIMILAR_CANDIDATE_LIMIT = 2_000;
/** …and the best of them by their full vectors (each read once, ~20 µs). */
export const SIMILAR_RESCORE = 300;
/**
 * Terms drive a similar lookup's index scan, rarest first, while together they are expected in
 * at most this many Q&As (the size of the GIN bitmap to build); the rarest one always drives.
 */
const DRIVE_DOCUMENTS = 3_000;

/**
 * The terms whose matches are candidates: the rarest ones by the index's statistics (every
 * term scores, but a common term's posting list is not read). On a small index, or one never
 * analyzed, every term drives.
 */
export function driveTerms(
  terms: readonly WeightedTerm[],
  frequencies: TermFrequencies,
  budget = DRIVE_DOCUMENTS,
): WeightedTerm[] {
  const byRarity = terms
    .map((term) => ({ term, documents: phrasesShare(term.phrases, frequencies) * frequencies.documents }))
    .sort((a, b) => a.documents - b.documents || b.term.weight - a.term.weight);
  const drive: WeightedTerm[] = [];
  let documents = 0;
  for (const term of byRarity) {
    if (drive.length > 0 && documents + term.documents > budget) break;
    drive.push(term.term);
    documents += term.documents;
  }
  return drive;
}

/** The query with only the phrases a document in `lang` can hold (phrasesForLanguage). */
function queryForLanguage(query: ParsedQuery, lang: Lang | undefined): ParsedQuery {
  if (!lang) return query;
  return {
    ...query,
    groups: query.groups.map((group) => ({ ...group, phrases: phrasesForLanguage(group.phrases, lang) })),
  };
}

/**
 * A similar lookup's term, matched pruned and scored whole; a concept the index holds as its
 * lexeme, by the lexeme.
 */
function termQuery(term: WeightedTerm, indexed: IndexedConcepts): IndexQuery {
  const group = { phrases: term.phrases, concepts: term.concept ? [term.concept] : [] };
  return { match: groupTsquery(group, true, indexed), rank: groupTsquery(group, false, indexed) };
}

/**
 * A month window is chosen to hold this many times the slice by the statistics' estimate
 * (sampled, and topics come and go): a window that falls short costs a second pass.
 */
const MONTH_MARGIN = 2;

/**
 * How many of the last months a vector's statistics expect to hold `margin` times `slice`
 * matches of a query matching `share` of all documents (the query and the month assumed
 * independent), or undefined when not even `max` months are expected to (or the column was
 * never analyzed).
 */
export function monthWindow(
  share: number,
  frequencies: TermFrequencies,
  options: { slice: number; max: number; now: Date; margin?: number },
): number | undefined {
  if (share <= 0 || frequencies.documents <= 0) return undefined;
  const wanted = options.slice * (options.margin ?? MONTH_MARGIN);
  let expected = 0;
  for (const [i, month] of lastMonths(options.now, options.max).entries()) {
    expected += share * frequencies.share(monthLexeme(month)) * frequencies.documents;
    if (expected >= wanted) return i + 1;
  }
  return undefined;
}

/** A sample is drawn from at most this many last years; a query rarer than that samples every year. */
const SAMPLE_YEARS = 5;

/**
 * The year lexemes of the last years (newest first, the current one included) that a full
 * vector's statistics expect to hold MONTH_MARGIN times `sample` matches of a query matching
 * `share` of all documents, or undefined when not even SAMPLE_YEARS are expected to. A year the
 * statistics do not list (too few documents: the first days of a year) is expected to hold
 * none; when none of them is listed (an index written before the full vector held its year),
 * undefined.
 */
export function yearWindow(
  share: number,
  frequencies: TermFrequencies,
  sample: number,
  now: Date,
): string[] | undefined {
  if (share <= 0 || frequencies.documents <= 0 || frequencies.floor <= 0) return undefined;
  const wanted = sample * MONTH_MARGIN;
  const years: string[] = [];
  let expected = 0;
  for (let year = now.getUTCFullYear(); years.length < SAMPLE_YEARS; year--) {
    const lexeme = yearLexeme(year);
    const yearShare = frequencies.share(lexeme);
    years.push(lexeme);
    if (yearShare < frequencies.floor) continue;
    expected += share * yearShare * frequencies.documents;
    if (expected >= wanted) return years;
  }
  return undefined;
}

/** Where a sample of matches is drawn from: the recent documents, some years, or every one. */
export type SampleSource = { recent?: boolean; period?: readonly string[] };

/**
 * Where a common query's sample of matches is looked for, in order, until one holds a full
 * sample. The sample is the first matches in table order, which are the oldest ones on a site
 * numbered as its questions came; so it is drawn from the newest part of the index the
 * statistics expect to hold it: the recent documents (their own GIN index, RECENT_MONTHS), else
 * the last years (yearWindow), and every document last. A department filter is counted as if
 * the department held all of the query's matches: a department gathers its topics (`MRI 檢查`
 * in orthopedics), and one that holds fewer costs a statement per part that falls short (a
 * department holding fewer matches than the sample gets all of them from every document in the
 * end, so no older ones are shown in place of newer). The statistics do not know a doctor,
 * hospital or dates: a search `filtered` by one samples every document.
 */
export function samplePlan(
  share: number,
  frequencies: TermFrequencies,
  options: { sample: number; now: Date; filtered: boolean },
): SampleSource[] {
  if (options.filtered) return [{}];
  const plan: SampleSource[] = [];
  if (share * (frequencies.recent ?? 0) >= options.sample) plan.push({ recent: true });
  const years = yearWindow(share, frequencies, options.sample, options.now);
  if (years) plan.push({ period: years });
  plan.push({});
  return plan;
}

/**
 * A common query's page, or undefined when the query is expected to match few Q&As (then every
 * match is ranked exactly) or the page lies past the slice. When `tuning.titles` titles match,
 * the newest of them ranked by their titles ("300+ results"); otherwise every title match and a
 * sample of other matches, ranked exactly.
 */
async function titleSlice(
  db: Db,
  query: ParsedQuery,
  indexed: IndexedConcepts,
  tsquery: IndexQuery,
  filter: DocumentFilter,
  page: { limit: number; offset: number },
  tuning: SliceTuning,
): Promise<SearchHits | undefined> {
  const slice = tuning.titles;
  if (page.offset + page.limit > slice) return undefined;
  const frequencies = await termFrequencies(db);
  if (estimateQueryMatches(query, frequencies) <= tuning.threshold) return undefined;
  // The last months or years first: the first window that holds a full slice gives the same
  // newest titles as the whole index would, having visited far fewer rows. The months are the
  // ones the title statistics expect to hold the slice; when they hold fewer (a filter, a
  // concept whose titles are partly in the other language), once more as many months as the
  // matches found there say. A year window is skipped when the window before it found too few
  // titles to expect it full, and every window when the statistics expect fewer titles in all
  // than the slice (guesses about speed only: a wider window gives the same answer).
  const now = tuning.now();
  const titles = await titleFrequencies(db);
  const share = estimateIndexQueryShare(query, titles, indexed);
  const few = titles.documents > 0 && share * titles.documents < slice;
  let found = { span: 0, titles: 0 };
  // A prefix (a lone CJK character, '痛':*) is every lexeme it starts in the GIN index, a cost
  // the planner does not see: 57 ms for a three-month window at 1M Q&As, where walking the
  // newest titles of a year window (the planner's choice there) took 7 ms.
  const prefix = tsquery.match.includes(':*');
  let months = few || prefix ? undefined : monthWindow(share, titles, { slice, max: tuning.months, now });
  for (let pass = 0; pass < 2 && months !== undefined; pass++) {
    const period = recentPeriod(now, months);
    const rows = await rankTitleSlice(db, tsquery, filter, { ...page, slice, period: period.lexemes });
    const count = rows[0]?.total ?? 0;
    if (count >= slice) return sliceHits(rows, slice);
    found = { span: period.months / 12, titles: count };
    const wanted = count > 0 ? Math.ceil((period.months * slice * MONTH_MARGIN) / count) : Infinity;
    months = wanted <= tuning.months ? wanted : undefined;
  }
  const year = now.getUTCFullYear();
  for (const span of few ? [] : tuning.years) {
    if (span <= found.span) continue;
    if (found.span > 0 && found.titles * (span / found.span) < slice / 2) continue;
    const years = Array.from({ length: span }, (_, i) => yearLexeme(year - i));
    const rows = await rankTitleSlice(db, tsquery, filter, { ...page, slice, period: years });
    const count = rows[0]?.total ?? 0;
    if (count >= slice) return sliceHits(rows, slice);
    found = { span, titles: count };
  }
  // Every year: the whole slice at once, so that when it is not full its titles (all the title
  // matches there are) go on to be ranked with the sample without being looked up again.
  const all = await rankTitleSlice(db, tsquery, filter, { limit: slice, offset: 0, slice });
  if ((all[0]?.total ?? 0) >= slice)
    return sliceHits(all.slice(page.offset, page.offset + page.limit), slice);
  // The sample, from the newest part of the index expected to hold it (samplePlan); a part that
  // turns out to hold too few costs one more statement.
  const titleIds = all.map((row) => row.id);
  const plan = samplePlan(estimateIndexQueryShare(query, frequencies, indexed), frequencies, {
    sample: tuning.sample,
    now,
    filtered: filtersBeyondLanguage({ ...filter, departmentId: undefined }),
  });
  let mixed: Awaited<ReturnType<typeof rankTitlesAndSample>> | undefined;
  for (const within of plan) {
    mixed = await rankTitlesAndSample(db, tsquery, filter, {
      ...page,
      titleIds,
      sample: tuning.sample,
      ...within,
    });
    if (mixed.sampled) break;
  }
  if (!mixed) return undefined;
  if (mixed.total === 0 && page.offset > 0) return undefined;
  return { total: mixed.total, totalCapped: mixed.sampled, hits: mixed.rows };
}

/** A page of a full title slice. */
function sliceHits(rows: readonly { id: number; score: number }[], slice: number): SearchHits {
  return { total: slice, totalCapped: true, hits: rows.map(({ id, score }) => ({ id, score })) };
}

/** The provider over `db` (the database, not a transaction handle: it is used per request). */
export function createPostgresSearchProvider(db: Db, slice: SliceTuning = DEFAULT_SLICE): SearchProvider {
  return {
    name: 'postgres',

    async search(request) {
      const filter: DocumentFilter = request.filters;
      const query = queryForLanguage(request.query, filter.lang);
      const indexed = await indexedConcepts(db);
      const tsquery = indexQuery(query, indexed);
      const page = { limit: request.limit, offset: request.offset };
      let total: number;
      let hits: { id: number; score: number }[];
      if (tsquery === undefined) {
        hits = await latestDocuments(db, filter, page);
        total =
          request.offset === 0 && hits.length < request.limit
            ? hits.length
            : await countDocuments(db, undefined, filter, TOTAL_CAP + 1);
      } else {
        const sliced = await titleSlice(db, query, indexed, tsquery, filter, page, slice);
        if (sliced) return sliced;
        const rows = await rankDocuments(db, tsquery, filter, { ...page, candidateLimit: CANDIDATE_LIMIT });
        hits = rows.map(({ id, score }) => ({ id, score }));
        // A page past the end has no row to carry the count.
        total =
          rows[0]?.total ??
          (request.offset > 0 ? await countDocuments(db, tsquery.match, filter, TOTAL_CAP + 1) : 0);
      }
      return { total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP, hits };
    },

    // One transaction (a document and its similar features together); the generation moves
    // after it, also after a failure (harmless: cached pages are recomputed).
    async index(questionIds) {
      try {
        const lexicon = await siteLexicon(db);
        await db.transaction((tx) => indexQuestions(tx as unknown as Db, questionIds, lexicon));
      } finally {
        await bumpSearchGeneration(db);
      }
    },

    async remove(questionIds) {
      try {
        await deleteSearchDocuments(db, questionIds);
      } finally {
        await bumpSearchGeneration(db);
      }
    },

    async candidates(terms, options) {
      const usable = terms.filter((term) => term.phrases.some((phrase) => phrase.length > 0));
      if (usable.length === 0) return [];
      // Each term's tsqueries once: the drive (its rarest terms, maybe twice) matches with them too.
      const indexed = await indexedConcepts(db);
      const queries = new Map(usable.map((term) => [term, termQuery(term, indexed)]));
      const weighted = usable.map((term) => ({ query: queries.get(term)!, weight: term.weight }));
      const frequencies = await termFrequencies(db);
      const lookup = (drive: readonly WeightedTerm[]) =>
        rankWeightedCandidates(
          db,
          drive.map((term) => `(${queries.get(term)!.match})`).join(' | '),
          weighted,
          {
            lang: options.lang,
            departmentId: options.departmentId,
            excludeIds: options.excludeIds,
            timeZone: 'UTC',
          },
          { limit: options.limit, candidateLimit: SIMILAR_CANDIDATE_LIMIT, rescore: SIMILAR_RESCORE },
        );
      const drive = driveTerms(usable, frequencies);
      const rows = await lookup(drive);
      if (rows.length >= options.limit || drive.length === usable.length) return rows;
      // The rarest terms were too rare (a name, a typo: in almost no Q&A). Widen once, with a
      // budget ten times larger: more terms drive, the candidates scored stay bounded.
      const wider = driveTerms(usable, frequencies, DRIVE_DOCUMENTS * 10);
      return wider.length > drive.length ? lookup(wider) : rows;
    },
  };
}
