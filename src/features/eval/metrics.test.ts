import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestThresholdAccuracy, hitAt, mean, reciprocalRank, rocAuc } from './metrics.ts';

describe('reciprocalRank', () => {
  it('is 1 over the 1-based position of the target', () => {
    assert.equal(reciprocalRank(['a', 'b', 'c'], 'a', 50), 1);
    assert.equal(reciprocalRank(['a', 'b', 'c'], 'c', 50), 1 / 3);
  });

  it('is 0 when the target is missing or beyond k', () => {
    assert.equal(reciprocalRank(['a', 'b'], 'z', 50), 0);
    assert.equal(reciprocalRank(['a', 'b', 'c'], 'c', 2), 0);
  });
});

describe('hitAt', () => {
  it('counts the target only within the first k', () => {
    assert.equal(hitAt(['a', 'b', 'c'], 'a', 1), 1);
    assert.equal(hitAt(['a', 'b', 'c'], 'b', 1), 0);
    assert.equal(hitAt(['a', 'b', 'c'], 'c', 5), 1);
    assert.equal(hitAt([], 'c', 5), 0);
  });
});

describe('mean', () => {
  it('averages, and is 0 for nothing', () => {
    assert.equal(mean([1, 0, 0.5, 0.5]), 0.5);
    assert.equal(mean([]), 0);
  });

  it('gives the MRR of a hand-computed example', () => {
    // Targets at positions 1, 2 and missing: (1 + 1/2 + 0) / 3 = 0.5.
    const ranks = [
      reciprocalRank(['x', 'y'], 'x', 50),
      reciprocalRank(['y', 'x'], 'x', 50),
      reciprocalRank(['y', 'z'], 'x', 50),
    ];
    assert.equal(mean(ranks), 0.5);
  });
});

describe('bestThresholdAccuracy', () => {
  it('finds a perfect threshold when the classes separate', () => {
    const result = bestThresholdAccuracy([
      { score: 0.9, label: 1 },
      { score: 0.2, label: 0 },
      { score: 0.7, label: 1 },
      { score: 0.4, label: 0 },
    ]);
    assert.deepEqual(result, { accuracy: 1, threshold: 0.7 });
  });

  it('finds the best compromise when they overlap', () => {
    // Sorted: 0.9(1) 0.8(0) 0.6(1) 0.5(1) 0.3(0) 0.1(0).
    // At 0.5: 3 positives above, 1 negative above -> 3 + 2 = 5 of 6 right. No threshold gets 6.
    const result = bestThresholdAccuracy([
      { score: 0.8, label: 0 },
      { score: 0.1, label: 0 },
      { score: 0.6, label: 1 },
      { score: 0.9, label: 1 },
      { score: 0.3, label: 0 },
      { score: 0.5, label: 1 },
    ]);
    assert.deepEqual(result, { accuracy: 5 / 6, threshold: 0.5 });
  });

  it('keeps tied scores on the same side of the threshold', () => {
    // Splitting the tie after the two positives would wrongly reach 4 of 4. At 0.5 all three
    // tied pairs are called same: 2 + 1 (the 0.1 negative) = 3 of 4.
    const result = bestThresholdAccuracy([
      { score: 0.5, label: 1 },
      { score: 0.5, label: 1 },
      { score: 0.5, label: 0 },
      { score: 0.1, label: 0 },
    ]);
    assert.deepEqual(result, { accuracy: 3 / 4, threshold: 0.5 });
  });

  it('prefers the highest of equally good thresholds', () => {
    // 0.9 -> 1 + 2 = 3 right; 0.5 -> 2 + 1 = 3 right; Infinity -> 2 right.
    const result = bestThresholdAccuracy([
      { score: 0.5, label: 1 },
      { score: 0.5, label: 0 },
      { score: 0.9, label: 1 },
      { score: 0.1, label: 0 },
    ]);
    assert.deepEqual(result, { accuracy: 3 / 4, threshold: 0.9 });
  });

  it('calls every pair different when that is best', () => {
    const result = bestThresholdAccuracy([
      { score: 0.9, label: 0 },
      { score: 0.8, label: 0 },
      { score: 0.1, label: 1 },
    ]);
    assert.deepEqual(result, { accuracy: 2 / 3, threshold: Number.POSITIVE_INFINITY });
  });

  it('handles no pairs', () => {
    assert.deepEqual(bestThresholdAccuracy([]), { accuracy: 0, threshold: Number.POSITIVE_INFINITY });
  });
});

describe('rocAuc', () => {
  it('counts the positive-above-negative share of all positive/negative couples', () => {
    // 0.9 beats 0.5 and 0.1; 0.4 beats only 0.1: 3 of 4.
    const pairs = [
      { score: 0.9, label: 1 as const },
      { score: 0.4, label: 1 as const },
      { score: 0.5, label: 0 as const },
      { score: 0.1, label: 0 as const },
    ];
    assert.equal(rocAuc(pairs), 3 / 4);
  });

  it('counts ties as half, and is 0 when every negative is above every positive', () => {
    assert.equal(
      rocAuc([
        { score: 0.5, label: 1 },
        { score: 0.5, label: 0 },
        { score: 0.1, label: 0 },
      ]),
      3 / 4,
    );
    assert.equal(
      rocAuc([
        { score: 0.1, label: 1 },
        { score: 0.9, label: 0 },
      ]),
      0,
    );
  });

  it('is NaN without both kinds of pairs', () => {
    assert.ok(Number.isNaN(rocAuc([{ score: 1, label: 1 }])));
  });
});
