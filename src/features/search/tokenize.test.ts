/** The tokenizer, query parser, tsquery builder and highlighter: pure functions, no database. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentVector, quoteLexeme } from './document-vector.ts';
import { highlightAll, highlightSnippet, matchSpans, segmentsText } from './highlight.ts';
import { createLexicon, EMPTY_LEXICON } from './lexicon/lexicon.ts';
import { TEST_LEXICON_GROUPS } from './lexicon/test-lexicon.ts';
import { phraseOf } from './phrase.ts';
import { parseQuery, queryPhrases, relaxQuery } from './search-query.ts';
import { normalizeText, tokenize, tokenizeOriginal } from './tokenize.ts';
import { queryToTsquery } from './tsquery.ts';

const lexicon = createLexicon(TEST_LEXICON_GROUPS);
const texts = (input: string, mode: 'index' | 'query' = 'index') => tokenize(input, mode).map((t) => t.text);

describe('tokenize', () => {
  test('abbreviations are not stemmed into other words: ALS is not "al", PMS is not "pm"', () => {
    assert.deepEqual(
      tokenize('ALS and PMS, seen at 8 pm by Smith et al.').map((t) => t.text),
      ['als', 'pms', 'seen', '8', 'pm', 'smith', 'et', 'al'],
    );
    assert.deepEqual(
      tokenize('IBS flares; two TIAs').map((t) => t.text),
      ['ibs', 'flare', 'two', 'tia'],
    );
  });

  test('CJK runs become overlapping bigrams; the index adds the last character', () => {
    assert.deepEqual(texts('肌肉跳動'), ['肌肉', '肉跳', '跳動', '動']);
    assert.deepEqual(texts('肌肉跳動', 'query'), ['肌肉', '肉跳', '跳動']);
    assert.deepEqual(texts('痛'), ['痛']);
    assert.deepEqual(
      tokenize('痛', 'query').map((t) => t.kind),
      ['unigram'],
    );
  });

  test('Simplified Chinese becomes Traditional (offline OpenCC dictionaries)', () => {
    assert.equal(normalizeText('肌肉跳动'), '肌肉跳動');
    assert.equal(normalizeText('高血压，头痛'), '高血壓,頭痛'); // NFKC folds the full-width comma
    assert.deepEqual(texts('肌肉跳动', 'query'), texts('肌肉跳動', 'query'));
  });

  test('NFKC and lower case: full-width letters and digits are ordinary ones', () => {
    assert.deepEqual(texts('ＭＲＩ　１２３'), ['mri', '123']);
  });

  test('English: stop words dropped but keep their position, words stemmed, digits kept', () => {
    const tokens = tokenize('The twitches of my Eyelids, for 2 weeks');
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['twitch', 'eyelid', '2', 'week'],
    );
    assert.deepEqual(
      tokens.map((t) => t.pos),
      [2, 5, 7, 8],
    );
    assert.equal(texts('twitching')[0], texts('twitches')[0]);
  });

  test('mixed text, punctuation and symbols', () => {
    assert.deepEqual(texts('做了MRI檢查!!! COVID-19'), ['做了', '了', 'mri', '檢查', '查', 'covid', '19']);
    assert.deepEqual(texts('?!…—--- ***'), []);
    assert.deepEqual(texts(''), []);
  });

  test('spans of tokenizeOriginal point into the original text', () => {
    const text = 'Ｈeadache 头痛';
    for (const token of tokenizeOriginal(text)) {
      assert.ok(token.start >= 0 && token.end <= text.length && token.start < token.end);
    }
    const [head] = tokenizeOriginal(text);
    assert.equal(text.slice(head!.start, head!.end), 'Ｈeadache');
  });
});

describe('documentVector', () => {
  test('title tokens weigh A, body and answers the default weight (no letter), with positions', () => {
    const vector = documentVector({
      pageTitle: '手抖',
      title: '手抖',
      body: 'tremor',
      answers: ["it's fine"],
    });
    assert.match(vector, /'手抖':1A/);
    assert.match(vector, /'抖':2A/);
    assert.match(vector, /'tremor':\d+( |$)/);
    assert.match(vector, /'fine':\d+$/);
  });

  test("quotes and backslashes in a lexeme are escaped for PostgreSQL's input", () => {
    assert.equal(quoteLexeme("it's"), "'it''s'");
    assert.equal(quoteLexeme('a\\b'), "'a\\\\b'");
  });
});

describe('parseQuery', () => {
  test('a CJK term is a phrase of its bigrams', () => {
    assert.equal(queryToTsquery(parseQuery('肌肉跳動', EMPTY_LEXICON)), "( '肌肉' <1> '肉跳' <1> '跳動' )");
    assert.equal(queryToTsquery(parseQuery('痛', EMPTY_LEXICON)), "( '痛':* )");
  });

  test('terms are all required; quotes make one phrase', () => {
    assert.equal(
      queryToTsquery(parseQuery('eyelid twitching', EMPTY_LEXICON)),
      "( 'eyelid' ) & ( 'twitch' )",
    );
    assert.equal(queryToTsquery(parseQuery('"pain in chest"', EMPTY_LEXICON)), "( 'pain' <2> 'chest' )");
    assert.equal(queryToTsquery(parseQuery('「手抖」', lexicon)), "( '手抖' )");
  });

  test('a lexicon concept is OR-ed with its other names, in both languages', () => {
    const query = parseQuery('heart attack symptoms', lexicon);
    assert.equal(query.groups.length, 2);
    assert.equal(query.groups[0]!.conceptId, 'myocardial-infarction');
    const tsquery = queryToTsquery(query)!;
    assert.match(tsquery, /'myocardi' <1> 'infarct'/);
    assert.match(tsquery, /'心肌' <1> '肌梗' <1> '梗塞'/);
    assert.match(tsquery, /& \( 'symptom' \)$/);
  });

  test('a concept inside a longer CJK term is cut out; the rest stays required', () => {
    const query = parseQuery('腳抽筋', lexicon);
    assert.deepEqual(
      query.groups.map((group) => group.conceptId ?? 'rest'),
      ['rest', 'muscle-cramp'],
    );
    assert.equal(queryToTsquery({ ...query, groups: [query.groups[0]!] }), "( '腳':* )");
    // Simplified input names the same concept.
    assert.equal(parseQuery('抽筋', lexicon).groups[0]!.conceptId, 'muscle-cramp');
    assert.equal(parseQuery('高血压', lexicon).groups[0]!.conceptId, 'hypertension');
  });

  test('hostile input parses to something harmless', () => {
    for (const input of [
      "'; drop table questions; --",
      '\\',
      "''''",
      '<->',
      '!&|():*',
      'a'.repeat(2000),
      '"',
    ]) {
      const tsquery = queryToTsquery(parseQuery(input, lexicon));
      if (tsquery) assert.ok(!/;|--/.test(tsquery.replace(/'[^']*'/g, '')), tsquery);
    }
    assert.equal(parseQuery('the of and', lexicon).groups.length, 0);
    assert.equal(parseQuery('   ', lexicon).groups.length, 0);
  });

  test('relaxQuery makes every token optional', () => {
    assert.equal(
      queryToTsquery(relaxQuery(parseQuery('肌肉跳動', EMPTY_LEXICON))),
      "( ( '肌肉' ) | ( '肉跳' ) | ( '跳動' ) )",
    );
  });
});

describe('highlight', () => {
  test('marks a phrase inside a longer word, in the original (Simplified) text', () => {
    const segments = highlightAll('最近肌肉跳动很厉害', queryPhrases(parseQuery('跳動', EMPTY_LEXICON)));
    assert.deepEqual(segments, [
      { text: '最近肌肉', match: false },
      { text: '跳动', match: true },
      { text: '很厉害', match: false },
    ]);
  });

  test('marks stemmed English words and one CJK character', () => {
    const segments = highlightAll('Twitching eyelid, 頭痛', [phraseOf('twitches'), phraseOf('痛')]);
    assert.deepEqual(
      segments.filter((s) => s.match).map((s) => s.text),
      ['Twitching', '痛'],
    );
  });

  test('a snippet is a window around the matches with ellipses', () => {
    const text = `${'Nothing here. '.repeat(40)}My eyelid twitches every day. ${'More filler text. '.repeat(40)}`;
    const segments = highlightSnippet(text, [phraseOf('eyelid')], 120);
    const plain = segmentsText(segments);
    assert.ok(plain.startsWith('…') && plain.endsWith('…'), plain);
    assert.ok(plain.length <= 124, plain);
    assert.deepEqual(
      segments.filter((s) => s.match).map((s) => s.text),
      ['eyelid'],
    );
  });

  test('spans found again (from the cache) are the same, and not shared with an earlier caller', () => {
    const phrases = [phraseOf('eyelid')];
    const first = matchSpans('My eyelid twitches. The eyelid is sore.', phrases);
    assert.deepEqual(first, [
      [3, 9],
      [24, 30],
    ]);
    first[0]![0] = 99;
    first.pop();
    // Equal phrases in another array (another search) find the cached spans, unchanged.
    assert.deepEqual(matchSpans('My eyelid twitches. The eyelid is sore.', [phraseOf('eyelid')]), [
      [3, 9],
      [24, 30],
    ]);
    assert.deepEqual(matchSpans('My eyelid twitches. The eyelid is sore.', [phraseOf('sore')]), [[34, 38]]);
    assert.deepEqual(matchSpans('My EYELID twitches.', phrases), [[3, 9]], 'another text, its own spans');
  });

  test('without a match the snippet is the beginning of the text', () => {
    const segments = highlightSnippet('A short text', [phraseOf('zebra')], 100);
    assert.deepEqual(segments, [{ text: 'A short text', match: false }]);
  });
});
