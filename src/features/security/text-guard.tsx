/**
 * Refuses text the database cannot store as sent: a NUL character (PostgreSQL text cannot hold
 * it) or a lone UTF-16 surrogate (it would be silently replaced by U+FFFD on the way in). Checked
 * once for every request, in the query string and in form and JSON bodies, before any route
 * runs; the answer is 400 naming the fields, as JSON for the API and as a page otherwise.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { messages } from '../../web/i18n/index.ts';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { localeOfPath } from './route-pattern.ts';
import { securityMessages } from './security.messages.ts';

/** Whether a string can be stored and read back unchanged. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/** Names of the fields (dotted paths for JSON) whose text cannot be stored. */
export function unstorableFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return isStorableText(value) && isStorableText(path) ? [] : [path || 'body'];
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableFields(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      unstorableFields(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

async function bodyOf(c: AppContext): Promise<unknown> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return undefined;
  const type = c.req.header('content-type') ?? '';
  // Hono keeps the parsed body, so the route reads the same values afterwards.
  if (type.includes('application/json')) return c.req.json().catch(() => undefined);
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    return c.req.parseBody({ all: true }).catch(() => undefined);
  }
  return undefined;
}

export function rejectUnstorableText(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A parameter given once is named by its key alone ("doctor", not "doctor[0]").
    const query = Object.fromEntries(
      Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    );
    const fields = [...unstorableFields(query), ...unstorableFields(await bodyOf(c))].map((field) =>
      // A field name itself may be the problem: show it safely.
      [...field].map((ch) => (isStorableText(ch) ? ch : '\uFFFD')).join(''),
    );
    if (fields.length === 0) return next();
    const unique = [...new Set(fields)].slice(0, 10);
    if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
      return c.json(
        {
          error: {
            code: 'invalid_text',
            message: 'Text with a null character or a lone surrogate cannot be stored.',
            fields: Object.fromEntries(
              unique.map((field) => [field, 'contains a character that cannot be stored']),
            ),
          },
        },
        400,
      );
    }
    const locale = localeOfPath(c.req.path);
    c.set('locale', locale);
    c.set('t', messages(locale));
    const m = securityMessages[locale];
    return render(
      c,
      { title: m.invalidTextTitle, path: c.req.path.replace(/^\/(en|zh-TW)/, ''), noindex: true },
      <section class="error-page">
        <h1>{m.invalidTextTitle}</h1>
        <p role="alert">{m.invalidText(unique.join(', '))}</p>
        <p>
          <a href={urls.home(locale)}>{m.back}</a>
        </p>
      </section>,
      400,
    );
  };
}
