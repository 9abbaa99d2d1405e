/** Strings of the search page in both interface languages (the shared catalog has the rest). */
import type { Lang } from '../../db/schema.ts';

export interface SearchMessages {
  filters: string;
  department: string;
  allDepartments: string;
  language: string;
  allLanguages: string;
  languageNames: Record<Lang, string>;
  from: string;
  to: string;
  apply: string;
  doctor: (name: string) => string;
  answeredBy: (name: string) => string;
  atHospital: (name: string) => string;
  removeFilter: string;
  results: (n: number, capped: boolean) => string;
  latest: string;
  noResults: string;
  tips: string;
  relaxed: string;
  nothingToSearch: string;
  askCta: string;
}

const en: SearchMessages = {
  filters: 'Filters',
  department: 'Department',
  allDepartments: 'All departments',
  language: 'Language',
  allLanguages: 'All languages',
  languageNames: { en: 'English', 'zh-TW': '中文' },
  from: 'From',
  to: 'To',
  apply: 'Apply',
  doctor: (name) => `Dr. ${name}`,
  answeredBy: (name) => `Answered by Dr. ${name}`,
  atHospital: (name) => `Doctors at ${name}`,
  removeFilter: 'remove',
  results: (n, capped) =>
    `${n.toLocaleString('en')}${capped ? '+' : ''} ${n === 1 && !capped ? 'result' : 'results'}`,
  latest: 'Latest answered questions',
  noResults: 'No answered question matches your search.',
  tips: 'Try fewer or other words, another language, or no filters.',
  relaxed: 'No question contains all of your words; these contain some of them.',
  nothingToSearch: 'There is nothing to search for in what you typed: try a word.',
  askCta: 'Not found? Ask a doctor',
};

const zhTW: SearchMessages = {
  filters: '篩選',
  department: '科別',
  allDepartments: '全部科別',
  language: '語言',
  allLanguages: '全部語言',
  languageNames: { en: 'English', 'zh-TW': '中文' },
  from: '起',
  to: '迄',
  apply: '套用',
  doctor: (name) => `${name}醫師`,
  answeredBy: (name) => `${name}醫師的回覆`,
  atHospital: (name) => `${name}的醫師`,
  removeFilter: '移除',
  results: (n, capped) => `共 ${n.toLocaleString('zh-TW')}${capped ? '+' : ''} 筆結果`,
  latest: '最新回覆的問題',
  noResults: '找不到符合的已回覆問題。',
  tips: '請試試較少或其他的字詞、換個語言，或取消篩選條件。',
  relaxed: '沒有問題包含您輸入的全部字詞；以下包含其中一部分。',
  nothingToSearch: '您輸入的內容沒有可搜尋的文字，請輸入字詞。',
  askCta: '找不到答案？線上問醫師',
};

/** The search page's strings for an interface language. */
export const searchMessages = (locale: Lang): SearchMessages => (locale === 'zh-TW' ? zhTW : en);
