/**
 * Parsed queries and phrases as PostgreSQL tsquery text, the same on PGlite and PostgreSQL.
 * Phrases become tsquery phrases (肌肉 <-> 肉跳 <-> 跳動); a concept of the lexicon whose mentions
 * the index holds (concept-index.ts) becomes its one lexeme instead of its names.
 */
import { conceptLexeme } from './concept-lexeme.ts';
import { quoteLexeme } from './document-vector.ts';
import { type Phrase, phraseKey, prunePhrases } from './phrase.ts';
import type { IndexQuery } from './search-index.repository.ts';
import type { ParsedQuery, QueryConcept, QueryGroup } from './search-query.ts';

/** Concept id → the key its lexemes are indexed under, for the concepts the index holds. */
export type IndexedConcepts = ReadonlyMap<string, string>;

/** A phrase as tsquery text: 'a' <-> 'b' <2> 'c'; a lone CJK character is a prefix ('痛':*). */
export function phraseToTsquery(phrase: Phrase): string {
  return phrase
    .map((token, i) => {
      const lexeme = `${quoteLexeme(token.text)}${token.prefix ? ':*' : ''}`;
      return i === 0 ? lexeme : `<${token.offset - phrase[i - 1]!.offset}> ${lexeme}`;
    })
    .join(' ');
}

/**
 * Any of the phrases: ( p1 | p2 ). With `prune`, without the phrases another one covers (the
 * same matches: for where the index matches, not for ranking, which counts every phrase).
 * `lexemes` are further alternatives matched as they are.
 */
export function anyPhraseTsquery(
  phrases: readonly Phrase[],
  prune = false,
  lexemes: readonly string[] = [],
): string {
  const parts = [
    ...lexemes.map(quoteLexeme),
    ...(prune ? prunePhrases(phrases) : phrases)
      .filter((phrase) => phrase.length > 0)
      .map((phrase) => `( ${phraseToTsquery(phrase)} )`),
  ];
  return parts.length === 1 ? parts[0]! : `( ${parts.join(' | ')} )`;
}

/** A group's concepts the index holds as lexemes, and the phrases those do not cover. */
export function groupParts(
  group: Pick<QueryGroup, 'phrases' | 'concepts'>,
  indexed: IndexedConcepts | undefined,
): { concepts: QueryConcept[]; phrases: readonly Phrase[] } {
  const concepts = (group.concepts ?? []).filter((concept) => indexed?.get(concept.id) === concept.key);
  const covered = new Set(concepts.flatMap((concept) => concept.phrases.map(phraseKey)));
  const phrases =
    covered.size > 0 ? group.phrases.filter((phrase) => !covered.has(phraseKey(phrase))) : group.phrases;
  return { concepts, phrases };
}

/** A group as tsquery: its indexed concepts as lexemes, its other phrases as phrases. */
export function groupTsquery(
  group: Pick<QueryGroup, 'phrases' | 'concepts'>,
  prune: boolean,
  indexed: IndexedConcepts | undefined,
): string {
  const { concepts, phrases } = groupParts(group, indexed);
  const lexemes = concepts.map((concept) => conceptLexeme(concept.id, concept.key));
  return anyPhraseTsquery(phrases, prune, lexemes);
}

/**
 * The whole query: every group required. Undefined when there is nothing to search for. A group
 * left without phrases (none in the language searched) is not required, with or without its
 * concept's lexeme.
 */
export function queryToTsquery(
  query: ParsedQuery,
  prune = false,
  indexed?: IndexedConcepts,
): string | undefined {
  const groups = query.groups.filter((group) => group.phrases.some((phrase) => phrase.length > 0));
  if (groups.length === 0) return undefined;
  return groups.map((group) => groupTsquery(group, prune, indexed)).join(' & ');
}

/** The query as the index matches it (pruned) and as ranking scores it (whole). */
export function indexQuery(query: ParsedQuery, indexed?: IndexedConcepts): IndexQuery | undefined {
  const rank = queryToTsquery(query, false, indexed);
  return rank === undefined ? undefined : { match: queryToTsquery(query, true, indexed)!, rank };
}
