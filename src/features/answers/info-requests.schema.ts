/** Input of the information-request forms: the doctor's request and the asker's answer. */
import { z } from 'zod';

const text = (min: number, max: number) =>
  z
    .string('required')
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(min, `too_short:${min}`).max(max, `too_long:${max}`));

export const requestInfoSchema = z.object({ message: text(10, 2000) });
export const infoReplySchema = z.object({ response: text(5, 5000) });
export const digestSchema = z.object({ subscribe: z.enum(['yes', 'no'], 'required') });
