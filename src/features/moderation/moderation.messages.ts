/** Strings of the editor area's review queue, edit forms and revision history, both languages. */
import type { Lang } from '../../db/schema.ts';

export interface ModerationMessages {
  newQuestionsHint: string;
  reviewOff: string;
  heldForPersonalData: string;
  openReports: string;
  count: (n: number) => string;
  waitingSince: (date: string) => string;
  editHeading: string;
  questionTitle: string;
  questionBody: string;
  saveQuestion: string;
  answerBody: (doctor: string) => string;
  saveAnswer: string;
  moreInfo: string;
  moreInfoHint: string;
  saveMoreInfo: string;
  history: string;
  historyCount: (n: number) => string;
  historyHeading: (title: string) => string;
  historyEmpty: string;
  revert: string;
  reverted: string;
  revertOf: (id: number) => string;
  fields: Record<string, string>;
  answerOf: (doctor: string) => string;
  by: (name: string) => string;
  system: string;
  empty: string;
  backToQuestion: string;
  unchanged: string;
  actions: string;
  editHint: string;
}

const en: ModerationMessages = {
  newQuestionsHint: 'Doctors see a question only after it is approved here.',
  reviewOff:
    'Answers are published at once (answer review is off in the settings), unless personal data is found in the Q&A: those wait here.',
  heldForPersonalData:
    'Held for review: not published at once because personal data was found when the doctor replied.',
  openReports: 'Open reports',
  count: (n) => `${n.toLocaleString('en')}`,
  waitingSince: (date) => `since ${date}`,
  editHeading: 'Edit the text',
  questionTitle: "Asker's title",
  questionBody: 'Question',
  saveQuestion: 'Save question',
  answerBody: (doctor) => `Answer by Dr. ${doctor}`,
  saveAnswer: 'Save answer',
  moreInfo: 'More Info (Markdown)',
  moreInfoHint: 'Educational text shown under the answer. Leave empty to remove it.',
  saveMoreInfo: 'Save More Info',
  history: 'History',
  historyCount: (n) => `History (${n})`,
  historyHeading: (title) => `History of "${title}"`,
  historyEmpty: 'No edits yet.',
  revert: 'Revert this change',
  reverted: 'Reverted. The revert is kept in the history too.',
  revertOf: (id) => `reverts change #${id}`,
  fields: {
    title: "asker's title",
    body: 'question',
    pageTitle: 'page title',
    moreInfo: 'More Info',
  },
  answerOf: (doctor) => `answer by Dr. ${doctor}`,
  by: (name) => `by ${name}`,
  system: 'the system',
  empty: '(empty)',
  backToQuestion: 'Back to the question',
  unchanged: 'Nothing changed.',
  actions: 'Decision',
  editHint: 'Every change is kept in the history and can be reverted.',
};

const zhTW: ModerationMessages = {
  newQuestionsHint: '問題須經此處通過後，醫師才看得到。',
  reviewOff: '回覆會立即公開（設定中已關閉回覆審核）；若問答中偵測到個人資料，則會留在這裡等候審閱。',
  heldForPersonalData: '待審閱：醫師回覆時偵測到個人資料，因此未立即公開。',
  openReports: '待處理的檢舉',
  count: (n) => `${n.toLocaleString('zh-TW')}`,
  waitingSince: (date) => `自 ${date}`,
  editHeading: '編修內容',
  questionTitle: '提問者的標題',
  questionBody: '問題內容',
  saveQuestion: '儲存問題',
  answerBody: (doctor) => `${doctor}醫師的回覆`,
  saveAnswer: '儲存回覆',
  moreInfo: '延伸閱讀（Markdown）',
  moreInfoHint: '顯示在回覆下方的衛教文章；留空即移除。',
  saveMoreInfo: '儲存延伸閱讀',
  history: '修訂紀錄',
  historyCount: (n) => `修訂紀錄（${n}）`,
  historyHeading: (title) => `「${title}」的修訂紀錄`,
  historyEmpty: '尚無修訂。',
  revert: '還原這項修改',
  reverted: '已還原。還原本身也會記錄在修訂紀錄中。',
  revertOf: (id) => `還原修改 #${id}`,
  fields: {
    title: '提問者的標題',
    body: '問題內容',
    pageTitle: '頁面標題',
    moreInfo: '延伸閱讀',
  },
  answerOf: (doctor) => `${doctor}醫師的回覆`,
  by: (name) => `由 ${name}`,
  system: '系統',
  empty: '（空白）',
  backToQuestion: '回到問題',
  unchanged: '內容沒有變更。',
  actions: '審核決定',
  editHint: '每次修改都會保留在修訂紀錄中，並可還原。',
};

export const moderationMessages = (locale: Lang): ModerationMessages => (locale === 'zh-TW' ? zhTW : en);
