/**
 * A question as a weighted bag of concepts and terms, for similar-question scoring.
 * Concept names from the lay ↔ clinical lexicon are replaced by their concept id, so
 * "heartburn" and "gastroesophageal reflux" (or 火燒心 and 胃食道逆流) become the same feature;
 * the remaining words (stemmed) and CJK bigrams stay as terms. Weighting is TF-IDF with the
 * document frequencies the caller supplies (the candidate set or the whole index).
 */
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { queryTokens } from '../search/phrase.ts';
import { normalizeText } from '../search/tokenize.ts';
import { type QuestionAsk, questionAsks } from './question-intent.ts';

export interface QuestionFeatures {
  /** feature -> count; concept features are prefixed "c:". */
  counts: Map<string, number>;
  asks: Set<QuestionAsk>;
}

/** A concept counts as much as this many plain terms: it is what the question is about. */
const CONCEPT_BOOST = 3;

export function questionFeatures(text: string, lexicon: Lexicon): QuestionFeatures {
  const normalized = normalizeText(text);
  const tokens = queryTokens(normalized);
  const counts = new Map<string, number>();
  const add = (feature: string, n = 1) => counts.set(feature, (counts.get(feature) ?? 0) + n);
  const covered = new Set<number>();
  for (const match of lexicon.match(tokens)) {
    add(`c:${match.conceptId}`, CONCEPT_BOOST);
    for (let i = match.first; i <= match.last; i++) covered.add(i);
  }
  tokens.forEach((token, index) => {
    if (!covered.has(index) && !token.prefix) add(token.text);
  });
  return { counts, asks: questionAsks(normalized) };
}

/**
 * Bumped whenever questionFeatures (or the tokenizer or ask rules under it) would give another
 * bag for the same text and lexicon: stored bags of an older version are then recomputed.
 */
const FEATURES_VERSION = 1;

/** What a stored feature bag was computed with: the method's version and the lexicon. */
export const featuresKey = (lexicon: Lexicon) => `${FEATURES_VERSION}:${lexicon.fingerprint}`;

/** The text a Q&A's similar-question features are computed from: its page title and question. */
export const similarText = (question: { pageTitle: string; body: string }) =>
  `${question.pageTitle}\n${question.body}`;

/**
 * A bag as stored text: the asks on the first line, then one "feature count" per line. Neither
 * a token (whitespace separates them) nor a concept id (kebab-case) holds a space or a newline.
 */
export function encodeFeatures(features: QuestionFeatures): string {
  let out = [...features.asks].join(' ');
  for (const [feature, count] of features.counts) out += `\n${feature} ${count}`;
  return out;
}

export function decodeFeatures(encoded: string): QuestionFeatures {
  const lines = encoded.split('\n');
  const counts = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const space = line.lastIndexOf(' ');
    counts.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  const asks = lines[0] ? (lines[0].split(' ') as QuestionAsk[]) : [];
  return { counts, asks: new Set(asks) };
}

/** Document frequencies over a set of feature bags. */
export function documentFrequencies(bags: Iterable<QuestionFeatures>): {
  df: Map<string, number>;
  n: number;
} {
  const df = new Map<string, number>();
  let n = 0;
  for (const bag of bags) {
    n++;
    for (const feature of bag.counts.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  }
  return { df, n };
}

type FrequencyStats = { df: ReadonlyMap<string, number>; n: number };

/** A feature's TF-IDF weight: sublinear tf, smoothed idf. */
const featureWeight = (feature: string, count: number, stats: FrequencyStats) =>
  (1 + Math.log(count)) * (Math.log((stats.n + 1) / ((stats.df.get(feature) ?? 0) + 1)) + 1);

/** A unit-length TF-IDF vector (sublinear tf, smoothed idf). */
export function weightedVector(features: QuestionFeatures, stats: FrequencyStats): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [feature, count] of features.counts) {
    const weight = featureWeight(feature, count, stats);
    vector.set(feature, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [feature, weight] of vector) vector.set(feature, weight / norm);
  return vector;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return sum;
}

/**
 * cosine(vector, weightedVector(features, stats)) without building the second vector: one pass
 * over the bag (a lookup scores 120 candidates; their vectors were most of its garbage).
 */
export function cosineWithBag(
  vector: ReadonlyMap<string, number>,
  features: QuestionFeatures,
  stats: FrequencyStats,
): number {
  let norm = 0;
  let dot = 0;
  for (const [feature, count] of features.counts) {
    const weight = featureWeight(feature, count, stats);
    norm += weight * weight;
    dot += weight * (vector.get(feature) ?? 0);
  }
  return dot / (Math.sqrt(norm) || 1);
}
