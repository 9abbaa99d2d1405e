/** Strings of the personal-data findings panel in both interface languages. */
import type { Locale } from '../../web/i18n/index.ts';
import type { RedactableField } from './deidentify.schema.ts';
import type { PiiType } from './pii-types.ts';

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
}

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
};

export function deidentifyMessages(locale: Locale): DeidentifyMessages {
  return locale === 'zh-TW' ? zhTW : en;
}
