/**
 * The JSONL import/export record: one published (or other-status) Q&A per line.
 * Documented in docs/import-format.md; `openconsult export` writes exactly this shape.
 */
import { z } from 'zod';
import { AGE_RANGES, ASKING_FOR, GENDERS, LANGS, QUESTION_STATUSES } from '../../db/schema.ts';

/** "2021-08-05" or a full ISO 8601 timestamp. */
const dateString = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp',
  });

const nonEmpty = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const importAnswerSchema = z.object({
  doctorName: nonEmpty(200),
  hospital: nonEmpty(200),
  body: nonEmpty(50_000),
  answeredAt: dateString,
  /** Optional extras a richer source may carry. */
  doctorTitle: z.string().max(200).optional(),
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
