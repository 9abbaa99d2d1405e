/** Message catalogs and locale negotiation. */
import type { Lang } from '../../db/schema.ts';
import { en, type Messages } from './en.ts';
import { zhTW } from './zh-TW.ts';

export type Locale = Lang;
export const LOCALES: readonly Locale[] = ['en', 'zh-TW'];
const catalogs: Record<Locale, Messages> = { en, 'zh-TW': zhTW };

export function messages(locale: Locale): Messages {
  return catalogs[locale];
}

export function isLocale(value: string | undefined): value is Locale {
  return value === 'en' || value === 'zh-TW';
}

/** Picks zh-TW for any Chinese preference that comes before English in Accept-Language, else en. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-TW';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export type { Messages };
