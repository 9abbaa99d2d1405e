/**
 * Input of the search page and of GET /api/v1/search. The page drops a bad value (a form or a
 * hand-edited link must never fail); the API answers 400 naming the parameter.
 */
import { z } from 'zod';
import { LANGS } from '../../db/schema.ts';

/** A calendar day the database accepts: YYYY-MM-DD between 1900 and 2999, and real (no Feb 30). */
const day = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real date');

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const hasControlCharacter = (value: string) => Array.from(value).some((char) => char.charCodeAt(0) < 0x20);
// Control characters are refused: PostgreSQL rejects a NUL in a text parameter outright.
const optionalText = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(200, 'is too long')
    .refine((value) => !hasControlCharacter(value), 'must not contain control characters')
    .optional(),
);

/** Longest query the API accepts; the page silently keeps the first characters. */
export const MAX_QUERY_PARAM = 1000;
/** Pages past this are never needed: the total is capped at 1,000 matches (50 pages). */
const MAX_PAGE = 1000;

export const searchPageSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((value) => value.trim().slice(0, MAX_QUERY_PARAM)),
  department: optionalText.catch(undefined),
  doctor: optionalText.catch(undefined),
  hospital: optionalText.catch(undefined),
  /** Absent: the interface language; 'all': every language. */
  lang: z
    .enum([...LANGS, 'all'])
    .optional()
    .catch(undefined),
  from: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});
export type SearchPageInput = z.infer<typeof searchPageSchema>;

export const searchApiSchema = z.object({
  q: z.string().max(MAX_QUERY_PARAM, `must be at most ${MAX_QUERY_PARAM} characters`).default(''),
  /** Slug, English or Chinese name, or alias. */
  department: optionalText,
  doctor: optionalText,
  hospital: optionalText,
  /** Absent: every language. */
  lang: z.preprocess(blankToUndefined, z.enum(LANGS, 'must be en or zh-TW').optional()),
  from: z.preprocess(blankToUndefined, day.optional()),
  to: z.preprocess(blankToUndefined, day.optional()),
  page: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE, `must be at most ${MAX_PAGE}`)
    .default(1),
});
export type SearchApiInput = z.infer<typeof searchApiSchema>;
