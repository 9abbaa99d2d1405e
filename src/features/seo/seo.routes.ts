/** robots.txt and XML sitemaps of the published Q&As, for the readers who arrive from search engines. */
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { urls } from '../../web/urls.ts';
import { countPublishedQuestions } from '../search/search-index.repository.ts';
import { publishedChunk } from './seo.repository.ts';

/** URLs per sitemap file; the protocol allows 50,000. */
export const SITEMAP_CHUNK = 10_000;

const origin = (c: AppContext) =>
  c.get('deps').config.PUBLIC_URL?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
const xml = (c: AppContext, body: string) =>
  c.body(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, 200, {
    'content-type': 'application/xml; charset=utf-8',
    'cache-control': 'public, max-age=3600',
  });

export const seoRoutes = new Hono<AppEnv>();

seoRoutes.get('/robots.txt', (c) =>
  c.text(
    [
      'User-agent: *',
      'Disallow: /en/status/',
      'Disallow: /zh-TW/status/',
      'Disallow: /en/doctor',
      'Disallow: /zh-TW/doctor/',
      'Disallow: /en/editor',
      'Disallow: /zh-TW/editor',
      `Sitemap: ${origin(c)}/sitemap.xml`,
      '',
    ].join('\n'),
  ),
);

seoRoutes.get('/sitemap.xml', async (c) => {
  const chunks = Math.max(1, Math.ceil((await countPublishedQuestions(c.get('deps').db)) / SITEMAP_CHUNK));
  const base = origin(c);
  const entries = Array.from(
    { length: chunks },
    (_, i) => `<sitemap><loc>${base}/sitemaps/questions-${i + 1}.xml</loc></sitemap>`,
  );
  return xml(
    c,
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>`,
  );
});

seoRoutes.get('/sitemaps/:file', async (c) => {
  const n = Number(/^questions-(\d{1,6})\.xml$/.exec(c.req.param('file'))?.[1] ?? 0);
  if (n < 1) return c.notFound();
  const rows = await publishedChunk(c.get('deps').db, n - 1, SITEMAP_CHUNK);
  if (rows.length === 0 && n !== 1) return c.notFound();
  const base = origin(c);
  const entries = rows.map(
    (row) =>
      `<url><loc>${base}${urls.question(row.lang, row.id)}</loc><lastmod>${row.updatedAt.toISOString().slice(0, 10)}</lastmod></url>`,
  );
  return xml(c, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>`);
});
