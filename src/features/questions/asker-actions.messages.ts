/** Strings of the asker's own actions on the status page (withdraw, ask for removal), both languages. */
import type { Lang } from '../../db/schema.ts';
import type { REMOVAL_REASONS, WITHDRAW_REASONS } from './questions.schema.ts';

export interface AskerActionMessages {
  actionsHeading: string;
  withdrawLink: string;
  withdrawHeading: string;
  withdrawIntro: string;
  withdrawReasons: Record<(typeof WITHDRAW_REASONS)[number], string>;
  withdrawConfirm: string;
  withdrawn: string;
  removeLink: string;
  removeHeading: string;
  removeIntro: string;
  removeReasons: Record<(typeof REMOVAL_REASONS)[number], string>;
  removeConfirm: string;
  removed: string;
  reason: string;
  details: string;
  detailsHint: string;
  cancel: string;
  /** The status reason stored with the question, in the question's language. */
  storedReason: (label: string, details: string) => string;
}

const en: AskerActionMessages = {
  actionsHeading: 'Change your mind?',
  withdrawLink: 'Withdraw this question',
  withdrawHeading: 'Withdraw your question',
  withdrawIntro:
    'Doctors will no longer see your question and it will not be answered or published. This cannot be undone; you can always ask again.',
  withdrawReasons: {
    no_longer_needed: 'I no longer need an answer',
    saw_doctor: 'I saw a doctor in person',
    found_answer: 'I found an answer elsewhere',
    privacy: 'I shared too much about myself',
    other: 'Another reason',
  },
  withdrawConfirm: 'Yes, withdraw my question',
  withdrawn: 'Your question was withdrawn. Doctors no longer see it.',
  removeLink: 'Ask for this Q&A to be removed',
  removeHeading: 'Remove your Q&A from the site',
  removeIntro:
    'Your question and its answer are taken off the site at once and no longer appear in search. The editors keep a record of why.',
  removeReasons: {
    privacy: 'It contains information about me I do not want public',
    no_longer_wanted: 'I no longer want it public',
    incorrect: 'What I wrote is wrong or misleading',
    other: 'Another reason',
  },
  removeConfirm: 'Yes, remove it now',
  removed: 'Your Q&A was removed from the site.',
  reason: 'Reason',
  details: 'Anything else we should know (optional)',
  detailsHint: 'Kept private, read only by the editors.',
  cancel: 'Cancel, keep it as it is',
  storedReason: (label, details) => (details ? `${label}: ${details}` : label),
};

const zhTW: AskerActionMessages = {
  actionsHeading: '改變主意了嗎？',
  withdrawLink: '撤回這個問題',
  withdrawHeading: '撤回您的問題',
  withdrawIntro: '撤回後醫師將看不到您的問題，也不會回覆或公開。撤回無法復原，但您隨時可以重新提問。',
  withdrawReasons: {
    no_longer_needed: '我已經不需要回覆了',
    saw_doctor: '我已親自就醫',
    found_answer: '我在其他地方找到答案了',
    privacy: '我透露了太多個人資料',
    other: '其他原因',
  },
  withdrawConfirm: '確定撤回我的問題',
  withdrawn: '您的問題已撤回，醫師將不會再看到。',
  removeLink: '申請移除這則問答',
  removeHeading: '將您的問答自網站移除',
  removeIntro: '您的問題與醫師的回覆會立即自網站下架，搜尋也不會再出現。編輯會留存移除原因的紀錄。',
  removeReasons: {
    privacy: '內容含有我不想公開的個人資料',
    no_longer_wanted: '我不希望再公開',
    incorrect: '我寫的內容有誤或會誤導他人',
    other: '其他原因',
  },
  removeConfirm: '確定立即移除',
  removed: '您的問答已自網站移除。',
  reason: '原因',
  details: '其他想告訴我們的事（選填）',
  detailsHint: '不會公開，只有編輯看得到。',
  cancel: '取消，維持原狀',
  storedReason: (label, details) => (details ? `${label}：${details}` : label),
};

export const askerActionMessages = (locale: Lang): AskerActionMessages => (locale === 'zh-TW' ? zhTW : en);
