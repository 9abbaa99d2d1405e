/**
 * Measures a similar-question method on an evaluation set (eval/README.md): every distinct
 * question is indexed, each positive pair's question1 is ranked against all of them, and every
 * pair is scored for the best-threshold accuracy. Reported per language and over all pairs.
 */
import type { Lang } from '../../db/schema.ts';
import { checkPairs, type EvalPair, EvalSetError } from './eval-pairs.ts';
import { bestThresholdAccuracy, hitAt, mean, reciprocalRank, rocAuc, type ScoredPair } from './metrics.ts';
import type { EvalDoc, SimilarMethod } from './similar-method.ts';

/** How deep the ranking is read for MRR: a same-intent question below this counts 0. */
export const MRR_DEPTH = 50;

export interface SimilarMetrics {
  pairs: number;
  positives: number;
  /** Mean reciprocal rank of question2 when ranking by question1 (positive pairs, depth 50). */
  mrr: number;
  recallAt1: number;
  recallAt5: number;
  /** Best-threshold pairwise accuracy of score(question1, question2) over all pairs. */
  accuracy: number;
  /** The threshold reaching it (score >= threshold = same intent). */
  threshold: number;
  /** ROC AUC of the same scores: 0.5 = no better than chance, below = pointing the wrong way. */
  auc: number;
}

export interface SimilarReport {
  method: string;
  /** Distinct questions indexed. */
  questions: number;
  byLang: Partial<Record<Lang, SimilarMetrics>>;
  overall: SimilarMetrics;
  indexSeconds: number;
  /** Mean time of one `rank` call. */
  rankMillis: number;
}

interface Outcome {
  lang: Lang;
  scored: ScoredPair;
  /** Set for positive pairs. */
  ranks?: { reciprocal: number; at1: number; at5: number };
}

/** The distinct questions of the pairs (by language and exact text), with ids q1, q2, ... */
export function distinctQuestions(pairs: readonly EvalPair[]): {
  docs: EvalDoc[];
  idOf: (text: string, lang: Lang) => string;
} {
  const ids = new Map<string, string>();
  const docs: EvalDoc[] = [];
  const key = (text: string, lang: Lang) => `${lang}\u0000${text}`;
  for (const pair of pairs) {
    for (const text of [pair.question1, pair.question2]) {
      if (ids.has(key(text, pair.lang))) continue;
      const id = `q${docs.length + 1}`;
      ids.set(key(text, pair.lang), id);
      docs.push({ id, text, lang: pair.lang });
    }
  }
  return { docs, idOf: (text, lang) => ids.get(key(text, lang))! };
}

/** Runs the evaluation. Throws EvalSetError when the set makes Recall@k ill-defined. */
export async function evaluateSimilar(
  pairs: readonly EvalPair[],
  method: SimilarMethod,
): Promise<SimilarReport> {
  const problems = checkPairs(pairs);
  if (problems.length > 0) throw new EvalSetError(problems.join('\n'));
  const { docs, idOf } = distinctQuestions(pairs);

  let started = performance.now();
  await method.index(docs);
  const indexSeconds = (performance.now() - started) / 1000;

  const outcomes: Outcome[] = [];
  let rankMillis = 0;
  let rankCalls = 0;
  for (const pair of pairs) {
    const id1 = idOf(pair.question1, pair.lang);
    const id2 = idOf(pair.question2, pair.lang);
    const outcome: Outcome = {
      lang: pair.lang,
      scored: { score: await method.score(id1, id2), label: pair.label },
    };
    if (pair.label === 1) {
      started = performance.now();
      const ranked = (await method.rank(id1, pair.question1, pair.lang, MRR_DEPTH)).filter(
        (id) => id !== id1,
      );
      rankMillis += performance.now() - started;
      rankCalls++;
      outcome.ranks = {
        reciprocal: reciprocalRank(ranked, id2, MRR_DEPTH),
        at1: hitAt(ranked, id2, 1),
        at5: hitAt(ranked, id2, 5),
      };
    }
    outcomes.push(outcome);
  }

  const byLang: Partial<Record<Lang, SimilarMetrics>> = {};
  for (const lang of new Set(outcomes.map((outcome) => outcome.lang))) {
    byLang[lang] = summarize(outcomes.filter((outcome) => outcome.lang === lang));
  }
  return {
    method: method.name,
    questions: docs.length,
    byLang,
    overall: summarize(outcomes),
    indexSeconds,
    rankMillis: rankCalls > 0 ? rankMillis / rankCalls : 0,
  };
}

function summarize(outcomes: readonly Outcome[]): SimilarMetrics {
  const ranks = outcomes.flatMap((outcome) => (outcome.ranks ? [outcome.ranks] : []));
  const scored = outcomes.map((outcome) => outcome.scored);
  const { accuracy, threshold } = bestThresholdAccuracy(scored);
  return {
    pairs: outcomes.length,
    positives: ranks.length,
    mrr: mean(ranks.map((rank) => rank.reciprocal)),
    recallAt1: mean(ranks.map((rank) => rank.at1)),
    recallAt5: mean(ranks.map((rank) => rank.at5)),
    accuracy,
    threshold,
    auc: rocAuc(scored),
  };
}
