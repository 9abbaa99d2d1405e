import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPairs, type EvalPair, EvalSetError, guessLang, parsePairsCsv } from './eval-pairs.ts';

describe('parsePairsCsv', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside fields', () => {
    const csv =
      'question1,question2,label\r\n' +
      '"Chest pain, is it my heart?","He said ""angina"",\nis that it?",1\r\n' +
      '頭痛吃什麼藥？,頭痛要做什麼檢查？,0\r\n';
    assert.deepEqual(parsePairsCsv(csv), [
      {
        question1: 'Chest pain, is it my heart?',
        question2: 'He said "angina",\nis that it?',
        label: 1,
        lang: 'en',
      },
      { question1: '頭痛吃什麼藥？', question2: '頭痛要做什麼檢查？', label: 0, lang: 'zh-TW' },
    ]);
  });

  it('takes lang and department columns when present', () => {
    const [pair] = parsePairsCsv('question1,question2,label,lang,department\nA b,C d,1,zh-TW,dentistry\n');
    assert.equal(pair?.lang, 'zh-TW');
    assert.equal(pair?.department, 'dentistry');
  });

  it('rejects a bad label, an empty question and an unknown lang, naming the record', () => {
    assert.throws(() => parsePairsCsv('question1,question2,label\na,b,yes\n', 'x.csv'), {
      name: 'EvalSetError',
      message: 'x.csv, record 2: label must be 0 or 1',
    });
    assert.throws(() => parsePairsCsv('question1,question2,label\na,,1\n'), EvalSetError);
    assert.throws(
      () => parsePairsCsv('question1,question2,label,lang\na,b,1,fr\n'),
      /lang must be en or zh-TW/,
    );
  });

  it('rejects a file without the required columns', () => {
    assert.throws(
      () => parsePairsCsv('q1,q2,label\na,b,1\n'),
      /needs the columns question1, question2 and label/,
    );
  });
});

describe('guessLang', () => {
  it('is zh-TW when any Han character appears', () => {
    assert.equal(guessLang('Is BPPV 耳石 related?'), 'zh-TW');
    assert.equal(guessLang('Is BPPV related?'), 'en');
  });
});

describe('checkPairs', () => {
  const pair = (question1: string, question2: string, label: 0 | 1): EvalPair => ({
    question1,
    question2,
    label,
    lang: 'en',
  });

  it('accepts one positive per question1 and any number of negatives', () => {
    assert.deepEqual(
      checkPairs([pair('a', 'b', 1), pair('a', 'c', 0), pair('a', 'd', 0), pair('b', 'a', 1)]),
      [],
    );
  });

  it('reports a question1 with two positives and a pair of a question with itself', () => {
    const problems = checkPairs([pair('a', 'b', 1), pair('a', 'c', 1), pair('d', 'd', 0)]);
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /2 positives for one question1: a/);
    assert.match(problems.join('\n'), /itself: d/);
  });
});
