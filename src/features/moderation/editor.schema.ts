/** Input schemas of the editor's text edits (question, answer, More Info). */
import { z } from 'zod';

const text = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(min, `too_short:${min}`).max(max, `too_long:${max}`));

export const editQuestionSchema = z.object({ title: text(4, 200), body: text(20, 20_000) });
export const editAnswerSchema = z.object({ body: text(20, 20_000) });
export const editMoreInfoSchema = z.object({ moreInfo: text(0, 20_000) });
