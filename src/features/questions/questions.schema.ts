/** Input schemas of the ask form and the staff actions on a question. */
import { z } from 'zod';
import { AGE_RANGES, ASKING_FOR, GENDERS } from '../../db/schema.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(min, `too_short:${min}`).max(max, `too_long:${max}`));

export const askFormSchema = z.object({
  department: z.string().min(1, 'required'),
  title: text(4, 120),
  body: text(20, 5000),
  pseudonym: text(1, 40),
  ageRange: z.enum(AGE_RANGES, 'required'),
  gender: z.enum(GENDERS, 'required'),
  askingFor: z.enum(ASKING_FOR, 'required'),
  email: z
    .string()
    .trim()
    .transform((v) => v.toLowerCase())
    .pipe(z.union([z.literal(''), z.email('invalid_email')]))
    .optional(),
  consent: z.literal('yes', 'consent_required'),
});
export type AskForm = z.infer<typeof askFormSchema>;

export const replySchema = z.object({ body: text(20, 20_000) });
export const rejectSchema = z.object({ reason: text(3, 1000) });
export const pageTitleSchema = z.object({ pageTitle: text(4, 200) });

/** Why an asker withdraws an unanswered question (status link). */
export const WITHDRAW_REASONS = [
  'no_longer_needed',
  'saw_doctor',
  'found_answer',
  'privacy',
  'other',
] as const;
/** Why an asker asks for their published Q&A to be taken down (status link). */
export const REMOVAL_REASONS = ['privacy', 'no_longer_wanted', 'incorrect', 'other'] as const;
const optionalDetails = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(1000, 'too_long:1000'));
export const withdrawSchema = z.object({
  reason: z.enum(WITHDRAW_REASONS, 'required'),
  details: optionalDetails,
});
export const removalRequestSchema = z.object({
  reason: z.enum(REMOVAL_REASONS, 'required'),
  details: optionalDetails,
});
export type WithdrawForm = z.infer<typeof withdrawSchema>;
export type RemovalRequestForm = z.infer<typeof removalRequestSchema>;
