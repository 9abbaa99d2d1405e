/**
 * Regular-expression detectors for contact details, identity and record numbers, beds and
 * birth dates. Each returns candidate spans; detect.ts resolves overlaps between them.
 */
import type { PiiType } from './pii-types.ts';
import { isValidTaiwanId } from './taiwan-id.ts';

export interface Candidate {
  type: PiiType;
  start: number;
  end: number;
}

/**
 * Every match of `pattern` (global, with the `d` flag) as a candidate: the named group
 * `v` when the pattern has one, else the whole match. `accept` may veto a match.
 */
export function matchAll(
  text: string,
  pattern: RegExp,
  type: PiiType,
  accept: (value: string, match: RegExpExecArray) => boolean = () => true,
): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const [start, end] = match.indices?.groups?.v ?? match.indices![0]!;
    const value = text.slice(start, end);
    if (value && accept(value, match as RegExpExecArray)) out.push({ type, start, end });
  }
  return out;
}

/** Trailing punctuation that ends a sentence rather than a URL or handle. */
function trimTrailing(candidate: Candidate, text: string): Candidate {
  let end = candidate.end;
  while (end > candidate.start && /[.,;:!?)\]'"]/.test(text[end - 1]!)) end--;
  return { ...candidate, end };
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/dg;
const URL_CHARS = String.raw`[A-Za-z0-9\-._~:/?#\[\]@!$&*+;=%]`;
const URL = new RegExp(String.raw`(?<![\w@/.-])(?:https?:\/\/|www\.)${URL_CHARS}+`, 'dgi');
/** A bare domain with a path (example-clinic.org/patients/mary): the path tells it from a file name. */
const BARE_URL = new RegExp(
  String.raw`(?<![\w@/.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|io|tw|hk|cn|jp|uk|info|me|app|co)\/${URL_CHARS}*`,
  'dgi',
);

const HANDLE_VALUE = String.raw`(?<v>@?[A-Za-z0-9][A-Za-z0-9._-]{1,29})`;
/**
 * A Latin app name stands alone: "FB: name", "IG @name", "LINE ID: abc", "line id abc", but not
 * "fb0196ec" (a hex code) or "fbi2024" (a word), where the letters run on into the value.
 */
const LATIN_APP = String.raw`(?<![A-Za-z0-9])(?:LINE|IG|Instagram|insta|Threads|Twitter|Telegram|WeChat|FB)(?:\s*ID)?(?![A-Za-z0-9])`;
const HANDLE_AFTER_KEYWORD = new RegExp(
  String.raw`(?:${LATIN_APP}|(?:賴|微信|臉書)(?:\s*ID)?)\s*(?:帳號|账号|帐号)?\s*(?:(?:is|是|:|：)\s*)?${HANDLE_VALUE}`,
  'dgi',
);
const BARE_HANDLE = /(?<![\w@.])(?<v>@[A-Za-z0-9_][A-Za-z0-9._]{2,29})/dg;

export function findEmails(text: string): Candidate[] {
  return matchAll(text, EMAIL, 'email');
}

export function findUrls(text: string): Candidate[] {
  return [...matchAll(text, URL, 'url'), ...matchAll(text, BARE_URL, 'url')].map((c) =>
    trimTrailing(c, text),
  );
}

export function findHandles(text: string): Candidate[] {
  const keyed = matchAll(text, HANDLE_AFTER_KEYWORD, 'social_handle', (value, match) => {
    // "LINE is the app…" is not a handle: ask for an @, a digit, _ or ., or an explicit "ID:".
    if (/^(?:is|me|and|the|or|to|at|on|ID)$/i.test(value)) return false;
    return /[@\d_.]/.test(value) || /ID\s*[:：]?\s*$/i.test(match[0].slice(0, -value.length));
  });
  return [...keyed, ...matchAll(text, BARE_HANDLE, 'social_handle')].map((c) => trimTrailing(c, text));
}

const SEP = String.raw`[\s.-]?`;
const PHONE_PATTERNS: RegExp[] = [
  // Taiwan mobile: 0912-345-678, 0912 345 678, 0912345678, +886 912 345 678, +886-9-1234-5678
  new RegExp(
    String.raw`(?<![\d+.])(?:\+?886${SEP}(?:\(0\))?|0)9\d{2}${SEP}\d{3}${SEP}\d{3}(?![\d.]\d)`,
    'dg',
  ),
  new RegExp(String.raw`(?<![\d+])(?:\+886${SEP}|0)9${SEP}\d{4}${SEP}\d{4}(?!\d)`, 'dg'),
  // Taiwan landline: (02) 2345-6789, 02-2345-6789, (04)2258-1234, 07-345-6789, +886-2-2771-0098
  /(?<![\d+])\(0\d{1,3}\)\s?\d{3,4}[\s-]?\d{3,4}(?!\d)/dg,
  /(?<![\d+/])0[2-8]\d{0,2}-\d{3,4}-?\d{3,4}(?![\d/])/dg,
  /(?<![\d+])\+886[\s-]?\(?[2-8]\d?\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)/dg,
  // International: +1 415 555 0134, +81 90 1234 5678, +44 20 7946 0958
  /(?<![\d+])\+(?!886)[1-9]\d{0,2}(?:[\s-]\(?\d{1,4}\)?){2,5}(?!\d)/dg,
];
/** Numbers that belong to an institution ("hospital switchboard"), not to the asker. */
const INSTITUTION_BEFORE =
  /(?:總機|总机|醫院|医院|診所|诊所|hospital|clinic|switchboard)(?:'s)?(?:\s*(?:main\s+)?(?:number|phone|tel\.?|電話|电话)(?:\s*(?:is|是))?)?\D{0,8}$/i;

export function findPhones(text: string): Candidate[] {
  return PHONE_PATTERNS.flatMap((pattern) =>
    matchAll(text, pattern, 'phone', (value, match) => {
      const digits = value.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15) return false;
      return !INSTITUTION_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));
    }),
  );
}

const TAIWAN_ID = /(?<![A-Za-z0-9])[A-Za-z](?:[1289]|[A-Da-d])\d{8}(?![A-Za-z0-9])/dg;

export function findTaiwanIds(text: string): Candidate[] {
  return matchAll(text, TAIWAN_ID, 'national_id', (value) => isValidTaiwanId(value));
}

/** What may stand between a keyword and its value: spaces, a colon, "is", "是", "#". */
const GAP = String.raw`[\s:：#.]{0,3}(?:(?:is|was|為|为|是|：|:)[\s:：]{0,2})?`;

const NHI = new RegExp(
  String.raw`(?:健保(?:IC)?卡|NHI|National Health Insurance|health (?:insurance )?card)\s*(?:(?:卡號|號碼|号码|卡號碼|號|号|card|number|no\.?|ID)\s*)*${GAP}(?<v>\d{4}[\s-]?\d{4}[\s-]?\d{4})(?!\d)`,
  'dgi',
);

export function findNhiNumbers(text: string): Candidate[] {
  return matchAll(text, NHI, 'nhi_number');
}

const RECORD_KEYWORDS = String.raw`(?:病歷(?:號碼|編號|號)|病历(?:号码|编号|号)|病歷|病历|(?:medical |hospital |patient )?(?:record|chart)\s*(?:no\.?|number|#)|MRN|(?:patient|hospital) (?:ID|number|no\.?))`;
const RECORD = new RegExp(
  String.raw`${RECORD_KEYWORDS}(?:\s+(?:at|in|from)\s+(?:the\s+)?[A-Za-z' ]{1,30}?)?${GAP}(?<v>(?:[A-Za-z]{1,3}-?)?\d[\d-]{3,14}\d)(?![\w-])`,
  'dgi',
);

export function findRecordNumbers(text: string): Candidate[] {
  return matchAll(text, RECORD, 'medical_record', (value) => value.replace(/\D/g, '').length >= 4);
}

const BED_PATTERNS: RegExp[] = [
  // 7B病房12床, 加護病房第3床, 815病房2床
  /(?:[0-9A-Za-z]{1,5}\s*|加護|加护|ICU\s*)?病房\s*第?\s*\d{1,3}[A-Za-z]?\s*床/dg,
  // 床號 21, 床號：32, 床號是21
  new RegExp(String.raw`(?:床號|床号)${GAP}(?<v>[0-9A-Za-z-]{1,5})`, 'dg'),
  // 住在12床, 急診觀察室第5床
  /(?<=住在?|在|[室房區区])第?\s*\d{1,3}[A-Za-z]?\s*床/dg,
  // 1205病房, 12樓1205病房
  /(?:\d{1,2}\s*[樓楼F]\s*)?\d{3,4}\s*(?:號|号)?病房/dg,
  // Room 1203 of the oncology ward / room 702 on the ward
  /\b[Rr]oom\s+\d{3,4}[A-Za-z]?\b(?=[^.\n]{0,30}\b(?:ward|hospital|ICU)\b)/dg,
  // bed 12A, ICU bed 9, bed number is 15, room 702 bed 3, ward 6C, bed 4, bed 7, ward 5B
  new RegExp(
    String.raw`(?:(?:room|ward)\s+[0-9A-Z]{1,5},?\s+)?(?:ICU\s+)?\bbed\s*(?:no\.?|number|#)?${GAP}\d{1,3}[A-Za-z]?\b(?:,?\s+(?:in\s+)?(?:ward|room)\s+[0-9A-Z]{1,5}\b)?`,
    'dgi',
  ),
];

export function findBeds(text: string): Candidate[] {
  return BED_PATTERNS.flatMap((pattern) => matchAll(text, pattern, 'bed'));
}

const MONTHS = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = [
  String.raw`(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}`,
  String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}`,
  String.raw`\d{1,2}\s+${MONTHS}\s*,?\s*(?:19|20)\d{2}`,
  String.raw`${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d{2}`,
  String.raw`(?:民國|民国)?\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號号]`,
  String.raw`(?:民國|民国)?[〇零一二三四五六七八九十百]{2,5}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日號号]`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+of\s+${MONTHS}\s*,?\s*(?:19|20)\d{2}`,
].join('|');
/** Only after a birth word: a two-digit year (3/12/85), a ROC year (74/03/12), or no year at all. */
const BIRTH_ONLY_DATE = [
  String.raw`\d{1,2}/\d{1,2}/\d{2}(?!\d)`,
  String.raw`\d{2,3}/\d{1,2}/\d{1,2}(?!\d)`,
  String.raw`\d{1,2}\s*月\s*\d{1,2}\s*[日號号]`,
  String.raw`${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,])`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}(?!\s*,?\s*\d)`,
].join('|');
const BIRTH_BEFORE = new RegExp(
  String.raw`(?:born|birth|DOB|D\.O\.B\.?|birthday|生日|出生日期|出生年月日|出生於|出生于|出生)(?:\s*(?:date|on(?: the)?|in))?${GAP}(?<v>${DATE}|${BIRTH_ONLY_DATE})`,
  'dgi',
);
const BIRTH_AFTER = new RegExp(String.raw`(?<v>${DATE})\s*(?:出生|生(?![病氣气活]))`, 'dg');

export function findBirthDates(text: string): Candidate[] {
  return [...matchAll(text, BIRTH_BEFORE, 'birth_date'), ...matchAll(text, BIRTH_AFTER, 'birth_date')];
}
