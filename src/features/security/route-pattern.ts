/**
 * Route patterns of the security rule tables ("/:locale/questions/:id/report", "/api/v1/*")
 * compiled to regular expressions: `:locale` matches a site locale, other `:name` parameters
 * one path segment, a trailing `*` anything below.
 */
const LOCALES = ['en', 'zh-TW'];

export function compileRoutePattern(pattern: string): RegExp {
  const parts = pattern.split('/').map((part) => {
    if (part === ':locale') return `(?:${LOCALES.join('|')})`;
    if (part.startsWith(':')) return '[^/]+';
    if (part === '*') return '.*';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}/?$`);
}

/** The site locale a path starts with ("/zh-TW/ask" → "zh-TW"), English otherwise. */
export function localeOfPath(path: string): 'en' | 'zh-TW' {
  return path === '/zh-TW' || path.startsWith('/zh-TW/') ? 'zh-TW' : 'en';
}
