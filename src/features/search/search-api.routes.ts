/**
 * GET /api/v1/search (docs/api.md): the site search as JSON. Mounted by the web app at
 * /api/v1/search; only published Q&As are ever returned.
 */
import { Hono } from 'hono';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { urls } from '../../web/urls.ts';
import { parseInput } from '../api/api.routes.ts';
import { type SnippetSegment, segmentsText } from './highlight.ts';
import { searchApiSchema } from './search.schema.ts';
import { SEARCH_PAGE_SIZE, searchQuestions } from './search.service.ts';

/** One hit as the API shows it. */
export interface ApiSearchResult {
  id: number;
  externalId: string | null;
  url: string;
  title: string;
  /** Plain text around the best match ("…" where cut). */
  snippet: string;
  /** The same snippet in pieces; `match` pieces are what the query matched. */
  snippetSegments: SnippetSegment[];
  department: { slug: string; nameEn: string; nameZh: string };
  lang: 'en' | 'zh-TW';
  publishedAt: string | null;
  /** Relevance, comparable only within one search. */
  score: number;
}

/** The sub-app; `getDeps` is called per request, so the app can be built before the database is open. */
export function createSearchApiRoutes(getDeps: () => { db: Db; config: Config }) {
  const app = new Hono();
  app.get('/', async (c) => {
    const input = parseInput(searchApiSchema, c.req.query());
    const { db, config } = getDeps();
    const results = await searchQuestions(db, input, { timeZone: config.TIMEZONE });
    if (results.unknown.length > 0) {
      throw new AppError(
        400,
        'invalid_input',
        'Some parameters are invalid.',
        Object.fromEntries(results.unknown.map((field) => [field, `unknown ${field}`])),
      );
    }
    const body = {
      total: results.total,
      totalCapped: results.totalCapped,
      relaxed: results.relaxed,
      page: results.page,
      pageSize: SEARCH_PAGE_SIZE,
      results: results.items.map(
        ({ summary, snippet, score }): ApiSearchResult => ({
          id: summary.id,
          externalId: summary.externalId,
          url: urls.question(summary.lang, summary.id),
          title: summary.pageTitle,
          snippet: segmentsText(snippet),
          snippetSegments: snippet,
          department: {
            slug: summary.department.slug,
            nameEn: summary.department.nameEn,
            nameZh: summary.department.nameZh,
          },
          lang: summary.lang,
          publishedAt: summary.publishedAt?.toISOString() ?? null,
          score: Math.round(score * 1e6) / 1e6,
        }),
      ),
    };
    return c.json(body, 200, { 'cache-control': 'public, max-age=60' });
  });
  return app;
}
