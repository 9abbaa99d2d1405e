/** zod schemas of the doctor application form (the licence file is checked in licence-file.ts). */
import { z } from 'zod';

const text = (max: number) =>
  z
    .string({ message: 'required' })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(max, `too_long:${max}`));

export const applicationSchema = z.object({
  nameEn: text(100),
  nameZh: text(50),
  licenceNumber: text(40),
  hospitalId: z.coerce
    .number({ message: 'unknown_hospital' })
    .int('unknown_hospital')
    .positive('unknown_hospital'),
  departmentIds: z
    .array(
      z.coerce
        .number({ message: 'unknown_department' })
        .int('unknown_department')
        .positive('unknown_department'),
    )
    .min(1, 'departments_required')
    .max(20, 'too_long:20')
    .transform((ids) => [...new Set(ids)]),
});

export type ApplicationInput = z.infer<typeof applicationSchema>;

/** The reason an admin gives when rejecting (shown to the applicant and emailed). */
export const rejectSchema = z.object({ reason: text(1000) });
