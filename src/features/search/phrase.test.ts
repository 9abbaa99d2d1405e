/** Phrases built from query text: which lone CJK characters are prefixes, which phrases cover others. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseContains, phraseKey, phraseOf, phrasesForLanguage, prunePhrases } from './phrase.ts';

test('a lone CJK character is a prefix only at the end of a phrase', () => {
  // Followed by another token it ends its run of CJK text, which the index holds exactly.
  assert.equal(phraseKey(phraseOf('做MRI')), '0:做 1:mri');
  // At the end it may start a longer run ("做檢查"): any token starting with it matches.
  assert.equal(phraseKey(phraseOf('MRI做')), '0:mri 1:做*');
  assert.equal(phraseKey(phraseOf('痛')), '0:痛*');
  assert.equal(phraseKey(phraseOf('頭痛')), '0:頭痛');
});

test('a phrase contains another when the other lies inside it at the same distances', () => {
  const contains = (longer: string, shorter: string) => phraseContains(phraseOf(longer), phraseOf(shorter));
  assert.ok(contains('acute myocardial infarction', 'myocardial infarction'));
  assert.ok(contains('心臟病發作', '心臟病發'), 'bigrams 心臟 臟病 病發 lie inside');
  assert.ok(contains('做MRI', 'MRI'));
  assert.ok(contains('MRI scan', 'MRI'));
  assert.ok(contains('頭痛', '頭'), 'a prefix is met by any token starting with it');
  assert.ok(!contains('頭', '頭痛'));
  assert.ok(!contains('MRI做', '做MRI'), 'order and distance count');
  assert.ok(!contains('heart rate attack', 'heart attack'), 'a word between breaks the phrase');
  assert.ok(!contains('做', '做MRI'));
  assert.ok(!contains('MRI做', '做MRI'));
  // An exact token is not met by a prefix: 做:* also matches 做完, which 做 alone does not.
  assert.ok(!phraseContains(phraseOf('MRI做'), [{ text: '做', offset: 0, prefix: false }]));
});

test('pruning keeps the phrases no other one covers, and one of two equal phrases', () => {
  const keys = (texts: string[]) => prunePhrases(texts.map(phraseOf)).map(phraseKey);
  assert.deepEqual(keys(['MRI', 'MRI scan', 'MR scan', '做MRI', '核磁共振', '照核磁共振']), [
    '0:mri',
    '0:mr 1:scan',
    '0:核磁 1:磁共 2:共振',
  ]);
  assert.deepEqual(keys(['heart attack', 'heart attack']), ['0:heart 1:attack']);
  assert.deepEqual(keys(['chest pain', 'pain chest']), ['0:chest 1:pain', '0:pain 1:chest']);
});

test('a search in one language keeps the phrases a document in that language can hold', () => {
  const names = ['high blood pressure', 'hypertension', 'HTN', '高血壓', '血壓高', '做MRI'].map(phraseOf);
  const texts = (lang: 'en' | 'zh-TW' | undefined) =>
    phrasesForLanguage(names, lang).map((phrase) => phrase.map((token) => token.text).join(' '));
  assert.deepEqual(texts('en'), ['high blood pressur', 'hypertens', 'htn']);
  // Chinese text uses single English words and abbreviations, not English phrases.
  assert.deepEqual(texts('zh-TW'), ['hypertens', 'htn', '高血 血壓', '血壓 壓高', '做 mri']);
  assert.equal(texts(undefined).length, names.length);
  // Nothing left for the language: every phrase (a Chinese word searched among English Q&As).
  assert.deepEqual(phrasesForLanguage([phraseOf('頭痛')], 'en'), [phraseOf('頭痛')]);
});
