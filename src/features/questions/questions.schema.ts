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
