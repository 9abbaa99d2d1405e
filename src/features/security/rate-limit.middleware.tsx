/**
 * The one rate-limit middleware: for each rule of rate-limit.rules.ts that matches the request,
 * counts a hit under the rule's key (IP, account or hashed email) in the shared store; over any
 * limit it answers 429 with Retry-After, as JSON for the API and as a page in the visitor's
 * language for forms. A store that fails (Redis away) lets requests through and logs why.
 */
import type { MiddlewareHandler } from 'hono';
import { logger } from '../../lib/logger.ts';
import { hashToken } from '../../lib/tokens.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { messages } from '../../web/i18n/index.ts';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { clientIp } from './client-ip.ts';
import type { RateLimitRule } from './rate-limit.rules.ts';
import type { RateLimitStore } from './rate-limit.store.ts';
import { compileRoutePattern, localeOfPath } from './route-pattern.ts';
import { securityMessages } from './security.messages.ts';

interface CompiledRule extends RateLimitRule {
  pattern: RegExp;
}

/** The key a rule counts this request under, or undefined when the rule does not apply to it. */
async function keyFor(c: AppContext, rule: RateLimitRule, trustProxy: number | undefined) {
  switch (rule.scope) {
    case 'ip':
      return `${rule.id}:ip:${ipKey(clientIp(c, trustProxy))}`;
    case 'account': {
      const actor = c.get('actor');
      return actor ? `${rule.id}:user:${actor.userId}` : undefined;
    }
    case 'email': {
      // Hono caches the parsed body, so the route reads the same form afterwards.
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const email = typeof form.email === 'string' ? form.email.trim().toLowerCase() : '';
      return email ? `${rule.id}:email:${hashToken(email)}` : undefined;
    }
  }
}

/** An IPv6 client usually holds a whole /64: count it as one. */
export function ipKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function rateLimit(options: {
  rules: readonly RateLimitRule[];
  store: RateLimitStore;
  enabled: boolean;
  trustProxy?: number;
}): MiddlewareHandler<AppEnv> {
  const rules: CompiledRule[] = options.rules.map((rule) => ({
    ...rule,
    pattern: compileRoutePattern(rule.path),
  }));
  return async (c, next) => {
    if (!options.enabled) return next();
    const path = c.req.path;
    const matching = rules.filter(
      (rule) => (rule.method === '*' || rule.method === c.req.method) && rule.pattern.test(path),
    );
    let blockedUntil: Date | undefined;
    for (const rule of matching) {
      const key = await keyFor(c, rule, options.trustProxy);
      if (!key) continue;
      try {
        const { hits, resetAt } = await options.store.hit(key, rule.windowSeconds * 1000);
        if (hits > rule.limit && (!blockedUntil || resetAt > blockedUntil)) blockedUntil = resetAt;
      } catch (error) {
        logger.warn({ err: error, rule: rule.id }, 'rate-limit store failed; request let through');
      }
    }
    if (!blockedUntil) return next();
    return tooManyRequests(c, blockedUntil);
  };
}

function tooManyRequests(c: AppContext, until: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  c.header('retry-after', String(seconds));
  if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
    return c.json(
      {
        error: {
          code: 'rate_limited',
          message: `Too many requests. Try again in ${seconds} seconds.`,
          retryAfterSeconds: seconds,
        },
      },
      429,
    );
  }
  const locale = localeOfPath(c.req.path);
  c.set('locale', locale);
  c.set('t', messages(locale));
  const m = securityMessages[locale];
  return render(
    c,
    { title: m.rateLimitedTitle, path: c.req.path.replace(/^\/(en|zh-TW)/, ''), noindex: true },
    <section class="error-page">
      <h1>{m.rateLimitedTitle}</h1>
      <p role="alert">{m.rateLimited(Math.ceil(seconds / 60))}</p>
      <p>{m.rateLimitedWorkKept}</p>
      <p>
        <a href={urls.home(locale)}>{m.back}</a>
      </p>
    </section>,
    429,
  );
}
