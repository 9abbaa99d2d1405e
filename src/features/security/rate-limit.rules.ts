/**
 * Every rate limit of the site, in one table, applied by one middleware
 * (rate-limit.middleware.tsx). Each rule counts requests to a route per client IP, per signed-in
 * account, or per email address tried (hashed), in a fixed window; over the limit the answer is
 * 429 with Retry-After. Each limit can be changed with an environment variable named after the
 * rule (`RATE_LIMIT_SIGNIN_IP=20/15m`; see README "Configuration").
 */
import { z } from 'zod';

export type RateLimitScope =
  /** the client's IP address (see client-ip.ts) */
  | 'ip'
  /** the signed-in account; the rule does not apply to anonymous requests */
  | 'account'
  /** the email address in the form (normalized and hashed), whether or not an account has it */
  | 'email';

export interface RateLimitRule {
  /** Stable id: the key prefix in the store and, upper-cased, the env variable RATE_LIMIT_<ID>. */
  id: string;
  method: 'POST' | '*';
  /** Route pattern, see route-pattern.ts. */
  path: string;
  scope: RateLimitScope;
  limit: number;
  windowSeconds: number;
}

const MINUTE = 60;
const HOUR = 3600;

export const RATE_LIMIT_RULES: readonly RateLimitRule[] = [
  // Sign-in: per IP, and per email tried, whether or not the account exists (no enumeration).
  {
    id: 'signin_ip',
    method: 'POST',
    path: '/:locale/signin',
    scope: 'ip',
    limit: 30,
    windowSeconds: 15 * MINUTE,
  },
  {
    id: 'signin_email',
    method: 'POST',
    path: '/:locale/signin',
    scope: 'email',
    limit: 10,
    windowSeconds: 15 * MINUTE,
  },
  {
    id: 'signin_link_ip',
    method: 'POST',
    path: '/:locale/signin/link',
    scope: 'ip',
    limit: 10,
    windowSeconds: 15 * MINUTE,
  },
  {
    id: 'signin_link_email',
    method: 'POST',
    path: '/:locale/signin/link',
    scope: 'email',
    limit: 5,
    windowSeconds: HOUR,
  },
  { id: 'signup_ip', method: 'POST', path: '/:locale/signup', scope: 'ip', limit: 10, windowSeconds: HOUR },
  {
    id: 'signup_email',
    method: 'POST',
    path: '/:locale/signup',
    scope: 'email',
    limit: 5,
    windowSeconds: HOUR,
  },
  {
    id: 'password_forgot_ip',
    method: 'POST',
    path: '/:locale/password/forgot',
    scope: 'ip',
    limit: 10,
    windowSeconds: HOUR,
  },
  {
    id: 'password_forgot_email',
    method: 'POST',
    path: '/:locale/password/forgot',
    scope: 'email',
    limit: 5,
    windowSeconds: HOUR,
  },
  // Asking and reporting: per IP, and per account when signed in.
  { id: 'ask_ip', method: 'POST', path: '/:locale/ask', scope: 'ip', limit: 10, windowSeconds: HOUR },
  {
    id: 'ask_account',
    method: 'POST',
    path: '/:locale/ask',
    scope: 'account',
    limit: 10,
    windowSeconds: HOUR,
  },
  {
    id: 'report_ip',
    method: 'POST',
    path: '/:locale/questions/:id/report',
    scope: 'ip',
    limit: 20,
    windowSeconds: HOUR,
  },
  {
    id: 'report_account',
    method: 'POST',
    path: '/:locale/questions/:id/report',
    scope: 'account',
    limit: 20,
    windowSeconds: HOUR,
  },
  // Links from emails, used by posting their form: per IP (each try guesses a token).
  {
    id: 'signin_link_use_ip',
    method: 'POST',
    path: '/:locale/signin/link/:token',
    scope: 'ip',
    limit: 30,
    windowSeconds: 15 * MINUTE,
  },
  {
    id: 'password_reset_ip',
    method: 'POST',
    path: '/:locale/password/reset/:token',
    scope: 'ip',
    limit: 10,
    windowSeconds: HOUR,
  },
  {
    id: 'verify_ip',
    method: 'POST',
    path: '/:locale/verify/:token',
    scope: 'ip',
    limit: 30,
    windowSeconds: HOUR,
  },
  // The status link's forms (askers without an account): per IP.
  {
    id: 'more_info_ip',
    method: 'POST',
    path: '/:locale/status/:token/more-info',
    scope: 'ip',
    limit: 20,
    windowSeconds: HOUR,
  },
  {
    id: 'withdraw_ip',
    method: 'POST',
    path: '/:locale/status/:token/withdraw',
    scope: 'ip',
    limit: 10,
    windowSeconds: HOUR,
  },
  {
    id: 'removal_ip',
    method: 'POST',
    path: '/:locale/status/:token/remove',
    scope: 'ip',
    limit: 10,
    windowSeconds: HOUR,
  },
  // Signed-in forms that send email, guess status links or store an upload: per account (and IP).
  {
    id: 'verify_resend_account',
    method: 'POST',
    path: '/:locale/account/verify-email',
    scope: 'account',
    limit: 5,
    windowSeconds: HOUR,
  },
  {
    id: 'attach_account',
    method: 'POST',
    path: '/:locale/account/attach',
    scope: 'account',
    limit: 20,
    windowSeconds: HOUR,
  },
  {
    id: 'doctor_apply_ip',
    method: 'POST',
    path: '/:locale/doctor/apply',
    scope: 'ip',
    limit: 10,
    windowSeconds: HOUR,
  },
  {
    id: 'doctor_apply_account',
    method: 'POST',
    path: '/:locale/doctor/apply',
    scope: 'account',
    limit: 5,
    windowSeconds: HOUR,
  },
  // The JSON API: every request, per IP and per account.
  { id: 'api_ip', method: '*', path: '/api/v1/*', scope: 'ip', limit: 300, windowSeconds: MINUTE },
  { id: 'api_account', method: '*', path: '/api/v1/*', scope: 'account', limit: 600, windowSeconds: MINUTE },
];

/** The env variable that overrides a rule's limit, e.g. RATE_LIMIT_SIGNIN_IP. */
export const rateLimitEnvName = (rule: Pick<RateLimitRule, 'id'>) => `RATE_LIMIT_${rule.id.toUpperCase()}`;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: MINUTE, h: HOUR, d: 24 * HOUR };

/** Parses "20/15m" (20 requests per 15 minutes; units s, m, h, d) into limit and window. */
export function parseLimitSpec(spec: string): { limit: number; windowSeconds: number } | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smhd])\s*$/.exec(spec);
  if (!match) return undefined;
  const limit = Number(match[1]);
  const windowSeconds = Number(match[2]) * UNIT_SECONDS[match[3]!]!;
  if (limit < 1 || windowSeconds < 1) return undefined;
  return { limit, windowSeconds };
}

/** The rule table with the limits set in the environment applied. */
export function configuredRules(env: Record<string, unknown>): RateLimitRule[] {
  return RATE_LIMIT_RULES.map((rule) => {
    const value = env[rateLimitEnvName(rule)];
    const parsed = typeof value === 'string' ? parseLimitSpec(value) : undefined;
    return parsed ? { ...rule, ...parsed } : rule;
  });
}

/** zod shape of the RATE_LIMIT_<ID> variables, spread into the configuration schema. */
export const rateLimitEnvSchema = Object.fromEntries(
  RATE_LIMIT_RULES.map((rule) => [
    rateLimitEnvName(rule),
    z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .refine(
          (spec) => parseLimitSpec(spec) !== undefined,
          'must look like 20/15m (count/window, units s m h d)',
        )
        .optional(),
    ),
  ]),
) as Record<string, z.ZodType<string | undefined>>;
