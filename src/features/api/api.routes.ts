/**
 * The public JSON API, version 1 (docs/api.md): read-only access to published Q&As.
 * Mounted by the web app at /api/v1. Only published Q&As exist here; anything else,
 * including a guessed id of an unpublished question, answers 404 like an unknown id.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { logger } from '../../lib/logger.ts';
import { urls } from '../../web/urls.ts';
import { findDepartmentByName } from '../departments/departments.repository.ts';
import {
  countQuestions,
  findAnswers,
  findQuestions,
  type QuestionFilter,
  type StoredAnswer,
  type StoredQuestion,
} from '../transfer/transfer.repository.ts';

/** Q&As per page of a list. */
export const API_PAGE_SIZE = 20;

const MAX_ID = 2_147_483_647; // PostgreSQL integer: a larger id would be a database error, not a 404

const idParamsSchema = z.object({
  id: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_ID, 'is too large'),
});

const listQuerySchema = z.object({
  externalId: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  /** Slug, English or Chinese name, or alias. */
  department: z.string().trim().min(1, 'must not be empty').max(200).optional(),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000).default(1),
});

/** One published Q&A as the API shows it. */
export interface ApiQuestion {
  id: number;
  externalId: string | null;
  url: string;
  title: string;
  department: { slug: string; nameEn: string; nameZh: string };
  lang: StoredQuestion['lang'];
  askedAt: string;
  publishedAt: string | null;
  question: {
    title: string;
    body: string;
    askerName: string;
    ageRange: StoredQuestion['ageRange'];
    gender: StoredQuestion['gender'];
  };
  answers: { doctor: { name: string; slug: string }; hospital: string; body: string; answeredAt: string }[];
}

/** Validates with `schema` or throws a 400 whose `fields` name each bad parameter. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    fields[field] ??= issue.message;
  }
  throw new AppError(400, 'invalid_input', 'Some parameters are invalid.', fields);
}

/**
 * The /api/v1 sub-app. `getDb` is called per request, so the app can be built before the
 * database is open.
 */
export function createApiRoutes(getDb: () => Db) {
  const app = new Hono();

  app.get('/questions/:id', async (c) => {
    const { id } = parseInput(idParamsSchema, { id: c.req.param('id') });
    const [result] = await loadPublished(getDb(), { id }, { limit: 1 });
    if (!result) throw notFound('question');
    return c.json(result, 200, { 'cache-control': 'public, max-age=60' });
  });

  app.get('/questions', async (c) => {
    const query = parseInput(listQuerySchema, c.req.query());
    const db = getDb();
    const filter: QuestionFilter = {};
    if (query.externalId !== undefined) filter.externalId = query.externalId;
    if (query.department !== undefined) {
      const department = await findDepartmentByName(db, query.department);
      if (!department) {
        throw new AppError(400, 'invalid_input', 'Some parameters are invalid.', {
          department: 'unknown department',
        });
      }
      filter.departmentId = department.id;
    }
    const total = await countQuestions(db, { ...filter, status: 'published' });
    const results = await loadPublished(db, filter, {
      limit: API_PAGE_SIZE,
      offset: (query.page - 1) * API_PAGE_SIZE,
    });
    return c.json({ results, page: query.page, pageSize: API_PAGE_SIZE, total }, 200, {
      'cache-control': 'public, max-age=60',
    });
  });

  // Mounted, the web app's handler does the same; this keeps the sub-app JSON on its own too.
  app.onError((error, c) => {
    if (error instanceof AppError) {
      return c.json(
        { error: { code: error.code, message: error.message, fields: error.fields } },
        error.status,
      );
    }
    logger.error({ err: error, path: c.req.path }, 'unhandled API error');
    return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
  });

  return app;
}

async function loadPublished(
  db: Db,
  filter: QuestionFilter,
  page: { limit: number; offset?: number },
): Promise<ApiQuestion[]> {
  const questions = await findQuestions(
    db,
    { ...filter, status: 'published' },
    { ...page, order: 'published' },
  );
  const answers = await findAnswers(
    db,
    questions.map((question) => question.id),
  );
  return questions.map((question) =>
    toApiQuestion(
      question,
      answers.filter((answer) => answer.questionId === question.id),
    ),
  );
}

function toApiQuestion(question: StoredQuestion, answers: StoredAnswer[]): ApiQuestion {
  const en = question.lang === 'en';
  return {
    id: question.id,
    externalId: question.externalId,
    url: urls.question(question.lang, question.id),
    title: question.pageTitle,
    department: {
      slug: question.departmentSlug,
      nameEn: question.departmentNameEn,
      nameZh: question.departmentNameZh,
    },
    lang: question.lang,
    askedAt: question.askedAt.toISOString(),
    publishedAt: question.publishedAt?.toISOString() ?? null,
    question: {
      title: question.title,
      body: question.body,
      askerName: question.pseudonym,
      ageRange: question.ageRange,
      gender: question.gender,
    },
    answers: answers.map((answer) => ({
      doctor: { name: en ? answer.doctorNameEn : answer.doctorNameZh, slug: answer.doctorSlug },
      hospital: en ? answer.hospitalNameEn : answer.hospitalNameZh,
      body: answer.body,
      answeredAt: answer.answeredAt.toISOString(),
    })),
  };
}
