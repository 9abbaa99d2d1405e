/** Phrases built from query text: which lone CJK characters are prefixes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseKey, phraseOf } from './phrase.ts';

test('a lone CJK character is a prefix only at the end of a phrase', () => {
  // Followed by another token it ends its run of CJK text, which the index holds exactly.
  assert.equal(phraseKey(phraseOf('做MRI')), '0:做 1:mri');
  // At the end it may start a longer run ("做檢查"): any token starting with it matches.
  assert.equal(phraseKey(phraseOf('MRI做')), '0:mri 1:做*');
  assert.equal(phraseKey(phraseOf('痛')), '0:痛*');
  assert.equal(phraseKey(phraseOf('頭痛')), '0:頭痛');
});
