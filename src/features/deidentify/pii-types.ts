/** The kinds of personal data the de-identification detector finds. */
export const PII_TYPES = [
  'name',
  'phone',
  'national_id',
  'nhi_number',
  'email',
  'url',
  'social_handle',
  'address',
  'birth_date',
  'medical_record',
  'bed',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** One piece of personal data: `text === input.slice(start, end)` (UTF-16 offsets). */
export interface Finding {
  type: PiiType;
  start: number;
  end: number;
  text: string;
}
