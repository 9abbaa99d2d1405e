/**
 * Highlighted snippets: where the query's phrases occur in a text, and a window around the best
 * place, as segments the view renders with <mark> (as text: never as HTML).
 */
import { LRUCache } from 'lru-cache';
import { type Phrase, phraseKey } from './phrase.ts';
import { type Token, tokenizeOriginal } from './tokenize.ts';

/** A piece of the snippet; `match` pieces are highlighted. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** A matched range [start, end) of a text. */
export type Span = [start: number, end: number];

/**
 * Spans found before, by text and then by phrases. A result page shows the same Q&As to every
 * reader of a query, and tokenizing their text (NFKC, Simplified → Traditional, stemming) was
 * most of a search's CPU in Node once its hits came from the cache (search-cache.ts). Keyed by
 * the text itself, so an edited or redacted text is a new entry. Bounded by characters held.
 */
const spansCache = new LRUCache<string, Map<string, readonly Span[]>>({
  maxSize: 4_000_000,
  sizeCalculation: (_, text) => Math.max(1, text.length),
});
const phrasesKeys = new WeakMap<readonly Phrase[], string>();

function phrasesKeyOf(phrases: readonly Phrase[]): string {
  let key = phrasesKeys.get(phrases);
  if (key === undefined) {
    key = phrases.map(phraseKey).join('|');
    phrasesKeys.set(phrases, key);
  }
  return key;
}

/** Character spans of `text` where any of the phrases occurs, sorted and merged. */
export function matchSpans(text: string, phrases: readonly Phrase[]): Span[] {
  if (phrases.length === 0 || !text) return [];
  const key = phrasesKeyOf(phrases);
  let byPhrases = spansCache.get(text);
  const known = byPhrases?.get(key);
  if (known) return known.map(([start, end]) => [start, end]);
  const spans = findSpans(text, phrases);
  if (!byPhrases) {
    byPhrases = new Map();
    spansCache.set(text, byPhrases);
  }
  if (byPhrases.size >= 32) byPhrases.clear();
  byPhrases.set(
    key,
    spans.map(([start, end]) => [start, end]),
  );
  return spans;
}

function findSpans(text: string, phrases: readonly Phrase[]): Span[] {
  const tokens = tokenizeOriginal(text, 'index');
  const byPos = new Map<number, Token[]>();
  for (const token of tokens) {
    const list = byPos.get(token.pos);
    if (list) list.push(token);
    else byPos.set(token.pos, [token]);
  }
  const spans: Span[] = [];
  for (const phrase of phrases) {
    const head = phrase[0];
    if (!head) continue;
    for (const first of tokens) {
      if (!tokenMatches(first, head.text, head.prefix)) continue;
      let end = spanEnd(first, head.prefix, head.text);
      let ok = true;
      for (const part of phrase.slice(1)) {
        const at = byPos.get(first.pos + part.offset)?.find((t) => tokenMatches(t, part.text, part.prefix));
        if (!at) {
          ok = false;
          break;
        }
        end = Math.max(end, spanEnd(at, part.prefix, part.text));
      }
      if (ok) spans.push([first.start, end]);
    }
  }
  return mergeSpans(spans);
}

const tokenMatches = (token: Token, text: string, prefix: boolean) =>
  prefix ? token.text.startsWith(text) : token.text === text;

/** A prefix (one CJK character) marks only that character, not the whole bigram. */
const spanEnd = (token: Token, prefix: boolean, text: string) =>
  prefix ? Math.min(token.end, token.start + text.length) : token.end;

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The whole text with every match marked (titles). */
export function highlightAll(text: string, phrases: readonly Phrase[]): SnippetSegment[] {
  return toSegments(text, matchSpans(text, phrases), 0, text.length);
}

const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * A window of about `maxChars` characters around the place with the most matches, with the
 * matches marked and "…" where the text was cut. Without a match, the beginning of the text.
 * Whitespace runs (line breaks) become single spaces.
 */
export function highlightSnippet(
  text: string,
  phrases: readonly Phrase[],
  maxChars: number,
  spans: readonly Span[] = matchSpans(text, phrases),
): SnippetSegment[] {
  if (text.length <= maxChars) return toSegments(text, spans, 0, text.length);
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < spans.length; i++) {
    let count = 0;
    for (let j = i; j < spans.length && spans[j]![1] - spans[i]![0] <= maxChars; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      best = i;
    }
  }
  // Some context before the first match: a few characters of Chinese, a few words of English.
  const anchor = spans[best]?.[0] ?? 0;
  const lead = CJK_TEXT.test(text.slice(Math.max(0, anchor - 20), anchor)) ? 12 : 40;
  let start = Math.max(0, Math.min(anchor - lead, text.length - maxChars));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start + 15);
    if (space > start - 15 && space < anchor) start = space + 1;
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > end - 20 && space > anchor) end = space;
  }
  return toSegments(text, spans, avoidSurrogateSplit(text, start), avoidSurrogateSplit(text, end));
}

function avoidSurrogateSplit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

function toSegments(text: string, spans: readonly Span[], start: number, end: number): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (piece: string, match: boolean) => {
    const flat = piece.replace(/\s+/g, ' ');
    if (!flat) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += flat;
    else segments.push({ text: flat, match });
  };
  if (start > 0) push('…', false);
  let cursor = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    push(text.slice(cursor, Math.max(cursor, s)), false);
    push(text.slice(Math.max(s, start), Math.min(e, end)), true);
    cursor = Math.min(e, end);
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push('…', false);
  if (segments[0] && !segments[0].match) segments[0].text = segments[0].text.trimStart();
  const last = segments[segments.length - 1];
  if (last && !last.match) last.text = last.text.trimEnd();
  return segments.filter((segment) => segment.text.length > 0);
}

/** The snippet as plain text (the API's `snippet`). */
export const segmentsText = (segments: readonly SnippetSegment[]) => segments.map((s) => s.text).join('');
