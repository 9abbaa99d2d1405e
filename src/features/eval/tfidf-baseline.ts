/**
 * The baseline every shipped similar-question method must beat: plain TF-IDF cosine in memory.
 * Deliberately naive: no stemming, no stop words, no synonyms, no Simplified/Traditional
 * folding. English text is lowercase letter/digit runs; Chinese text is overlapping character
 * bigrams of each run of Han characters (a lone character is kept as a unigram), with the
 * letter/digit runs in it tokenized as in English.
 */
import type { Lang } from '../../db/schema.ts';
import type { EvalDoc, SimilarMethod } from './similar-method.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The baseline's tokens of a text: words for English, Han bigrams plus words for Chinese. */
export function baselineTokens(text: string, lang: Lang): string[] {
  const lower = text.toLowerCase();
  if (lang === 'en') return lower.match(WORD) ?? [];
  const tokens: string[] = [];
  for (const [run] of lower.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  const rest = lower.replace(HAN_RUN, ' ').match(WORD) ?? [];
  return tokens.concat(rest);
}

/** A unit-length sparse vector: term -> weight. */
type Vector = Map<string, number>;

function termCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

interface Indexed {
  doc: EvalDoc;
  vector: Vector;
}

/**
 * TF-IDF cosine: tf = raw count in the question, idf = ln((1 + N) / (1 + df)) + 1 over the N
 * indexed questions of the same language (the common smoothed form; per language, so a
 * language's figures do not depend on which other files are evaluated with it), vectors
 * normalised to unit length, similarity = dot product. `rank` only returns questions of the
 * query's language that share a term with it.
 */
export function createTfidfBaseline(): SimilarMethod {
  const byId = new Map<string, Indexed>();
  const postings = new Map<string, { id: string; weight: number }[]>();
  const idfByLang = new Map<Lang, Map<string, number>>();

  const vectorize = (text: string, lang: Lang): Vector => {
    const idf = idfByLang.get(lang);
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of termCounts(baselineTokens(text, lang))) {
      const weight = count * (idf?.get(term) ?? 0);
      if (weight === 0) continue; // a term no indexed question has
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  };

  const indexed = (id: string): Indexed => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`baseline: unknown question id ${id}`);
    return entry;
  };

  return {
    name: 'baseline',

    async index(docs) {
      byId.clear();
      postings.clear();
      idfByLang.clear();
      for (const lang of new Set(docs.map((doc) => doc.lang))) {
        const sameLang = docs.filter((doc) => doc.lang === lang);
        const documentFrequency = new Map<string, number>();
        for (const doc of sameLang) {
          for (const term of new Set(baselineTokens(doc.text, lang))) {
            documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
          }
        }
        const idf = new Map<string, number>();
        for (const [term, df] of documentFrequency)
          idf.set(term, Math.log((1 + sameLang.length) / (1 + df)) + 1);
        idfByLang.set(lang, idf);
      }
      for (const doc of docs) {
        const vector = vectorize(doc.text, doc.lang);
        byId.set(doc.id, { doc, vector });
        for (const [term, weight] of vector) {
          const list = postings.get(term) ?? [];
          if (list.length === 0) postings.set(term, list);
          list.push({ id: doc.id, weight });
        }
      }
    },

    async rank(queryId, text, lang, k) {
      const query = byId.get(queryId)?.vector ?? vectorize(text, lang);
      const scores = new Map<string, number>();
      for (const [term, weight] of query) {
        for (const posting of postings.get(term) ?? []) {
          scores.set(posting.id, (scores.get(posting.id) ?? 0) + weight * posting.weight);
        }
      }
      scores.delete(queryId);
      return [...scores]
        .filter(([id]) => byId.get(id)!.doc.lang === lang)
        .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0))
        .slice(0, k)
        .map(([id]) => id);
    },

    async score(aId, bId) {
      return dot(indexed(aId).vector, indexed(bId).vector);
    },
  };
}
