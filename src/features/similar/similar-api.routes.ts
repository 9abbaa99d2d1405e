/**
 * Similar-question API (docs/api.md): POST /api/v1/similar for text being typed or sent by
 * another system, GET /api/v1/questions/{id}/similar for a published Q&A. Published Q&As only.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { LANGS, questions } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { urls } from '../../web/urls.ts';
import { parseInput } from '../api/api.routes.ts';
import { findDepartmentByName } from '../departments/departments.repository.ts';
import { siteLexicon } from '../search/lexicon/site-lexicon.ts';
import { searchProviderFor } from '../search/search.provider.ts';
import type { EmbeddingsClient } from './embeddings.client.ts';
import { similarText } from './question-vector.ts';
import { similarSources } from './similar.repository.ts';
import { findSimilar, type SimilarHit } from './similar.service.ts';

export const similarRequestSchema = z.object({
  text: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(5000, 'must be at most 5000 characters'),
  lang: z.enum(LANGS).optional(),
  department: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50').default(10),
});

const idSchema = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const limitSchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

export interface ApiSimilarResult {
  id: number;
  externalId: string | null;
  url: string;
  title: string;
  score: number;
}

async function describe(db: Db, hits: readonly SimilarHit[]): Promise<ApiSimilarResult[]> {
  if (hits.length === 0) return [];
  const rows = await db
    .select({
      id: questions.id,
      externalId: questions.externalId,
      title: questions.pageTitle,
      lang: questions.lang,
    })
    .from(questions)
    .where(
      and(
        inArray(
          questions.id,
          hits.map((h) => h.id),
        ),
        eq(questions.status, 'published'),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const score = Math.round(hit.score * 10_000) / 10_000;
    return [
      {
        id: row.id,
        externalId: row.externalId,
        url: urls.question(row.lang, row.id),
        title: row.title,
        score,
      },
    ];
  });
}

/** `embeddings`: the configured embeddings client, if any (see similar.service.ts). */
export function createSimilarApiRoutes(getDb: () => Db, embeddings?: EmbeddingsClient) {
  const app = new Hono();

  app.post('/similar', async (c) => {
    const body = await c.req.json().catch(() => {
      throw new AppError(400, 'invalid_input', 'The body must be JSON.');
    });
    const input = parseInput(similarRequestSchema, body);
    const db = getDb();
    let departmentId: number | undefined;
    if (input.department) {
      departmentId = (await findDepartmentByName(db, input.department))?.id;
      if (departmentId === undefined) {
        throw new AppError(400, 'invalid_input', 'Unknown department.', { department: 'unknown department' });
      }
    }
    const hits = await findSimilar(
      db,
      searchProviderFor(db),
      await siteLexicon(db),
      {
        text: input.text,
        lang: input.lang,
        departmentId,
        limit: input.limit,
      },
      embeddings && { client: embeddings },
    );
    return c.json({ results: await describe(db, hits) });
  });

  app.get('/questions/:id/similar', async (c) => {
    const { id } = parseInput(idSchema, c.req.param());
    const { limit } = parseInput(limitSchema, c.req.query());
    const db = getDb();
    const [source] = await similarSources(db, [id]);
    if (!source) throw notFound('question');
    const hits = await findSimilar(
      db,
      searchProviderFor(db),
      await siteLexicon(db),
      {
        text: similarText(source),
        lang: source.lang,
        departmentId: source.departmentId,
        excludeIds: [id],
        limit,
      },
      embeddings && { client: embeddings, sourceId: id },
    );
    return c.json({ results: await describe(db, hits) });
  });

  return app;
}
