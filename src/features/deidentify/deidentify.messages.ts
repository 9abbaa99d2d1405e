/** Strings of the personal-data findings panel in both interface languages. */
import type { Locale } from '../../web/i18n/index.ts';
import type { RedactableField } from './deidentify.schema.ts';
import { PII_TYPES, type PiiType } from './pii-types.ts';

export interface DeidentifyMessages {
  heading: string;
  intro: string;
  none: string;
  count: (n: number) => string;
  types: Record<PiiType, string>;
  fields: Record<Exclude<RedactableField, 'answer'>, string>;
  answerBy: (doctor: string) => string;
  redact: string;
  redactLabel: (type: string, text: string) => string;
  redactAll: string;
  overrideHeading: string;
  overrideLabel: string;
  overrideHint: string;
  publishAnyway: string;
  unresolved: (n: number) => string;
  /** One type's count in a list: "2 phone numbers", "電話號碼 2 筆". */
  typeCount: (type: PiiType, n: number) => string;
  /** Joins typeCount items: ", " or "、". */
  listSeparator: string;
  /** Ends with the space the language wants before the list (none after a full-width colon). */
  queueLabel: string;
  queueNone: string;
  queueLink: string;
  queueLinkLabel: (title: string) => string;
}

/** English plural of each type's name, for counts in the review queue. */
const enPlural: Record<PiiType, [string, string]> = {
  name: ['name', 'names'],
  phone: ['phone number', 'phone numbers'],
  national_id: ['ID number', 'ID numbers'],
  nhi_number: ['NHI card number', 'NHI card numbers'],
  email: ['email address', 'email addresses'],
  url: ['link', 'links'],
  social_handle: ['LINE / Instagram ID', 'LINE / Instagram IDs'],
  address: ['address', 'addresses'],
  birth_date: ['date of birth', 'dates of birth'],
  medical_record: ['medical record number', 'medical record numbers'],
  bed: ['hospital bed', 'hospital beds'],
};

const en: DeidentifyMessages = {
  heading: 'Personal data',
  intro: 'Possible personal data found automatically. Redact what identifies the asker before publishing.',
  none: 'No personal data found in the title, text or answers.',
  count: (n) => (n === 1 ? '1 finding' : `${n} findings`),
  types: {
    name: 'Name',
    phone: 'Phone number',
    national_id: 'ID number',
    nhi_number: 'NHI card number',
    email: 'Email',
    url: 'Link',
    social_handle: 'LINE / Instagram ID',
    address: 'Address',
    birth_date: 'Date of birth',
    medical_record: 'Medical record number',
    bed: 'Hospital bed',
  },
  fields: { title: 'Title', pageTitle: 'Page title', body: 'Question', moreInfo: 'More information' },
  answerBy: (doctor) => `Answer by ${doctor}`,
  redact: 'Redact',
  redactLabel: (type, text) => `Redact ${type} “${text}”`,
  redactAll: 'Redact all findings',
  overrideHeading: 'Publish with findings',
  overrideLabel: 'I checked these findings: nothing here identifies the asker, publish anyway',
  overrideHint: 'Use this only for false alarms (a hospital phone number, a doctor’s name). It is logged.',
  publishAnyway: 'Publish anyway',
  unresolved: (n) =>
    `This Q&A still has ${n === 1 ? '1 possible piece' : `${n} possible pieces`} of personal data. Redact ${n === 1 ? 'it' : 'them'}, or tick the box above and choose “Publish anyway”.`,
  typeCount: (type, n) => `${n.toLocaleString('en')} ${enPlural[type][n === 1 ? 0 : 1]}`,
  listSeparator: ', ',
  queueLabel: 'Personal data: ',
  queueNone: 'No personal data found',
  queueLink: 'review and redact',
  queueLinkLabel: (title) => `Review and redact the personal data in “${title}”`,
};

const zhTW: DeidentifyMessages = {
  heading: '個人資料',
  intro: '系統自動找到可能的個人資料。公開前，請遮蔽可辨識提問者身分的內容。',
  none: '標題、內文與回覆中沒有找到個人資料。',
  count: (n) => `${n} 筆`,
  types: {
    name: '姓名',
    phone: '電話號碼',
    national_id: '身分證／居留證號',
    nhi_number: '健保卡號',
    email: '電子郵件',
    url: '網址',
    social_handle: 'LINE／IG 帳號',
    address: '地址',
    birth_date: '出生日期',
    medical_record: '病歷號碼',
    bed: '病房床號',
  },
  fields: { title: '標題', pageTitle: '頁面標題', body: '問題內文', moreInfo: '補充說明' },
  answerBy: (doctor) => `${doctor}的回覆`,
  redact: '遮蔽',
  redactLabel: (type, text) => `遮蔽${type}「${text}」`,
  redactAll: '全部遮蔽',
  overrideHeading: '保留這些內容並公開',
  overrideLabel: '我已檢查：這些內容無法辨識提問者，仍要公開',
  overrideHint: '僅用於誤判（例如醫院總機、醫師姓名）。此操作會記錄在稽核紀錄中。',
  publishAnyway: '仍要公開',
  unresolved: (n) => `這則問答仍有 ${n} 筆可能的個人資料。請先遮蔽，或勾選上方的確認框後按「仍要公開」。`,
  typeCount: (type, n) => `${zhTW.types[type]} ${n.toLocaleString('zh-TW')} 筆`,
  listSeparator: '、',
  queueLabel: '個人資料：',
  queueNone: '未發現個人資料',
  queueLink: '檢視並遮蔽',
  queueLinkLabel: (title) => `檢視並遮蔽「${title}」中的個人資料`,
};

/**
 * Counts by type as one phrase, most frequent first, in the order of PII_TYPES on ties:
 * "2 phone numbers, 1 name" / "電話號碼 2 筆、姓名 1 筆"; empty when there are none.
 */
export function describeFindingCounts(locale: Locale, counts: Partial<Record<PiiType, number>>): string {
  const m = deidentifyMessages(locale);
  return PII_TYPES.filter((type) => (counts[type] ?? 0) > 0)
    .sort((a, b) => counts[b]! - counts[a]!)
    .map((type) => m.typeCount(type, counts[type]!))
    .join(m.listSeparator);
}

export function deidentifyMessages(locale: Locale): DeidentifyMessages {
  return locale === 'zh-TW' ? zhTW : en;
}
