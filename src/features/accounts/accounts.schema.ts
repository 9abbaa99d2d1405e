/** Input schemas of the account forms; messages are the form codes of src/web/forms.tsx. */
import { z } from 'zod';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(254, 'too_long:254')
  .pipe(z.email('invalid_email'));

/** A new password: long enough to resist guessing, short enough to hash cheaply. */
const newPassword = z
  .string()
  .min(PASSWORD_MIN, `too_short:${PASSWORD_MIN}`)
  .max(PASSWORD_MAX, `too_long:${PASSWORD_MAX}`);

export const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const signUpSchema = z.object({
  email,
  displayName: z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(60, 'too_long:60')),
  password: newPassword,
});

export const emailOnlySchema = z.object({ email });
export const resetSchema = z.object({ password: newPassword });

/** A private status link (full URL, path, or the bare token). */
export const attachSchema = z.object({
  link: z.string().trim().min(1, 'required').max(1000, 'too_long:1000'),
});

/** The token of a status link as pasted: the last path segment of a /status/ URL, or the token itself. */
export function statusTokenFrom(input: string): string | undefined {
  const match = /(?:^|\/status\/)([A-Za-z0-9_-]{16,128})\/?(?:[?#].*)?$/.exec(input.trim());
  return match?.[1];
}

/** Emailed link tokens are base64url; anything else cannot be one. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
