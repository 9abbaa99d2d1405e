/**
 * The search tokenizer, shared by the index, queries, highlighting and similar questions.
 *
 * Text is normalized (NFKC, lower case, Simplified → Traditional Chinese with OpenCC's
 * offline 'cn' → 'tw' dictionaries), then split: runs of CJK characters become overlapping
 * bigrams, so a two-character word is found inside a longer one ("跳動" in "肌肉跳動"); other
 * letters and digits form words; English words lose stop words and are Porter-stemmed.
 * Positions follow PostgreSQL's convention (a dropped stop word still takes a position), so
 * phrase distances computed here hold in a tsquery.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { stemmer } from 'stemmer';
import { ENGLISH_STOP_WORDS } from './english-stop-words.ts';
import { UNSTEMMED_WORDS } from './unstemmed-words.ts';

/** 'bigram' and 'unigram' come from CJK runs, 'word' from everything else. */
export type TokenKind = 'word' | 'bigram' | 'unigram';

/** A token with its position and its span [start, end) in the text it was read from. */
export interface Token {
  text: string;
  pos: number;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * 'index': a CJK run also yields its last character as a unigram, so a one-character query
 * (matched as a prefix) finds every character of the run. 'query': a lone CJK character
 * becomes a unigram (to be matched as a prefix) and longer runs only bigrams.
 */
export type TokenizeMode = 'index' | 'query';

/** Longer "words" (base64, URLs squeezed together) are skipped: nobody searches for them. */
const MAX_WORD_LENGTH = 40;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f]/;

/** NFKC, lower case and Simplified → Traditional Chinese: the form both index and queries use. */
export function normalizeText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return HAS_HAN.test(folded) ? toTraditional(folded) : folded;
}

/**
 * Like normalizeText, plus where each character of the result came from in `text`
 * (highlighting marks the original text). `toOriginal` is undefined when offsets are unchanged,
 * which is nearly always.
 */
export function normalizeWithOffsets(text: string): { text: string; toOriginal?: (index: number) => number } {
  const whole = normalizeText(text);
  if (whole.length === text.length) return { text: whole };
  // Some character changed length (a ligature, "㎏"): normalize one code point at a time.
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = normalizeText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    out += piece;
    i += width;
  }
  origin.push(text.length);
  return { text: out, toOriginal: (index) => origin[Math.min(index, origin.length - 1)]! };
}

/** Hiragana, Katakana and the Han blocks (surrogate pairs cover the supplementary Han planes). */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  return !isCjk(cp) && WORD_CHAR.test(String.fromCodePoint(cp));
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;
const PLAIN_LATIN = /^[a-z]+$/;

/**
 * Porter stem of a lower-case English word; other words (digits, other scripts) and the
 * abbreviations of unstemmed-words.ts stay as they are.
 */
export function stemWord(word: string): string {
  if (word.length < 3 || !PLAIN_LATIN.test(word) || UNSTEMMED_WORDS.has(word)) return word;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

type Emit = (text: string, pos: number, start: number, end: number, kind: TokenKind) => void;

/**
 * Scans already normalized text and calls `emit` for each token; returns the next free position.
 * One pass, no regex on the ASCII path: this runs over every Q&A at import time.
 */
export function scanTokens(text: string, mode: TokenizeMode, startPos: number, emit: Emit): number {
  let pos = startPos;
  const n = text.length;
  let i = 0;
  const starts: number[] = [];
  const chars: string[] = [];
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isCjk(cp)) {
      starts.length = 0;
      chars.length = 0;
      let j = i;
      while (j < n) {
        const c = text.codePointAt(j)!;
        if (!isCjk(c)) break;
        const w = c > 0xffff ? 2 : 1;
        starts.push(j);
        chars.push(text.slice(j, j + w));
        j += w;
      }
      starts.push(j);
      const count = chars.length;
      for (let k = 0; k + 1 < count; k++) {
        emit(chars[k]! + chars[k + 1]!, pos++, starts[k]!, starts[k + 2]!, 'bigram');
      }
      if (count === 1 || mode === 'index') {
        emit(chars[count - 1]!, pos++, starts[count - 1]!, j, 'unigram');
      }
      i = j;
    } else if (isWordChar(cp)) {
      let j = i + width;
      while (j < n) {
        const c = text.codePointAt(j)!;
        if (!isWordChar(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      const word = text.slice(i, j);
      if (word.length <= MAX_WORD_LENGTH && !ENGLISH_STOP_WORDS.has(word)) {
        emit(stemWord(word), pos, i, j, 'word');
      }
      pos++;
      i = j;
    } else {
      i += width;
    }
  }
  return pos;
}

/** Normalizes and tokenizes `text`; spans refer to the normalized text. */
export function tokenize(text: string, mode: TokenizeMode = 'index', startPos = 1): Token[] {
  const tokens: Token[] = [];
  scanTokens(normalizeText(text), mode, startPos, (t, pos, start, end, kind) => {
    tokens.push({ text: t, pos, start, end, kind });
  });
  return tokens;
}

/** Tokenizes `text` with spans in the ORIGINAL text (for highlighting it). */
export function tokenizeOriginal(text: string, mode: TokenizeMode = 'index'): Token[] {
  const normalized = normalizeWithOffsets(text);
  const map = normalized.toOriginal;
  const tokens: Token[] = [];
  scanTokens(normalized.text, mode, 1, (t, pos, start, end, kind) => {
    tokens.push({ text: t, pos, start: map ? map(start) : start, end: map ? map(end) : end, kind });
  });
  return tokens;
}
