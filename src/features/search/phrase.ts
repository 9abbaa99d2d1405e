/**
 * Phrases: token sequences with relative positions, the unit that queries, lexicon names and
 * highlighting share, independent of any search engine.
 */
import type { Lang } from '../../db/schema.ts';
import { isCjk, normalizeText, scanTokens } from './tokenize.ts';

/** One token of a phrase; `offset` is its position relative to the phrase's first token. */
export interface PhraseToken {
  text: string;
  offset: number;
  /** A lone CJK character: matches any token that starts with it. */
  prefix: boolean;
}

/** Tokens that must appear at these relative positions (a single token is a phrase of one). */
export type Phrase = readonly PhraseToken[];

/** A query token with its position and its span in the normalized query text. */
export interface QueryToken {
  text: string;
  pos: number;
  start: number;
  end: number;
  prefix: boolean;
}

/** Tokenizes already normalized text in query mode. */
export function queryTokens(normalized: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  scanTokens(normalized, 'query', 0, (text, pos, start, end, kind) => {
    tokens.push({ text, pos, start, end, prefix: kind === 'unigram' });
  });
  return tokens;
}

/**
 * Turns consecutive query tokens into a phrase (positions made relative). A lone CJK character
 * followed by another token ("做" in "做MRI") ends its run of CJK text wherever the phrase
 * matches, and the index holds every run's last character as a token of its own: it is matched
 * exactly. Only a phrase's last token stays a prefix ('做':* reads the posting lists of every
 * token starting with 做, hundreds of them: ~50 ms at 1M Q&As).
 */
export function toPhrase(tokens: readonly QueryToken[]): Phrase {
  const first = tokens[0]?.pos ?? 0;
  return tokens.map((token, i) => ({
    text: token.text,
    offset: token.pos - first,
    prefix: token.prefix && i === tokens.length - 1,
  }));
}

/** The phrase a piece of text searches for (normalized and tokenized as a query). */
export function phraseOf(text: string): Phrase {
  return toPhrase(queryTokens(normalizeText(text)));
}

/** A stable key of a phrase, to drop duplicates. */
export function phraseKey(phrase: Phrase): string {
  return phrase.map((token) => `${token.offset}:${token.text}${token.prefix ? '*' : ''}`).join(' ');
}

/**
 * True when every text `longer` matches also matches `shorter`: `shorter`'s tokens lie inside
 * `longer` at the same distances from one another ("myocardial infarction" inside "acute
 * myocardial infarction", 心臟病發 inside 心臟病發作). A prefix token is met by any token that
 * starts with it; an exact token only by the same exact token.
 */
export function phraseContains(longer: Phrase, shorter: Phrase): boolean {
  const head = shorter[0];
  if (!head || shorter.length > longer.length) return false;
  const at = new Map(longer.map((token) => [token.offset, token]));
  const meets = (want: PhraseToken, found: PhraseToken | undefined) =>
    found !== undefined &&
    (want.prefix ? found.text.startsWith(want.text) : !found.prefix && found.text === want.text);
  return longer.some(
    (start) =>
      meets(head, start) &&
      shorter.every((token) => meets(token, at.get(start.offset + token.offset - head.offset))),
  );
}

/**
 * The phrases with every one dropped that another of them already covers (phraseContains): an
 * OR of the rest matches exactly the same texts, and an index reads fewer posting lists for it
 * ("mri" covers "mri scan" and "做 mri"; 核磁共振 covers 照核磁共振). Of equal phrases, the first
 * stays.
 */
export function prunePhrases(phrases: readonly Phrase[]): Phrase[] {
  return phrases.filter(
    (phrase, i) =>
      !phrases.some(
        (other, j) =>
          j !== i &&
          other.length > 0 &&
          phraseContains(phrase, other) &&
          (!phraseContains(other, phrase) || j < i),
      ),
  );
}

/**
 * The phrases that can occur in a document written in `lang`: an English document holds no
 * Chinese phrase, and a Chinese one no English phrase of several words ("high blood pressure";
 * single English words and abbreviations stay, "MRI" and "B12" are common in Chinese text).
 * When a search keeps to one language, the other phrases only make the index read posting lists
 * of documents the filter then drops. Without a language, or when none would be left, all of them.
 */
export function phrasesForLanguage(phrases: readonly Phrase[], lang: Lang | undefined): readonly Phrase[] {
  if (!lang) return phrases;
  const keep = phrases.filter((phrase) => {
    // A token of Chinese (or Japanese) text, a bigram or a lone character, as the tokenizer made it.
    const cjk = phrase.some((token) => isCjk(token.text.codePointAt(0)!));
    return lang === 'en' ? !cjk : cjk || phrase.length === 1;
  });
  return keep.length > 0 ? keep : phrases;
}
