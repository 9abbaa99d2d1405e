/**
 * Configuration, read once from the environment and validated. Every variable is
 * documented in the README ("Configuration"). Tests call `resetConfig()` after
 * changing process.env.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { rateLimitEnvSchema } from './features/security/rate-limit.rules.ts';

const servicesSchema = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(z.enum(['web', 'worker'])).min(1));

/** A five-field cron expression (minute hour day-of-month month day-of-week). */
const cronSchema = z
  .string()
  .trim()
  .regex(/^\S+( \S+){4}$/, 'must be a cron expression with five fields, e.g. "30 7 * * *"');

/** An unset variable and an empty one mean the same: not configured. */
const optional = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), inner.optional());

/** PostgreSQL connections per process unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Public base URL used in links sent by email and in canonical URLs. */
  PUBLIC_URL: optional(z.url()),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_POOL_SIZE),
  SERVICES: servicesSchema.default(['web', 'worker']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Number of demo Q&As loaded by `npm start` into an empty database; 0 disables. */
  DEMO_QUESTIONS: z.coerce.number().int().min(0).default(2000),
  /** Time zone in which dates are shown (Ask Date, Reply Date). */
  TIMEZONE: z.string().default('Asia/Taipei'),
  SITE_NAME: z.string().default('OpenConsult'),
  /** When the doctors' daily digest is sent: a cron expression in TIMEZONE (default 07:30 every day). */
  DIGEST_CRON: cronSchema.default('30 7 * * *'),
  /** How often questions waiting longer than the answer target are escalated to editors (cron). */
  ESCALATION_CRON: cronSchema.default('*/15 * * * *'),
  /** SMTP connection URL (smtp://user:pass@host:port). Without it, emails are written to the log. */
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')),
  MAIL_FROM: z.string().default('OpenConsult <no-reply@localhost>'),
  /** Set to true behind HTTPS so that session cookies are marked Secure. */
  COOKIE_SECURE: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),
  /** Base URL of an OpenAI-compatible API (`http://127.0.0.1:11434/v1`); with EMBEDDINGS_MODEL, similar Q&A also uses embeddings. */
  EMBEDDINGS_URL: optional(z.url()),
  /** Embedding model name sent to EMBEDDINGS_URL. */
  EMBEDDINGS_MODEL: optional(z.string()),
  /** Bearer token for EMBEDDINGS_URL, when it needs one. */
  EMBEDDINGS_API_KEY: optional(z.string()),
  /** Largest licence document a doctor may upload with an application, in bytes (default 5 MB). */
  LICENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  /** Redis URL (redis://127.0.0.1:6379): rate limits are counted there instead of in the database. */
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')),
  /** Number of reverse proxies in front whose X-Forwarded-For/-Proto is trusted ("true" = 1); unset = none. */
  TRUST_PROXY: optional(
    z.union([z.literal('true').transform(() => 1), z.coerce.number().int().min(1).max(10)]),
  ),
  /** Rate limits on or off; default on, except off when NODE_ENV=test (tests that check them turn them on). */
  RATE_LIMITS: optional(z.enum(['on', 'off'])),
  /** RATE_LIMIT_<RULE>=N/window overrides one rule of src/features/security/rate-limit.rules.ts. */
  ...rateLimitEnvSchema,
});

export type Config = Readonly<
  z.infer<typeof schema> & { dataDir: string; engine: 'pglite' | 'postgres'; rateLimitsEnabled: boolean }
>;

let cached: Config | undefined;

/** Parses and freezes the configuration; exits with a readable message on a bad value. */
export function getConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  cached = Object.freeze({
    ...value,
    dataDir: resolve(value.DATA_DIR),
    engine: value.DATABASE_URL ? 'postgres' : 'pglite',
    rateLimitsEnabled: (value.RATE_LIMITS ?? (value.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
  });
  return cached;
}

/** Forgets the parsed configuration so the next `getConfig()` reads the environment again. */
export function resetConfig(): void {
  cached = undefined;
}
