/** Pure retrieval and classification metrics of the similar-question evaluation. */

/** 1 / (1-based position of `target` among the first `k` of `ranked`); 0 when it is not there. */
export function reciprocalRank(ranked: readonly string[], target: string, k: number): number {
  const position = ranked.slice(0, k).indexOf(target);
  return position < 0 ? 0 : 1 / (position + 1);
}

/** 1 when `target` is among the first `k` of `ranked`, 0 otherwise (one query's Recall@k). */
export function hitAt(ranked: readonly string[], target: string, k: number): number {
  return ranked.slice(0, k).includes(target) ? 1 : 0;
}

/** The arithmetic mean; 0 for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export interface ScoredPair {
  score: number;
  label: 0 | 1;
}

export interface ThresholdAccuracy {
  /** Share of pairs classified right at the best threshold (0..1). */
  accuracy: number;
  /**
   * Pairs scoring at least this are called "same intent". One of the observed scores, or
   * +Infinity when calling every pair "different" is best (or there are no pairs).
   */
  threshold: number;
}

/**
 * The best accuracy any single threshold reaches on these scores: every observed score is tried
 * as the threshold (score >= threshold means "same intent"), and so is "above every score".
 * Among equally good thresholds the highest wins, so the result does not depend on input order.
 */
export function bestThresholdAccuracy(pairs: readonly ScoredPair[]): ThresholdAccuracy {
  if (pairs.length === 0) return { accuracy: 0, threshold: Number.POSITIVE_INFINITY };
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const negatives = sorted.filter((pair) => pair.label === 0).length;
  // Threshold above every score: all pairs called different, the negatives are right.
  let best = { correct: negatives, threshold: Number.POSITIVE_INFINITY };
  let positivesAbove = 0;
  let negativesAbove = 0;
  for (let i = 0; i < sorted.length; i++) {
    const pair = sorted[i]!;
    if (pair.label === 1) positivesAbove++;
    else negativesAbove++;
    // Tied scores fall on the same side of any threshold: decide only after the last of them.
    if (i + 1 < sorted.length && sorted[i + 1]!.score === pair.score) continue;
    const correct = positivesAbove + (negatives - negativesAbove);
    if (correct > best.correct) best = { correct, threshold: pair.score };
  }
  return { accuracy: best.correct / sorted.length, threshold: best.threshold };
}

/**
 * ROC AUC: the chance that a random same-intent pair scores above a random different-intent
 * pair (ties count half). 0.5 is a coin toss; below 0.5 the scores point the wrong way. NaN
 * without both kinds of pairs. Computed from ranks (Mann-Whitney U), O(n log n).
 */
export function rocAuc(pairs: readonly ScoredPair[]): number {
  const sorted = [...pairs].sort((a, b) => a.score - b.score);
  const positives = sorted.filter((pair) => pair.label === 1).length;
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let positiveRankSum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.score === sorted[start]!.score) end++;
    const averageRank = (start + end) / 2 + 1; // tied scores share their mean 1-based rank
    for (let i = start; i <= end; i++) if (sorted[i]!.label === 1) positiveRankSum += averageRank;
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
