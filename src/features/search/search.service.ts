/**
 * Searching published Q&As: resolve the filters, parse the query (with lexicon expansion), ask
 * the provider for a page of hits, load those Q&As and highlight where they matched. When every
 * word together finds nothing, the search is repeated with any word (`relaxed`).
 */
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import { type DepartmentRow, findDepartmentByName } from '../departments/departments.repository.ts';
import type { QuestionSummary } from '../questions/questions.repository.ts';
import { highlightAll, highlightSnippet, matchSpans, type SnippetSegment } from './highlight.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { siteLexicon } from './lexicon/site-lexicon.ts';
import type { Phrase } from './phrase.ts';
import { type SearchFilters, type SearchProvider, searchProviderFor } from './search.provider.ts';
import {
  findDoctorForFilter,
  findHospitalForFilter,
  type NamedEntity,
  publishedSummaries,
  type SearchSummary,
} from './search.repository.ts';
import {
  type ParsedQuery,
  parseQuery,
  queryPhrases,
  relaxQuery,
  sameQuery,
  tokenCount,
} from './search-query.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;

/** What a reader asked for; filters name things by slug (department also by name). */
export interface SearchInput {
  q: string;
  department?: string;
  doctor?: string;
  hospital?: string;
  /** Absent: every language. */
  lang?: Lang;
  /** Calendar days YYYY-MM-DD, both included, in the site's time zone. */
  from?: string;
  to?: string;
  page: number;
}

export interface SearchOptions {
  timeZone: string;
  lexicon?: Lexicon;
  provider?: SearchProvider;
  pageSize?: number;
}

/** One hit, ready to show. */
export interface SearchItem {
  summary: SearchSummary;
  title: SnippetSegment[];
  snippet: SnippetSegment[];
  score: number;
}

export interface SearchResults {
  query: ParsedQuery;
  items: SearchItem[];
  total: number;
  totalCapped: boolean;
  page: number;
  pages: number;
  /** No Q&A had every word: these match some of them. */
  relaxed: boolean;
  /** The filters as resolved; a filter naming nothing is listed in `unknown` and ignored. */
  department?: DepartmentRow;
  doctor?: NamedEntity;
  hospital?: NamedEntity;
  unknown: ('department' | 'doctor' | 'hospital')[];
}

/** Snippet length in characters: Chinese says more per character. */
const SNIPPET_CHARS: Record<Lang, number> = { en: 220, 'zh-TW': 100 };

/** Runs a search. Never throws for odd input: a query with nothing searchable finds nothing. */
export async function searchQuestions(
  db: Db,
  input: SearchInput,
  options: SearchOptions,
): Promise<SearchResults> {
  const provider = options.provider ?? searchProviderFor(db);
  const lexicon = options.lexicon ?? (await siteLexicon(db));
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const unknown: SearchResults['unknown'] = [];
  const department = input.department ? await findDepartmentByName(db, input.department) : undefined;
  if (input.department && !department) unknown.push('department');
  const doctor = input.doctor ? await findDoctorForFilter(db, input.doctor) : undefined;
  if (input.doctor && !doctor) unknown.push('doctor');
  const hospital = input.hospital ? await findHospitalForFilter(db, input.hospital) : undefined;
  if (input.hospital && !hospital) unknown.push('hospital');
  const filters: SearchFilters = {
    lang: input.lang,
    departmentId: department?.id,
    doctorId: doctor?.id,
    hospitalId: hospital?.id,
    fromDay: input.from,
    toDay: input.to,
    timeZone: options.timeZone,
  };

  const strict = parseQuery(input.q, lexicon);
  const base = { page: input.page, unknown, department, doctor, hospital };
  // Typed text with nothing searchable in it ("???", only stop words) finds nothing.
  if (strict.groups.length === 0 && strict.text.trim() !== '') {
    return { ...base, query: strict, items: [], total: 0, totalCapped: false, pages: 0, relaxed: false };
  }
  const request = { filters, limit: pageSize, offset: (input.page - 1) * pageSize };
  let query = strict;
  let found = await provider.search({ ...request, query });
  let relaxed = false;
  // A lone concept ("heart attack") relaxes to itself: nothing to search again.
  const loose = found.total === 0 && tokenCount(strict) > 1 ? relaxQuery(strict) : undefined;
  if (loose && !sameQuery(loose, strict)) {
    query = loose;
    found = await provider.search({ ...request, query });
    relaxed = found.total > 0;
  }
  const summaries = await publishedSummaries(
    db,
    found.hits.map((hit) => hit.id),
  );
  const scores = new Map(found.hits.map((hit) => [hit.id, hit.score]));
  const phrases = queryPhrases(query);
  return {
    ...base,
    query,
    relaxed,
    total: found.total,
    totalCapped: found.totalCapped,
    pages: Math.ceil(found.total / pageSize),
    items: summaries.map((summary) => ({
      summary,
      title: highlightAll(summary.pageTitle, phrases),
      snippet: snippetOf(summary, phrases),
      score: scores.get(summary.id) ?? 0,
    })),
  };
}

/** The question's text around its best match, or else the first answer that matches. */
function snippetOf(summary: QuestionSummary, phrases: readonly Phrase[]): SnippetSegment[] {
  const size = SNIPPET_CHARS[summary.lang];
  if (phrases.length > 0) {
    for (const text of [summary.body, ...summary.answers.map((answer) => answer.body)]) {
      const spans = matchSpans(text, phrases);
      if (spans.length > 0) return highlightSnippet(text, phrases, size, spans);
    }
  }
  return highlightSnippet(summary.body, [], size, []);
}
