/**
 * Similar questions ("same intent, not just shared words"), with no model:
 * 1. candidates: the search index's weighted OR of the question's concepts (every lay and
 *    clinical name of each, in both languages) and its most telling plain terms;
 * 2. re-ranking: cosine of concept-normalized TF-IDF vectors (document frequencies over the
 *    candidate pool), times the agreement of what the questions ask (medicine, test, …).
 * Measured against a plain TF-IDF baseline by `openconsult eval similar` (docs/benchmarks.md).
 * 3. optionally, with an embeddings endpoint configured (EMBEDDINGS_URL, EMBEDDINGS_MODEL), see
 *    embeddings.service.ts: with pgvector the nearest Q&As by cosine distance join the
 *    candidates; every candidate is scored 0.5 × lexical score + 0.5 × cosine of the vectors.
 *    If the endpoint fails, the lexical ranking is returned as is (with a warning in the log).
 */
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import { logger } from '../../lib/logger.ts';
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { phraseOf } from '../search/phrase.ts';
import type { SearchProvider, WeightedTerm } from '../search/search.provider.ts';
import { queryConcept } from '../search/search-query.ts';
import { blendWithEmbeddings, type EmbeddingsOptions, semanticQuery } from './embeddings.service.ts';
import { askAgreement } from './question-intent.ts';
import {
  cosineWithBag,
  documentFrequencies,
  type QuestionFeatures,
  questionFeatures,
  weightedVector,
} from './question-vector.ts';
import { type Candidate, candidateRows } from './similar-features.ts';

export interface SimilarInput {
  text: string;
  lang?: Lang;
  departmentId?: number;
  excludeIds?: readonly number[];
  limit: number;
}

export interface SimilarHit {
  id: number;
  score: number;
}

export type { EmbeddingsOptions } from './embeddings.service.ts';

/** How many candidates the index proposes for re-ranking. */
export const CANDIDATE_POOL = 120;
/** Plain (non-concept) terms sent to the index: enough to find rewordings, few enough to stay fast. */
const MAX_PLAIN_TERMS = 12;
/** Weight of what a question asks against what it is about. */
const ASK_WEIGHT = 0.5;
/**
 * Scores below these are not offered as similar: such a candidate shares almost nothing with the
 * question ("my calf cramps at night" and "waking at night to urinate", 0.03, when no Q&A about
 * cramps exists). Calibrated on the evaluation set (eval/): of the same-intent questions a
 * lookup ranks in its top 5, 1 of 98 English ones scores under 0.05 and 1 of 91 Chinese ones
 * under 0.03 (bigrams spread a Chinese text's weight over more features, so its scores run
 * lower). A lookup without a language uses the lower floor.
 */
export const MIN_SIMILAR_SCORE: Record<Lang, number> = { en: 0.05, 'zh-TW': 0.03 };
const minSimilarScore = (lang: Lang | undefined) =>
  lang ? MIN_SIMILAR_SCORE[lang] : Math.min(...Object.values(MIN_SIMILAR_SCORE));

/** A same-department candidate is a little more likely to be the same question. */
const SAME_DEPARTMENT_BOOST = 1.1;

/** The index terms for a question: its concepts (all names) and its most frequent other terms. */
export function candidateTerms(features: QuestionFeatures, lexicon: Lexicon): WeightedTerm[] {
  const terms: WeightedTerm[] = [];
  const plain: [string, number][] = [];
  for (const [feature, count] of features.counts) {
    if (feature.startsWith('c:')) {
      const concept = queryConcept(lexicon, feature.slice(2));
      terms.push({ phrases: concept.phrases, weight: 3, concept });
    } else plain.push([feature, count]);
  }
  plain.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  for (const [feature] of plain.slice(0, MAX_PLAIN_TERMS))
    terms.push({ phrases: [phraseOf(feature)], weight: 1 });
  return terms;
}

/** Similarity of two questions given document frequencies: topic cosine times ask agreement. */
export function pairScore(
  a: QuestionFeatures,
  b: QuestionFeatures,
  stats: { df: ReadonlyMap<string, number>; n: number },
  aVector = weightedVector(a, stats),
): number {
  const topic = cosineWithBag(aVector, b, stats);
  return topic * (1 - ASK_WEIGHT + ASK_WEIGHT * askAgreement(a.asks, b.asks));
}

/** Scores `candidates` (by id) against `features`; best first. */
export function rerank(
  features: QuestionFeatures,
  candidates: ReadonlyMap<number, Candidate>,
  lexicon: Lexicon,
  departmentId?: number,
): SimilarHit[] {
  const bags = new Map<number, QuestionFeatures>();
  for (const [id, candidate] of candidates)
    bags.set(id, candidate.features ?? questionFeatures(candidate.text ?? '', lexicon));
  const stats = documentFrequencies([features, ...bags.values()]);
  const vector = weightedVector(features, stats);
  const hits: SimilarHit[] = [];
  for (const [id, bag] of bags) {
    const department = departmentId !== undefined && candidates.get(id)?.departmentId === departmentId;
    const score = pairScore(features, bag, stats, vector);
    hits.push({ id, score: score * (department ? SAME_DEPARTMENT_BOOST : 1) });
  }
  return hits.sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * The published Q&As most similar to `input.text`. With `embeddings`, the lexical scores are
 * blended with embedding cosines (see EMBEDDING_WEIGHT); an endpoint failure falls back to the
 * lexical ranking.
 */
export async function findSimilar(
  db: Db,
  provider: SearchProvider,
  lexicon: Lexicon,
  input: SimilarInput,
  embeddings?: EmbeddingsOptions,
): Promise<SimilarHit[]> {
  const features = questionFeatures(input.text, lexicon);
  const terms = candidateTerms(features, lexicon);
  // With embeddings (embeddings.service.ts): the question's vector and, with pgvector, its
  // nearest Q&As, which join the lexical candidates. Undefined when the endpoint fails.
  const semantic = embeddings && (await semanticQuery(db, input, embeddings));
  const lexical =
    terms.length === 0
      ? []
      : await provider.candidates(terms, {
          limit: CANDIDATE_POOL,
          lang: input.lang,
          excludeIds: input.excludeIds,
        });
  const pool = [...new Set([...lexical.map((p) => p.id), ...(semantic?.neighbours ?? [])])];
  if (pool.length === 0) return [];
  // Stored feature bags where valid; texts where not, or for every candidate with embeddings.
  const rows = await candidateRows(db, pool, lexicon, !!(embeddings && semantic));
  const candidates = new Map(rows.map(({ id, ...candidate }) => [id, candidate]));
  let hits = rerank(features, candidates, lexicon, input.departmentId);
  if (embeddings && semantic) {
    try {
      const texts = new Map([...candidates].map(([id, c]) => [id, c.text ?? '']));
      hits = await blendWithEmbeddings(db, embeddings.client, semantic.vector, hits, texts);
    } catch (error) {
      logger.warn({ err: error }, 'embeddings unavailable; similar Q&A uses the lexical ranking');
    }
  }
  const floor = minSimilarScore(input.lang);
  return hits.filter((hit) => hit.score >= floor).slice(0, input.limit);
}
