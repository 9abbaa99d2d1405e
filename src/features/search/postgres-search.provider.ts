/**
 * The default search provider: PostgreSQL full-text search on the app's own database, the same
 * SQL on PGlite and PostgreSQL. Phrases become tsquery literals (肌肉 <-> 肉跳 <-> 跳動);
 * documents are tsvector literals of the app's tokens (document-vector.ts), under a GIN index.
 */
import type { Db } from '../../db/database.ts';
import { quoteLexeme } from './document-vector.ts';
import type { Phrase } from './phrase.ts';
import type { SearchProvider } from './search.provider.ts';
import {
  countDocuments,
  type DocumentFilter,
  deleteSearchDocuments,
  latestDocuments,
  rankDocuments,
  rankWeightedTerms,
} from './search-index.repository.ts';
import { indexQuestions } from './search-indexer.ts';
import type { ParsedQuery } from './search-query.ts';

/** Matches are counted up to this many; pages past it are not offered. */
export const TOTAL_CAP = 1000;
/**
 * At most this many matches are ranked per search (the first ones the GIN bitmap yields, in
 * table order). Only terms found in more Q&As than this reach it; ranking reads each candidate's
 * tsvector, ~13 µs apiece on PostgreSQL 15 here, so this bounds a very common term ("痛" is in
 * 22k of 94k demo Q&As: 270 ms with a limit of 20,000, 85 ms with 5,000) at the price of
 * ranking a sample of its matches.
 */
export const CANDIDATE_LIMIT = 5_000;

/** A phrase as tsquery text: 'a' <-> 'b' <2> 'c'; a lone CJK character is a prefix ('痛':*). */
export function phraseToTsquery(phrase: Phrase): string {
  return phrase
    .map((token, i) => {
      const lexeme = `${quoteLexeme(token.text)}${token.prefix ? ':*' : ''}`;
      return i === 0 ? lexeme : `<${token.offset - phrase[i - 1]!.offset}> ${lexeme}`;
    })
    .join(' ');
}

/** Any of the phrases: ( p1 | p2 ). */
export function anyPhraseTsquery(phrases: readonly Phrase[]): string {
  const parts = phrases
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => `( ${phraseToTsquery(phrase)} )`);
  return parts.length === 1 ? parts[0]! : `( ${parts.join(' | ')} )`;
}

/** The whole query: every group required. Undefined when there is nothing to search for. */
export function queryToTsquery(query: ParsedQuery): string | undefined {
  const groups = query.groups.filter((group) => group.phrases.some((phrase) => phrase.length > 0));
  if (groups.length === 0) return undefined;
  return groups.map((group) => anyPhraseTsquery(group.phrases)).join(' & ');
}

/** The provider over `db` (the database, not a transaction handle: it is used per request). */
export function createPostgresSearchProvider(db: Db): SearchProvider {
  return {
    name: 'postgres',

    async search(request) {
      const filter: DocumentFilter = request.filters;
      const tsquery = queryToTsquery(request.query);
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
        const rows = await rankDocuments(db, tsquery, filter, { ...page, candidateLimit: CANDIDATE_LIMIT });
        hits = rows.map(({ id, score }) => ({ id, score }));
        // A page past the end has no row to carry the count.
        total =
          rows[0]?.total ??
          (request.offset > 0 ? await countDocuments(db, tsquery, filter, TOTAL_CAP + 1) : 0);
      }
      return { total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP, hits };
    },

    index: (questionIds) => indexQuestions(db, questionIds),

    remove: (questionIds) => deleteSearchDocuments(db, questionIds),

    async candidates(terms, options) {
      const weighted = terms
        .filter((term) => term.phrases.some((phrase) => phrase.length > 0))
        .map((term) => ({ tsquery: anyPhraseTsquery(term.phrases), weight: term.weight }));
      return rankWeightedTerms(
        db,
        weighted,
        {
          lang: options.lang,
          departmentId: options.departmentId,
          excludeIds: options.excludeIds,
          timeZone: 'UTC',
        },
        { limit: options.limit, candidateLimit: CANDIDATE_LIMIT },
      );
    },
  };
}
