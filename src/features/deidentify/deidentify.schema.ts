/** Form input of the redaction routes. */
import { z } from 'zod';
import { PII_TYPES } from './pii-types.ts';

export const REDACTABLE_FIELDS = ['title', 'pageTitle', 'body', 'moreInfo', 'answer'] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];

const offset = z.coerce.number().int().min(0).max(1_000_000);

export const redactSchema = z
  .object({
    field: z.enum(REDACTABLE_FIELDS),
    answerId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    type: z.enum(PII_TYPES),
    start: offset,
    end: offset,
    text: z.string().min(1).max(2000),
  })
  .refine((v) => v.end > v.start && v.end - v.start === v.text.length, {
    message: 'invalid_span',
    path: ['end'],
  })
  .refine((v) => (v.field === 'answer') === (v.answerId !== undefined), {
    message: 'required',
    path: ['answerId'],
  });

export type RedactInput = z.infer<typeof redactSchema>;
