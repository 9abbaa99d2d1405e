/**
 * Strings of the doctor area's figures, information requests, the escalated list and the daily
 * digest, in both interface languages (the shared catalog has the rest). Email texts are here too:
 * they are written in the recipient's language, not the page's.
 */
import type { Lang } from '../../db/schema.ts';

export interface AnswersMessages {
  figuresHeading: string;
  answersTotal: (n: number) => string;
  answersLast30: (n: number) => string;
  medianTime: (hours: number | null) => string;
  queueLength: (n: number) => string;
  overdueCount: (n: number) => string;
  overdue: (hours: number) => string;
  waitingForAsker: string;
  requestInfoHeading: string;
  requestInfoLabel: string;
  requestInfoHint: string;
  requestInfoSubmit: string;
  requestSent: string;
  answerPublished: string;
  /** `found` lists the findings by type ("1 phone number, 1 name"), empty when none are left. */
  answerHeld: (found: string) => string;
  requestsHeading: string;
  requestedBy: (doctor: string, date: string) => string;
  askerReplied: (date: string) => string;
  noReplyYet: string;
  waitingForYou: string;
  digestHeading: string;
  digestOn: string;
  digestOff: string;
  digestSubscribe: string;
  digestUnsubscribe: string;
  askerHeading: string;
  askerReplyLabel: string;
  askerReplyHint: string;
  askerReplySubmit: string;
  askerThanks: string;
  yourReply: (date: string) => string;
  escalatedHeading: (hours: number) => string;
  escalatedEmpty: string;
  /** `escalated` is null while the escalation job has not yet emailed the editors about it. */
  escalatedMeta: (p: {
    department: string;
    asked: string;
    escalated: string | null;
    status: string;
  }) => string;
}

const en: AnswersMessages = {
  figuresHeading: 'Your figures',
  answersTotal: (n) => `Answers given: ${n.toLocaleString('en')}`,
  answersLast30: (n) => `In the last 30 days: ${n.toLocaleString('en')}`,
  medianTime: (h) => `Median time to answer: ${h === null ? '—' : formatHours(h, 'en')}`,
  queueLength: (n) => `Waiting in your departments: ${n.toLocaleString('en')}`,
  overdueCount: (n) => `Overdue: ${n.toLocaleString('en')}`,
  overdue: (h) => `Overdue: waiting more than ${h} hours`,
  waitingForAsker: 'Waiting for the asker',
  requestInfoHeading: 'Ask the asker for more information',
  requestInfoLabel: 'What do you need to know?',
  requestInfoHint:
    'The asker is told by email (if they left an address) and on their private status page. The question leaves the queue until they reply.',
  requestInfoSubmit: 'Send request',
  requestSent: 'Your request was sent. The question waits for the asker.',
  answerPublished: 'Your reply was saved and published.',
  answerHeld: (found) =>
    `Your reply was saved but not published yet: personal data was found in the question or the reply${found ? ` (${found})` : ''}. It is held for an editor, who will check it before the Q&A is published.`,
  requestsHeading: 'Information requests',
  requestedBy: (doctor, date) => `Dr. ${doctor} asked on ${date}:`,
  askerReplied: (date) => `The asker replied on ${date}:`,
  noReplyYet: 'No reply from the asker yet.',
  waitingForYou: 'Waiting for your answer below.',
  digestHeading: 'Daily email',
  digestOn: "You receive a daily email with your departments' queue.",
  digestOff: "You do not receive the daily email of your departments' queue.",
  digestSubscribe: 'Send me the daily email',
  digestUnsubscribe: 'Stop the daily email',
  askerHeading: 'The doctor needs more information',
  askerReplyLabel: 'Your answer to the doctor',
  askerReplyHint:
    'Please do not write your name, phone number, address or other details that could identify you.',
  askerReplySubmit: 'Send to the doctor',
  askerThanks: 'Thank you. Your answer was sent to the doctor and your question is back in the queue.',
  yourReply: (date) => `Your answer (${date}):`,
  escalatedHeading: (h) => `Escalated: waiting more than ${h} hours`,
  escalatedEmpty: 'No question is waiting longer than the target.',
  escalatedMeta: (p) =>
    `${p.department} · ${p.status} · asked ${p.asked} · ${p.escalated ? `escalated ${p.escalated}` : 'editors not emailed yet'}`,
};

const zhTW: AnswersMessages = {
  figuresHeading: '我的統計',
  answersTotal: (n) => `已回覆：${n.toLocaleString('zh-TW')} 則`,
  answersLast30: (n) => `近 30 天：${n.toLocaleString('zh-TW')} 則`,
  medianTime: (h) => `回覆時間中位數：${h === null ? '—' : formatHours(h, 'zh-TW')}`,
  queueLength: (n) => `您的科別待回覆：${n.toLocaleString('zh-TW')} 則`,
  overdueCount: (n) => `已逾時：${n.toLocaleString('zh-TW')} 則`,
  overdue: (h) => `已逾時：等候超過 ${h} 小時`,
  waitingForAsker: '等候提問者補充',
  requestInfoHeading: '請提問者補充資料',
  requestInfoLabel: '您需要知道哪些資訊？',
  requestInfoHint:
    '我們會以電子郵件（若提問者有留下）及其專屬進度頁面通知提問者。在提問者回覆之前，此問題會暫時離開待回覆清單。',
  requestInfoSubmit: '送出請求',
  requestSent: '已送出請求，此問題正在等候提問者補充。',
  answerPublished: '您的回覆已儲存並公開。',
  answerHeld: (found) =>
    `您的回覆已儲存，但尚未公開：問題或回覆中偵測到個人資料${found ? `（${found}）` : ''}。此問答已交由編輯確認，確認後才會公開。`,
  requestsHeading: '補充資料請求',
  requestedBy: (doctor, date) => `${doctor}醫師於 ${date} 詢問：`,
  askerReplied: (date) => `提問者於 ${date} 回覆：`,
  noReplyYet: '提問者尚未回覆。',
  waitingForYou: '請在下方回覆醫師。',
  digestHeading: '每日通知信',
  digestOn: '您會每天收到所屬科別待回覆問題的通知信。',
  digestOff: '您目前不會收到所屬科別待回覆問題的每日通知信。',
  digestSubscribe: '每天寄通知信給我',
  digestUnsubscribe: '停止每日通知信',
  askerHeading: '醫師需要更多資訊',
  askerReplyLabel: '您給醫師的回覆',
  askerReplyHint: '請勿填寫您的姓名、電話、地址或其他可辨識您身分的資料。',
  askerReplySubmit: '送給醫師',
  askerThanks: '謝謝您，回覆已送給醫師，您的問題已重新排入待回覆清單。',
  yourReply: (date) => `您的回覆（${date}）：`,
  escalatedHeading: (h) => `已通報：等候超過 ${h} 小時`,
  escalatedEmpty: '目前沒有等候超過目標時間的問題。',
  escalatedMeta: (p) =>
    `${p.department}・${p.status}・提問於 ${p.asked}・${p.escalated ? `通報於 ${p.escalated}` : '尚未寄信通知編輯'}`,
};

/** "5 hours" / "2.5 days" for a duration in hours. */
export function formatHours(hours: number, lang: Lang): string {
  if (hours < 48) {
    const h = Math.round(hours * 10) / 10;
    return lang === 'zh-TW' ? `${h} 小時` : `${h} hour${h === 1 ? '' : 's'}`;
  }
  const d = Math.round((hours / 24) * 10) / 10;
  return lang === 'zh-TW' ? `${d} 天` : `${d} days`;
}

/** The doctor area's extra strings for an interface language. */
export const answersMessages = (locale: Lang): AnswersMessages => (locale === 'zh-TW' ? zhTW : en);
