/**
 * The JSONL import/export record: one published (or other-status) Q&A per line.
 * Documented in docs/import-format.md; `openconsult export` writes exactly this shape.
 */
import { z } from 'zod';
import { AGE_RANGES, ASKING_FOR, GENDERS, LANGS, QUESTION_STATUSES } from '../../db/schema.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A timestamp must carry its zone (Z or +08:00): without one, Date.parse would use the time
// zone of whichever machine runs the import, and the same file would import differently.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** True for a real calendar day: Date.parse would silently turn 2021-02-30 into March 2. */
function isCalendarDay(value: string): boolean {
  const match = DATE_ONLY.exec(value.slice(0, 10));
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2021-08-05" or a full ISO 8601 timestamp with a zone ("2021-08-05T09:30:00+08:00"). */
const dateString = z
  .string()
  .trim()
  .refine(
    (value) =>
      (DATE_ONLY.test(value) || TIMESTAMP.test(value)) &&
      isCalendarDay(value) &&
      !Number.isNaN(Date.parse(value)),
    { message: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with a zone (Z or +08:00)' },
  );

const nonEmpty = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const importAnswerSchema = z.object({
  doctorName: nonEmpty(200),
  hospital: nonEmpty(200),
  body: nonEmpty(50_000),
  answeredAt: dateString,
  /** Optional extras a richer source may carry. The department only links the doctor to it. */
  doctorTitle: z.string().trim().max(200).optional(),
  department: z.string().max(200).optional(),
});

export const importRecordSchema = z.object({
  externalId: nonEmpty(200),
  lang: z.enum(LANGS),
  department: nonEmpty(200),
  /** The readable page title. */
  title: nonEmpty(300),
  question: z.object({
    title: nonEmpty(300),
    body: nonEmpty(50_000),
    askerName: nonEmpty(100),
    ageRange: z.enum(AGE_RANGES),
    gender: z.enum(GENDERS),
    askedAt: dateString,
    askingFor: z.enum(ASKING_FOR).optional(),
  }),
  answers: z.array(importAnswerSchema).max(50).default([]),
  status: z.enum(QUESTION_STATUSES).default('published'),
  /** Markdown "More Info" article. */
  moreInfo: z.string().max(100_000).optional(),
  /** True when More Info was machine-written; it then needs review before it is shown. */
  moreInfoMachine: z.boolean().optional(),
  moreInfoReviewed: z.boolean().optional(),
  viewCount: z.number().int().min(0).optional(),
});

export type ImportRecord = z.infer<typeof importRecordSchema>;
export type ImportRecordInput = z.input<typeof importRecordSchema>;
