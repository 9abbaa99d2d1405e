/** Small pure text helpers shared by pages, the API and the importer. */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Cuts `text` near `limit` characters and appends "...". Latin text is cut at the last word
 * boundary before the limit; CJK text (no spaces) is cut at the limit, or just after the last
 * sentence punctuation when that is close.
 */
export function snippet(text: string, limit = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= limit) return flat;
  const head = chars.slice(0, limit).join('');
  const lastSpace = head.lastIndexOf(' ');
  const nextChar = chars[limit] ?? '';
  let cut = head;
  if (!CJK.test(nextChar) && lastSpace > limit * 0.7) {
    cut = head.slice(0, lastSpace);
  } else {
    const punct = Math.max(...['。', '，', '！', '？', '；'].map((p) => head.lastIndexOf(p)));
    if (punct > head.length * 0.85) cut = head.slice(0, punct + 1);
  }
  return `${cut.replace(/[\s,.;:，。、；：]+$/u, '')}...`;
}

/** "20-29" → "20~29" as the published pages write age bands. */
export function formatAgeRange(range: string): string {
  return range.replace('-', '~');
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a date as YYYY/MM/DD in the given IANA time zone. */
export function formatDate(date: Date, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(date).replaceAll('-', '/');
}

/** Splits plain text into paragraphs on blank lines; single newlines stay as line breaks. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()))
    .filter((lines) => lines.some(Boolean));
}
