/**
 * Request size limits, per route: 256 KB for every form and API request, larger only on the
 * routes listed in BODY_LIMIT_RULES (uploads). A body over the limit is refused with 413 before
 * it is read, as JSON for the API and as a page in the visitor's language otherwise.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../../config.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { messages } from '../../web/i18n/index.ts';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { compileRoutePattern, localeOfPath } from './route-pattern.ts';
import { securityMessages } from './security.messages.ts';

export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Room for the multipart envelope and the other fields around an uploaded file. */
const FORM_OVERHEAD = 256 * 1024;

export interface BodyLimitRule {
  method: 'POST' | '*';
  /** Route pattern, see route-pattern.ts. */
  path: string;
  maxBytes: (config: Config) => number;
}

/** Routes that accept more than DEFAULT_BODY_LIMIT: one line each. */
export const BODY_LIMIT_RULES: readonly BodyLimitRule[] = [
  // Doctor applications carry a licence document (LICENCE_MAX_BYTES, checked again by the route).
  {
    method: 'POST',
    path: '/:locale/doctor/apply',
    maxBytes: (config) => config.LICENCE_MAX_BYTES + FORM_OVERHEAD,
  },
];

function tooLarge(c: AppContext, maxBytes: number) {
  if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
    return c.json(
      { error: { code: 'too_large', message: `The request body is over ${maxBytes} bytes.` } },
      413,
    );
  }
  const locale = localeOfPath(c.req.path);
  c.set('locale', locale);
  c.set('t', messages(locale));
  const m = securityMessages[locale];
  return render(
    c,
    { title: m.tooLargeTitle, path: c.req.path.replace(/^\/(en|zh-TW)/, ''), noindex: true },
    <section class="error-page">
      <h1>{m.tooLargeTitle}</h1>
      <p role="alert">{m.tooLarge(Math.floor(maxBytes / 1024))}</p>
      <p>
        <a href={urls.home(locale)}>{m.back}</a>
      </p>
    </section>,
    413 as 400,
  );
}

/** One middleware applying the limit of the first matching rule, else DEFAULT_BODY_LIMIT. */
export function bodyLimits(
  config: Config,
  rules: readonly BodyLimitRule[] = BODY_LIMIT_RULES,
): MiddlewareHandler<AppEnv> {
  const limiter = (maxBytes: number) =>
    bodyLimit({ maxSize: maxBytes, onError: (c) => tooLarge(c as AppContext, maxBytes) });
  const compiled = rules.map((rule) => ({
    ...rule,
    pattern: compileRoutePattern(rule.path),
    handler: limiter(rule.maxBytes(config)),
  }));
  const fallback = limiter(DEFAULT_BODY_LIMIT);
  return (c, next) => {
    const rule = compiled.find(
      (r) => (r.method === '*' || r.method === c.req.method) && r.pattern.test(c.req.path),
    );
    return (rule?.handler ?? fallback)(c, next);
  };
}
