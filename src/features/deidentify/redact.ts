/** Replaces findings with typed placeholders in the language of the text. */
import type { Finding, PiiType } from './pii-types.ts';

const PLACEHOLDERS: Record<PiiType, { en: string; zh: string }> = {
  name: { en: '[name]', zh: '〔姓名〕' },
  phone: { en: '[phone]', zh: '〔電話〕' },
  national_id: { en: '[ID number]', zh: '〔身分證號〕' },
  nhi_number: { en: '[NHI number]', zh: '〔健保卡號〕' },
  email: { en: '[email]', zh: '〔電子郵件〕' },
  url: { en: '[link]', zh: '〔網址〕' },
  social_handle: { en: '[social media ID]', zh: '〔社群帳號〕' },
  address: { en: '[address]', zh: '〔地址〕' },
  birth_date: { en: '[date of birth]', zh: '〔出生日期〕' },
  medical_record: { en: '[record number]', zh: '〔病歷號〕' },
  bed: { en: '[bed]', zh: '〔床號〕' },
};

const HAN = /\p{Script=Han}/u;

/** The placeholder of a type: Chinese brackets when the text contains Chinese. */
export function placeholderFor(type: PiiType, text: string): string {
  return PLACEHOLDERS[type][HAN.test(text) ? 'zh' : 'en'];
}

/**
 * The text with each finding replaced by its placeholder. Findings that no longer match the
 * text (it changed since they were found) or overlap an earlier one are left alone.
 */
export function redact(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const finding of sorted) {
    if (finding.start < cursor || text.slice(finding.start, finding.end) !== finding.text) continue;
    out += text.slice(cursor, finding.start) + placeholderFor(finding.type, text);
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}
