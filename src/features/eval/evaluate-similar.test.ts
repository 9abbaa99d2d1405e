import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvalPair } from './eval-pairs.ts';
import { distinctQuestions, evaluateSimilar } from './evaluate-similar.ts';
import type { EvalDoc, SimilarMethod } from './similar-method.ts';

const pairs: EvalPair[] = [
  { question1: 'A', question2: 'A2', label: 1, lang: 'en' },
  { question1: 'A', question2: 'B', label: 0, lang: 'en' },
  { question1: 'B', question2: 'B2', label: 1, lang: 'en' },
  { question1: '甲', question2: '甲二', label: 1, lang: 'zh-TW' },
  { question1: '甲', question2: '乙', label: 0, lang: 'zh-TW' },
];

/** A method with fixed answers by question text, to check the bookkeeping of the harness. */
function fixedMethod(ranking: Record<string, string[]>, scores: Record<string, number>): SimilarMethod {
  let docs: readonly EvalDoc[] = [];
  const id = (text: string) => docs.find((doc) => doc.text === text)!.id;
  const text = (docId: string) => docs.find((doc) => doc.id === docId)!.text;
  return {
    name: 'fixed',
    async index(indexed) {
      docs = indexed;
    },
    async rank(queryId) {
      return (ranking[text(queryId)] ?? []).map(id);
    },
    async score(a, b) {
      return scores[`${text(a)}|${text(b)}`] ?? 0;
    },
  };
}

describe('distinctQuestions', () => {
  it('gives each distinct question of each language one id', () => {
    const { docs, idOf } = distinctQuestions(pairs);
    assert.deepEqual(
      docs.map((doc) => doc.text),
      ['A', 'A2', 'B', 'B2', '甲', '甲二', '乙'],
    );
    assert.equal(idOf('B', 'en'), 'q3');
  });
});

describe('evaluateSimilar', () => {
  it('computes the hand-worked metrics per language and overall', async () => {
    const method = fixedMethod(
      // A finds A2 second; B finds B2 first; 甲 does not find 甲二 at all.
      { A: ['B', 'A2'], B: ['B2'], 甲: ['乙'] },
      // en: 0.9 (pos), 0.5 (neg), 0.4 (pos): thresholds 0.9 and 0.4 both get 2 of 3 right, the
      // higher wins. zh: the positive 0.8 is above the negative 0.2, 2 of 2.
      { 'A|A2': 0.9, 'A|B': 0.5, 'B|B2': 0.4, '甲|甲二': 0.8, '甲|乙': 0.2 },
    );
    const report = await evaluateSimilar(pairs, method);
    assert.equal(report.questions, 7);
    assert.deepEqual(report.byLang.en, {
      pairs: 3,
      positives: 2,
      mrr: (1 / 2 + 1) / 2,
      recallAt1: 1 / 2,
      recallAt5: 1,
      accuracy: 2 / 3,
      threshold: 0.9,
      auc: 1 / 2, // 0.9 above the negative 0.5, 0.4 below it
    });
    assert.deepEqual(report.byLang['zh-TW'], {
      pairs: 2,
      positives: 1,
      mrr: 0,
      recallAt1: 0,
      recallAt5: 0,
      accuracy: 1,
      threshold: 0.8,
      auc: 1,
    });
    // Overall: MRR over 3 positives = (0.5 + 1 + 0) / 3; one threshold for all 5 scores:
    // 0.8 -> 0.9, 0.8 right, 0.5, 0.2 right, 0.4 wrong = 4 of 5.
    assert.equal(report.overall.mrr, 0.5);
    assert.equal(report.overall.recallAt5, 2 / 3);
    assert.equal(report.overall.accuracy, 4 / 5);
    assert.equal(report.overall.threshold, 0.8);
  });

  it('ignores the query if a method returns it', async () => {
    const method = fixedMethod({ A: ['A', 'A2'] }, {});
    const report = await evaluateSimilar(pairs.slice(0, 1), method);
    assert.equal(report.overall.recallAt1, 1);
  });

  it('refuses a set where a question1 has two positives', async () => {
    const bad: EvalPair[] = [...pairs, { question1: 'A', question2: 'C', label: 1, lang: 'en' }];
    await assert.rejects(evaluateSimilar(bad, fixedMethod({}, {})), /2 positives for one question1: A/);
  });
});
