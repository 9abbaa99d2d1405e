/** Street addresses: Taiwan's 市/縣 … 區 … 路 … 段 … 巷 … 弄 … 號 … 樓 and English forms. */
import { type Candidate, matchAll } from './pii-patterns.ts';

const HAN = String.raw`[\u4e00-\u9fff]`;
const NUM = String.raw`[0-9０-９一二三四五六七八九十百]+`;
const ZH_ADDRESS = new RegExp(
  [
    String.raw`(?:${HAN}{2}[市縣县])?`,
    String.raw`(?:${HAN}{1,3}?[區鄉鎮区乡镇])?`,
    String.raw`(?:${HAN}{1,3}?[村里])?`,
    String.raw`${HAN}{1,5}?(?:路|街|大道)`,
    String.raw`(?:${NUM}段)?`,
    String.raw`(?:${NUM}巷)?`,
    String.raw`(?:${NUM}弄)?`,
    String.raw`${NUM}(?:之${NUM})?[號号]`,
    String.raw`(?:${NUM}[樓楼F](?:之${NUM})?)?`,
    String.raw`(?:之${NUM})?`,
  ].join(''),
  'dg',
);
/** Words that often come just before an address and are not part of it. */
const LEAD_IN = /^(?:我?住在?|家住|地址(?:是|為)?|搬到|位於|在|到)/;

const WORD = String.raw`[A-Z][A-Za-z'.-]*`;
const STREET = String.raw`(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Way)`;
const TAIL = String.raw`(?:,?\s*(?:Sec\.?|Section)\s*\d+)?(?:,\s*${WORD}(?:\s+(?:Dist\.?|District|City|County|Township))?){0,3}`;
const EN_STREET = new RegExp(
  String.raw`\b\d{1,5}(?:-\d{1,4})?\s+(?:${WORD}\s+){1,3}${STREET}(?![A-Za-z])${TAIL}`,
  'dg',
);
const EN_TAIWAN = new RegExp(
  String.raw`\bNo\.\s*\d+(?:-\d+)?,\s*(?:(?:\d+F|(?:Fl|Aly|Ln|Sec)\.\s*\d+|(?:Floor|Alley|Lane|Section)\s+\d+),\s*)*(?:${WORD}\s+){1,3}${STREET}${TAIL}`,
  'dg',
);

export function findAddresses(text: string): Candidate[] {
  const zh = matchAll(text, ZH_ADDRESS, 'address').map((candidate) => {
    const lead = LEAD_IN.exec(text.slice(candidate.start, candidate.end));
    return lead ? { ...candidate, start: candidate.start + lead[0].length } : candidate;
  });
  const en = [...matchAll(text, EN_STREET, 'address'), ...matchAll(text, EN_TAIWAN, 'address')].map(
    (candidate) => {
      let end = candidate.end;
      while (end > candidate.start && /[,\s]/.test(text[end - 1]!)) end--;
      return { ...candidate, end };
    },
  );
  return [...zh, ...en];
}
