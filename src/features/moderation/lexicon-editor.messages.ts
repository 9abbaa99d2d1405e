/**
 * Strings of the lexicon editor's edit and delete pages and of the name rules, in both interface
 * languages (the shared catalog's `lexiconEditor` has the list and the add form).
 */
import type { Locale } from '../../web/i18n/index.ts';

export interface LexiconEditorMessages {
  actions: string;
  edit: string;
  editHeading: (text: string) => string;
  editIntro: string;
  save: string;
  saved: string;
  cancel: string;
  delete: string;
  deleteHeading: (text: string) => string;
  deleteIntro: (conceptId: string) => string;
  deleteConfirm: string;
  deleted: string;
  back: string;
  dataFiles: string;
  /** Editors' new concepts that lack a name in one language (the data files' rule). */
  incomplete: string;
  missing: (conceptId: string, lang: 'en' | 'zh') => string;
  errors: {
    odd_characters: string;
    zh_needs_han: string;
    en_has_han: string;
    en_needs_latin: string;
    simplified: (chars: string) => string;
    stemmedAbbreviation: (change: string) => string;
    broad_word: string;
  };
}

const en: LexiconEditorMessages = {
  actions: 'Actions',
  edit: 'Edit',
  editHeading: (text) => `Edit the name "${text}"`,
  editIntro: 'The change applies to searches at once, on every server within a few seconds.',
  save: 'Save changes',
  saved: 'Saved. Searches use the changed name now.',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteHeading: (text) => `Delete the name "${text}"?`,
  deleteIntro: (conceptId) =>
    `Searches will no longer treat this name as a name of the concept "${conceptId}". The deletion is recorded in the audit log.`,
  deleteConfirm: 'Delete this name',
  deleted: 'Deleted. Searches no longer use that name.',
  back: 'Back to the lexicon',
  dataFiles:
    'Only names added here can be edited or deleted; the project data (src/features/search/lexicon/) changes through the code review.',
  incomplete:
    'Every concept needs a name in English and in Chinese, so searches in one language find answers written in the other:',
  missing: (conceptId, lang) => `${conceptId} has no ${lang === 'en' ? 'English' : 'Chinese'} name yet`,
  errors: {
    odd_characters: 'Remove control characters and line breaks from the name.',
    zh_needs_han: 'A Chinese name needs Chinese characters. Choose English for a name written in letters.',
    en_has_han: 'This name has Chinese, Japanese or Korean characters. Choose Chinese for a Chinese name.',
    en_needs_latin: 'An English name needs letters, not only digits or punctuation.',
    simplified: (chars) =>
      `Please write Chinese names in Traditional characters, as used in Taiwan (Simplified: ${chars}).`,
    stemmedAbbreviation: (change) =>
      `Search would read this abbreviation as another word (${change}) and match unrelated text. Write the name out in full, or ask the site's developers to keep the abbreviation as written (unstemmed-words.ts).`,
    broad_word:
      'This word is too broad to be a concept’s name: it would make unrelated questions look alike.',
  },
};

const zhTW: LexiconEditorMessages = {
  actions: '操作',
  edit: '編輯',
  editHeading: (text) => `編輯名稱「${text}」`,
  editIntro: '修改會立即用於搜尋，其他伺服器也會在幾秒內更新。',
  save: '儲存修改',
  saved: '已儲存，搜尋立即使用修改後的名稱。',
  cancel: '取消',
  delete: '刪除',
  deleteHeading: (text) => `要刪除名稱「${text}」嗎？`,
  deleteIntro: (conceptId) =>
    `刪除後，搜尋不再把這個名稱視為概念「${conceptId}」的名稱。刪除會記錄在稽核紀錄中。`,
  deleteConfirm: '刪除這個名稱',
  deleted: '已刪除，搜尋不再使用該名稱。',
  back: '回到同義詞詞庫',
  dataFiles: '只有在此新增的名稱可以編輯或刪除；專案資料（src/features/search/lexicon/）須經程式碼審查修改。',
  incomplete: '每個概念都需要英文與中文名稱，以一種語言搜尋時才找得到以另一種語言寫的回覆：',
  missing: (conceptId, lang) => `${conceptId} 尚無${lang === 'en' ? '英文' : '中文'}名稱`,
  errors: {
    odd_characters: '請移除名稱中的控制字元與換行。',
    zh_needs_han: '中文名稱需要有中文字。以英文字母寫的名稱請選擇「英文」。',
    en_has_han: '這個名稱含有中文、日文或韓文字。中文名稱請選擇「中文」。',
    en_needs_latin: '英文名稱需要有英文字母，不能只有數字或標點。',
    simplified: (chars) => `中文名稱請使用臺灣通用的繁體字（簡體字：${chars}）。`,
    stemmedAbbreviation: (change) =>
      `搜尋會把這個縮寫當成另一個字（${change}），配對到不相關的文字。請寫出全名，或請網站開發者把這個縮寫設為保留原樣（unstemmed-words.ts）。`,
    broad_word: '這個詞太籠統，不能作為概念名稱：會讓不相關的問題看起來相似。',
  },
};

export const lexiconEditorMessages: Record<Locale, LexiconEditorMessages> = { en, 'zh-TW': zhTW };
