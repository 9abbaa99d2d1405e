/**
 * The lay ↔ clinical synonym lexicon, as a matcher. The data (concept groups with every name in
 * both languages) lives in lexicon-data.ts; this file turns it into phrases and finds concept
 * names in queries and documents.
 */
import { createHash } from 'node:crypto';
import { type Phrase, phraseKey, phraseOf, type QueryToken, queryTokens } from '../phrase.ts';
import { normalizeText } from '../tokenize.ts';
import type { LexiconGroup } from './lexicon-term.ts';

export type { LexiconGroup, LexiconTerm } from './lexicon-term.ts';

/** Where a concept name was found: token indexes [first, last] of the searched tokens. */
export interface ConceptMatch {
  conceptId: string;
  first: number;
  last: number;
}

/** The lexicon as the search engine uses it. */
export interface Lexicon {
  /** Number of concepts. */
  readonly size: number;
  /**
   * A digest of every concept's names as the matcher sees them: two lexicons with the same
   * fingerprint find the same concepts in any text (stored similar-question features say which
   * lexicon they were computed with).
   */
  readonly fingerprint: string;
  /** Every name of a concept as a phrase (duplicates after normalization removed). */
  phrases(conceptId: string): readonly Phrase[];
  /** Concept names in a token sequence: longest match first, left to right, never overlapping. */
  match(tokens: readonly QueryToken[]): ConceptMatch[];
  /** The concepts a text mentions, in order of first mention (for similar questions). */
  conceptsIn(text: string): string[];
  /** Every concept id. */
  conceptIds(): readonly string[];
  /**
   * A digest of one concept's names as the matcher sees them (12 hex digits): the search index
   * stores a concept's mentions under it (concept-lexeme.ts), so a changed concept's old
   * mentions never match the new names.
   */
  conceptKey(conceptId: string): string;
  /**
   * Where concept names occur in a document's index tokens (`tokens[pos]`, one token per
   * position): every occurrence of every name, overlapping ones too, with the semantics of a
   * tsquery phrase (a prefix token is met by any token starting with it). One entry per concept
   * and start position; `last` is the position of the last token of the shortest name found there.
   */
  occurrences(tokens: readonly (string | undefined)[]): ConceptOccurrence[];
}

/** A concept name found in a document: its first and last token positions. */
export interface ConceptOccurrence {
  conceptId: string;
  pos: number;
  last: number;
}

interface Name {
  conceptId: string;
  phrase: Phrase;
}

/** Builds the matcher. Names that tokenize to nothing (only stop words, punctuation) are skipped. */
export function createLexicon(groups: readonly LexiconGroup[]): Lexicon {
  const phrasesById = new Map<string, Phrase[]>();
  const byFirstToken = new Map<string, Name[]>();
  for (const group of groups) {
    const seen = new Set<string>();
    const list = phrasesById.get(group.id) ?? [];
    phrasesById.set(group.id, list);
    for (const term of group.terms) {
      const phrase = phraseOf(term.text);
      const key = phraseKey(phrase);
      if (phrase.length === 0 || seen.has(key)) continue;
      seen.add(key);
      list.push(phrase);
      const first = phrase[0]!.text;
      const names = byFirstToken.get(first) ?? [];
      names.push({ conceptId: group.id, phrase });
      byFirstToken.set(first, names);
    }
  }
  // Longest names first, so "high blood pressure" wins over "blood pressure".
  for (const names of byFirstToken.values()) names.sort((a, b) => b.phrase.length - a.phrase.length);

  const match = (tokens: readonly QueryToken[]): ConceptMatch[] => {
    const found: ConceptMatch[] = [];
    const byPos = new Map<number, number>();
    tokens.forEach((token, index) => {
      if (!byPos.has(token.pos)) byPos.set(token.pos, index);
    });
    let covered = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i <= covered) continue;
      const start = tokens[i]!;
      for (const name of byFirstToken.get(start.text) ?? []) {
        const last = matchAt(name.phrase, tokens, i, byPos);
        if (last === undefined) continue;
        found.push({ conceptId: name.conceptId, first: i, last });
        covered = last;
        break;
      }
    }
    return found;
  };

  const digest = createHash('sha1');
  const keys = new Map<string, string>();
  for (const [id, phrases] of phrasesById) {
    const line = `${id}\t${phrases.map(phraseKey).join('\t')}\n`;
    digest.update(line);
    keys.set(id, createHash('sha1').update(line).digest('hex').slice(0, 12));
  }
  const fingerprint = digest.digest('hex');

  // Names whose first token is one CJK character: met by index tokens that start with it.
  const byLeadChar = new Map<string, Name[]>();
  for (const [first, names] of byFirstToken) {
    if (Array.from(first).length === 1 && (first.codePointAt(0) ?? 0) >= 0x3400) byLeadChar.set(first, names);
  }
  const occurrences = (tokens: readonly (string | undefined)[]): ConceptOccurrence[] => {
    const found: ConceptOccurrence[] = [];
    // This position's entries, one per concept, each with the shortest of its names found here
    // (a title holding "heel pain" mentions the concept even if a longer name goes on in the body).
    let here: ConceptOccurrence[] = [];
    const check = (names: readonly Name[], pos: number) => {
      for (const name of names) {
        const last = occursAt(name.phrase, tokens, pos);
        if (last === undefined) continue;
        const entry = here.find((e) => e.conceptId === name.conceptId);
        if (!entry) {
          const added = { conceptId: name.conceptId, pos, last };
          here.push(added);
          found.push(added);
        } else if (last < entry.last) entry.last = last;
      }
    };
    for (let pos = 0; pos < tokens.length; pos++) {
      const token = tokens[pos];
      if (token === undefined) continue;
      const names = byFirstToken.get(token);
      // A CJK bigram also starts the names that begin with its first character ('痛' in 痛苦).
      const code = token.charCodeAt(0);
      const lead =
        code >= 0x3400 && token.length > 1
          ? byLeadChar.get(token.slice(0, code >= 0xd800 && code <= 0xdbff ? 2 : 1))
          : undefined;
      if (names === undefined && lead === undefined) continue;
      if (here.length > 0) here = [];
      if (names) check(names, pos);
      if (lead && lead !== names) check(lead, pos);
    }
    return found;
  };

  return {
    size: phrasesById.size,
    fingerprint,
    phrases: (conceptId) => phrasesById.get(conceptId) ?? [],
    match,
    conceptsIn(text) {
      const ids: string[] = [];
      for (const found of match(queryTokens(normalizeText(text)))) {
        if (!ids.includes(found.conceptId)) ids.push(found.conceptId);
      }
      return ids;
    },
    conceptIds: () => [...phrasesById.keys()],
    conceptKey: (conceptId) => keys.get(conceptId) ?? '',
    occurrences,
  };
}

/** Position of the phrase's last token when it occurs at tokens[pos] (tsquery semantics). */
function occursAt(phrase: Phrase, tokens: readonly (string | undefined)[], pos: number): number | undefined {
  for (const part of phrase) {
    const token = tokens[pos + part.offset];
    if (token === undefined || !(part.prefix ? token.startsWith(part.text) : token === part.text))
      return undefined;
  }
  return pos + phrase[phrase.length - 1]!.offset;
}

/** Index of the last token when `phrase` occurs starting at tokens[i], else undefined. */
function matchAt(
  phrase: Phrase,
  tokens: readonly QueryToken[],
  i: number,
  byPos: ReadonlyMap<number, number>,
): number | undefined {
  const base = tokens[i]!.pos;
  let last = i;
  for (const part of phrase) {
    const index = byPos.get(base + part.offset);
    const token = index === undefined ? undefined : tokens[index];
    // A one-character name (a prefix) matches only the same lone character.
    if (!token || token.text !== part.text || token.prefix !== part.prefix) return undefined;
    last = Math.max(last, index!);
  }
  return last;
}

/** A lexicon with no concepts: search without expansion. */
export const EMPTY_LEXICON: Lexicon = createLexicon([]);
