/**
 * The queries the search benchmarks run: common and rare, Chinese, English, mixed, lexicon
 * concepts, one character, an empty query, one that finds nothing.
 */
export const BENCH_QUERIES = [
  '肌肉',
  '跳動',
  '頭痛',
  '高血壓',
  '抽筋',
  '痛',
  '手抖 醫師',
  'muscle twitching',
  'headache',
  'heart attack',
  'high blood pressure',
  'chest pain after running',
  'MRI 檢查',
  '',
  'zzzz qqqq',
] as const;
