/**
 * Parses what a reader typed into engine-neutral groups: every group must match (AND), and a
 * group matches when any of its phrases does (OR).
 *
 * - A term (text between spaces) is a phrase of its tokens: a CJK term is a phrase of its
 *   bigrams (肌肉 <-> 肉跳 <-> 跳動), so it matches exactly that substring; "covid-19" is
 *   covid <-> 19. Text in quotes ("…", “…”, 「…」) is one phrase and is never expanded.
 * - A concept name of the lexicon ("heart attack", "抽筋", even inside a longer CJK term) becomes
 *   one group OR-ing every name of the concept; what is left of the term stays required.
 */
import type { Lexicon } from './lexicon/lexicon.ts';
import { type Phrase, phraseKey, type QueryToken, queryTokens, toPhrase } from './phrase.ts';
import { normalizeText } from './tokenize.ts';

/** Phrases of which at least one must match; `conceptId` when it came from the lexicon. */
export interface QueryGroup {
  phrases: readonly Phrase[];
  conceptId?: string;
  /**
   * The lexicon concepts whose names are among `phrases`, with the key of those names: where
   * the index holds a concept's mentions under that key, the concept's lexeme stands for them.
   */
  concepts?: readonly QueryConcept[];
}

export interface QueryConcept {
  id: string;
  key: string;
  phrases: readonly Phrase[];
}

/** A concept of the lexicon as a query asks for it: its names and their key. */
export function queryConcept(lexicon: Lexicon, id: string): QueryConcept {
  return { id, key: lexicon.conceptKey(id), phrases: lexicon.phrases(id) };
}

export interface ParsedQuery {
  /** The normalized text that was parsed. */
  text: string;
  /** All must match. Empty when nothing searchable was typed. */
  groups: readonly QueryGroup[];
}

/** Longer input is cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_CHARS = 256;
const MAX_GROUPS = 12;
const MAX_PHRASE_TOKENS = 24;
const QUOTES = /[\u201c\u201d\u300c\u300d\u300e\u300f]/g;

interface Segment {
  start: number;
  end: number;
  quoted: boolean;
}

/** Parses a query. Never throws: anything that is not a letter or digit is simply ignored. */
export function parseQuery(input: string, lexicon: Lexicon): ParsedQuery {
  const text = normalizeText(Array.from(input).slice(0, MAX_QUERY_CHARS).join('')).replace(QUOTES, '"');
  const segments: Segment[] = [];
  for (const found of text.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const quoted = found[0].startsWith('"');
    const start = found.index + (quoted ? 1 : 0);
    segments.push({ start, end: start + (quoted ? found[1]!.length : found[0].length), quoted });
  }
  const tokens = queryTokens(text);
  const segmentOf = (token: QueryToken) =>
    segments.findIndex((segment) => token.start >= segment.start && token.end <= segment.end);

  // Concept names found in unquoted text; their character spans are taken out of their terms.
  const unquoted = tokens.filter((token) => segments[segmentOf(token)]?.quoted === false);
  const concepts = lexicon.match(unquoted).map((found) => ({
    conceptId: found.conceptId,
    start: unquoted[found.first]!.start,
    end: unquoted[found.last]!.end,
  }));

  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  const add = (group: QueryGroup) => {
    const key = group.conceptId ?? group.phrases.map(phraseKey).join('|');
    if (group.phrases.length === 0 || seen.has(key) || groups.length >= MAX_GROUPS) return;
    seen.add(key);
    groups.push(group);
  };
  let nextConcept = 0;
  for (const segment of segments) {
    // What is left of the term once concept names are cut out stays a required phrase.
    let cursor = segment.start;
    const rest = (end: number) => {
      if (end <= cursor) return;
      const phrase = toPhrase(queryTokens(text.slice(cursor, end)).slice(0, MAX_PHRASE_TOKENS));
      if (phrase.length > 0) add({ phrases: [phrase] });
    };
    while (nextConcept < concepts.length && concepts[nextConcept]!.start < segment.end) {
      const concept = concepts[nextConcept]!;
      if (concept.start >= segment.start) {
        rest(concept.start);
        const found = queryConcept(lexicon, concept.conceptId);
        add({ conceptId: found.id, phrases: found.phrases, concepts: [found] });
      }
      cursor = Math.max(cursor, Math.min(concept.end, segment.end));
      if (concept.end > segment.end) break; // the name goes on in the next term ("heart attack")
      nextConcept++;
    }
    rest(segment.end);
  }
  return { text, groups };
}

/**
 * The same query with every group optional and every phrase broken into its tokens: what to try
 * when the strict query finds nothing (a long CJK sentence, one misspelled word). Concept groups
 * stay whole.
 */
export function relaxQuery(query: ParsedQuery): ParsedQuery {
  const phrases: Phrase[] = [];
  const concepts: QueryConcept[] = [];
  const seen = new Set<string>();
  for (const group of query.groups) {
    concepts.push(...(group.concepts ?? []));
    const parts: Phrase[] = group.conceptId
      ? [...group.phrases]
      : group.phrases.flatMap((phrase) => phrase.map((token) => [{ ...token, offset: 0 }]));
    for (const phrase of parts) {
      const key = phraseKey(phrase);
      if (!seen.has(key)) {
        seen.add(key);
        phrases.push(phrase);
      }
    }
  }
  return { text: query.text, groups: phrases.length > 0 ? [{ phrases, concepts }] : [] };
}

/** True when both queries ask for the same groups of phrases (a relaxed query may not differ). */
export function sameQuery(a: ParsedQuery, b: ParsedQuery): boolean {
  const key = (query: ParsedQuery) =>
    query.groups.map((group) => group.phrases.map(phraseKey).sort().join('|')).join(' & ');
  return key(a) === key(b);
}

/** Every phrase of the query, for highlighting. */
export function queryPhrases(query: ParsedQuery): Phrase[] {
  return query.groups.flatMap((group) => group.phrases);
}

/** Tokens a strict query has, counted over the first phrase of each group. */
export function tokenCount(query: ParsedQuery): number {
  return query.groups.reduce((sum, group) => sum + (group.phrases[0]?.length ?? 0), 0);
}
