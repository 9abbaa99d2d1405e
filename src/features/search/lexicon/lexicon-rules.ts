/**
 * The rules every lexicon name follows, for the project's data files (lexicon-data.test.ts) and
 * for the names editors add at /editor/lexicon alike: normalized whitespace, a length limit,
 * the language's script (Chinese names in Traditional characters), and no broad word that would
 * tie every pain to every other. Duplicates across concepts are refused by the callers (a name
 * belongs to one concept only, compared as search sees it).
 */
import { stemWord } from '../tokenize.ts';

/** Longest name, in characters. */
export const MAX_NAME_LENGTH = 100;

/**
 * Characters that exist only in Simplified Chinese (their Traditional forms differ and they are
 * not themselves Traditional characters, e.g. 胃 is in both scripts and is not listed).
 */
export const SIMPLIFIED_ONLY: readonly string[] = [
  ...'这们说医诊发为时与脑脏肤疗药检痒肠经头晕泻压肿疡关节湿风疮痉挛颤结肾呕咙鸣视变动过应该吗没还会来对',
  ...'补钙铁维营养减针伤烧烫癣荨带状齿龋忧虑线进贫声电断层标记块静张质红钠饮剂盐难闷产妇觉聋闭窦痨疖颈',
  ...'间盘筛验镜皱缩输岛腻',
];

/** Words too broad to be a concept's name: they would make every pain a synonym of every other. */
export const BROAD_WORDS: readonly string[] = [
  'pain',
  'ache',
  'painful',
  '痛',
  '疼',
  '病',
  'disease',
  'infection',
  'cancer',
  '癌',
];

const HAN = /\p{Script=Han}/u;
const OTHER_CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const SIMPLIFIED = new Set(SIMPLIFIED_ONLY);

/** How a name is stored: NFC, whitespace runs as one space, trimmed. */
export function normalizeLexiconName(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A name compared with others: normalized and lower case (search folds more, see phraseKey). */
export function lexiconNameKey(text: string): string {
  return normalizeLexiconName(text).toLowerCase();
}

/** Why a name breaks the rules, as a form error code (with `:n` for a limit). */
export type NameProblem =
  | 'required'
  | `too_long:${number}`
  | 'odd_characters'
  | 'zh_needs_han'
  | 'en_has_han'
  | 'en_needs_latin'
  | `simplified:${string}`
  | `stemmed_abbreviation:${string}`
  | 'broad_word';

/**
 * Simplified-only characters of `text` (from SIMPLIFIED_ONLY: a converter such as OpenCC also
 * changes valid Taiwanese forms, 里 in 卡路里 or 祕 in 便祕, so it cannot judge a name).
 */
export function simplifiedCharacters(text: string): string[] {
  return [...new Set([...text].filter((ch) => SIMPLIFIED.has(ch)))];
}

/**
 * An abbreviation in `text` that search would stem into another word's stem ("PMS" → "pm", as
 * in "8 pm"), as "PMS → pm"; undefined when there is none. Such a name would match unrelated
 * text: the abbreviation must first be added to unstemmed-words.ts (a code change, with a
 * reindex of the documents concerned), or the name written out.
 */
export function stemmedAbbreviation(text: string): string | undefined {
  for (const word of text.split(/[^A-Za-z0-9]+/)) {
    if (!/^[A-Z][A-Z0-9]+$/.test(word)) continue;
    const lower = word.toLowerCase();
    const stem = stemWord(lower);
    if (stem !== lower) return `${word} → ${stem}`;
  }
  return undefined;
}

/** The first rule `text` (already normalized) breaks as a name in `lang`, or undefined. */
export function checkLexiconName(text: string, lang: 'en' | 'zh'): NameProblem | undefined {
  if (text.length === 0) return 'required';
  if ([...text].length > MAX_NAME_LENGTH) return `too_long:${MAX_NAME_LENGTH}`;
  if (text !== normalizeLexiconName(text) || CONTROL.test(text)) return 'odd_characters';
  if (lang === 'zh') {
    if (!HAN.test(text)) return 'zh_needs_han';
    const simplified = simplifiedCharacters(text);
    if (simplified.length > 0) return `simplified:${simplified.join('')}`;
  } else {
    if (HAN.test(text) || OTHER_CJK.test(text)) return 'en_has_han';
    if (!LATIN_LETTER.test(text)) return 'en_needs_latin';
    const stemmed = stemmedAbbreviation(text);
    if (stemmed) return `stemmed_abbreviation:${stemmed}`;
  }
  if (BROAD_WORDS.includes(lexiconNameKey(text))) return 'broad_word';
  return undefined;
}
