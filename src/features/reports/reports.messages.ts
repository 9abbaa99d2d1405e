/** Strings of reporting a Q&A (readers) and of handling reports (editors), both languages. */
import type { Lang } from '../../db/schema.ts';
import type { ReportReason } from './reports.schema.ts';

export interface ReportMessages {
  summary: string;
  heading: string;
  intro: string;
  reason: string;
  reasons: Record<ReportReason, string>;
  details: string;
  detailsHint: string;
  send: string;
  thanks: string;
  backToQa: string;
  fixErrors: string;
  /** Editors. */
  openReports: string;
  reportedAt: (date: string) => string;
  note: string;
  noteHint: string;
  resolve: string;
  dismiss: string;
  closed: string;
}

const en: ReportMessages = {
  summary: 'Report this Q&A',
  heading: 'Report this Q&A',
  intro:
    'Tell our editors what is wrong with this page. They read every report. Please do not include personal details about yourself.',
  reason: 'What is the problem?',
  reasons: {
    personal_info: 'It contains personal information',
    medical_error: 'Medical error or outdated advice',
    offensive: 'Offensive content or spam',
    copyright: 'Copyright infringement',
    other: 'Something else',
  },
  details: 'Details',
  detailsHint: 'What exactly, and where on the page (required for "something else").',
  send: 'Send report',
  thanks: 'Thank you. Our editors will review your report.',
  backToQa: 'Back to the Q&A',
  fixErrors: 'Please correct the fields marked below.',
  openReports: 'Open reports',
  reportedAt: (date) => `reported ${date}`,
  note: 'Note',
  noteHint: 'What you did (required to resolve), or why nothing needs doing.',
  resolve: 'Resolve',
  dismiss: 'Dismiss',
  closed: 'The report was closed.',
};

const zhTW: ReportMessages = {
  summary: '檢舉這則問答',
  heading: '檢舉這則問答',
  intro: '請告訴編輯這個頁面有什麼問題，每一則檢舉都會有人閱讀。請勿填寫您自己的個人資料。',
  reason: '問題是什麼？',
  reasons: {
    personal_info: '含有個人資料',
    medical_error: '醫療資訊錯誤或已過時',
    offensive: '冒犯性內容或垃圾訊息',
    copyright: '侵害著作權',
    other: '其他',
  },
  details: '說明',
  detailsHint: '具體是什麼、在頁面的哪裡（選「其他」時必填）。',
  send: '送出檢舉',
  thanks: '謝謝您，編輯會審閱您的檢舉。',
  backToQa: '回到問答',
  fixErrors: '請修正下列標示的欄位。',
  openReports: '待處理的檢舉',
  reportedAt: (date) => `檢舉於 ${date}`,
  note: '處理說明',
  noteHint: '您做了什麼處理（結案時必填），或為何不需處理。',
  resolve: '結案',
  dismiss: '駁回',
  closed: '檢舉已處理。',
};

export const reportMessages = (locale: Lang): ReportMessages => (locale === 'zh-TW' ? zhTW : en);
