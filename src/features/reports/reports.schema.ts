/** Input schemas of a reader's report of a Q&A and of an editor closing one. */
import { z } from 'zod';

export const REPORT_REASONS = ['personal_info', 'medical_error', 'offensive', 'copyright', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

const text = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, `too_long:${max}`));

export const reportSchema = z
  .object({ reason: z.enum(REPORT_REASONS, 'required'), details: text(2000) })
  .superRefine((form, ctx) => {
    // "Other" says nothing by itself: ask what it is.
    if (form.reason === 'other' && form.details.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'too_short:5' });
    }
  });
export type ReportForm = z.infer<typeof reportSchema>;

/** Resolving needs a note saying what was done; dismissing may say why. */
export const resolveReportSchema = z.object({
  note: text(1000).pipe(z.string().min(3, 'too_short:3')),
});
export const dismissReportSchema = z.object({ note: text(1000) });
