/**
 * The web application: middleware, the locale prefixes, every feature's routes, and one error
 * handler that answers HTML or JSON.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { accountRoutes, SESSION_COOKIE } from '../features/accounts/accounts.routes.tsx';
import { actorForSession } from '../features/accounts/accounts.service.ts';
import { adminRoutes } from '../features/admin/admin.routes.tsx';
import { doctorAreaRoutes } from '../features/answers/doctor-area.routes.tsx';
import { createApiRoutes } from '../features/api/api.routes.ts';
import { redactionRoutes } from '../features/deidentify/redaction.routes.tsx';
import { doctorApplyRoutes } from '../features/doctors/doctor-apply.routes.tsx';
import { doctorRoutes } from '../features/doctors/doctors.routes.tsx';
import { homeRoutes } from '../features/home/home.routes.tsx';
import { editorRoutes } from '../features/moderation/editor.routes.tsx';
import { lexiconEditorRoutes } from '../features/moderation/lexicon-editor.routes.tsx';
import { askRoutes } from '../features/questions/ask.routes.tsx';
import { askerActionRoutes } from '../features/questions/asker-actions.routes.tsx';
import { questionRoutes } from '../features/questions/questions.routes.tsx';
import { reportRoutes } from '../features/reports/reports.routes.tsx';
import { searchRoutes } from '../features/search/search.routes.tsx';
import { createSearchApiRoutes } from '../features/search/search-api.routes.ts';
import { bodyLimits } from '../features/security/body-limit.tsx';
import { rateLimit } from '../features/security/rate-limit.middleware.tsx';
import { configuredRules } from '../features/security/rate-limit.rules.ts';
import { DatabaseRateLimitStore } from '../features/security/rate-limit.store.ts';
import { securityHeaders } from '../features/security/security-headers.ts';
import { rejectUnstorableText } from '../features/security/text-guard.tsx';
import { seoRoutes } from '../features/seo/seo.routes.ts';
import { createEmbeddingsClient } from '../features/similar/embeddings.client.ts';
import { createSimilarApiRoutes } from '../features/similar/similar-api.routes.ts';
import { AppError } from '../lib/errors.ts';
import { logger } from '../lib/logger.ts';
import type { AppDeps, AppEnv } from './context.ts';
import { ErrorPage } from './error-page.tsx';
import { type Locale, messages, negotiateLocale } from './i18n/index.ts';
import { render } from './render.tsx';

const staticFiles: Record<string, { type: string; body: string }> = {
  'site.css': {
    type: 'text/css; charset=utf-8',
    body: readFileSync(new URL('./static/site.css', import.meta.url), 'utf8'),
  },
  'favicon.svg': {
    type: 'image/svg+xml',
    body: readFileSync(new URL('./static/favicon.svg', import.meta.url), 'utf8'),
  },
  'site.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(new URL('./static/site.js', import.meta.url), 'utf8'),
  },
};

function localeApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', homeRoutes);
  app.route('/', questionRoutes);
  app.route('/', askerActionRoutes);
  app.route('/', reportRoutes);
  app.route('/', askRoutes);
  app.route('/', doctorRoutes);
  app.route('/', accountRoutes);
  app.route('/', doctorApplyRoutes);
  app.route('/', doctorAreaRoutes);
  app.route('/', adminRoutes);
  app.route('/', editorRoutes);
  app.route('/', redactionRoutes);
  app.route('/', lexiconEditorRoutes);
  app.route('/', searchRoutes);
  return app;
}

/** Hono's own HTTP errors (CSRF 403, body limit) become AppErrors; anything else is a 500. */
function toAppError(error: Error): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    const status = error.status === 403 ? 403 : error.status === 413 ? 413 : 400;
    const code = status === 403 ? 'forbidden' : 'invalid_input';
    return new AppError(status, code, error.message || code);
  }
  return new AppError(500, 'internal', 'Something went wrong on our side.');
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(securityHeaders(deps.config));
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('actor', null);
    c.set('locale', 'en');
    c.set('t', messages('en'));
    await next();
  });
  // 256 KB per request; upload routes (the doctor application's licence document) have their own
  // rule in features/security/body-limit.tsx, and the route checks the file itself.
  app.use(bodyLimits(deps.config));
  // Form posts must come from our own pages (Origin check); PUBLIC_URL covers a reverse proxy.
  const publicOrigin = deps.config.PUBLIC_URL ? new URL(deps.config.PUBLIC_URL).origin : undefined;
  app.use(csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin }));
  app.use(async (c, next) => {
    c.set('actor', await actorForSession(deps.db, getCookie(c, SESSION_COOKIE)));
    await next();
  });
  app.use(
    rateLimit({
      rules: configuredRules(deps.config),
      store: deps.rateLimitStore ?? new DatabaseRateLimitStore(deps.db),
      enabled: deps.config.rateLimitsEnabled,
      trustProxy: deps.config.TRUST_PROXY,
    }),
  );
  // NUL characters and lone surrogates cannot be stored as sent: refused before any route (400).
  app.use(rejectUnstorableText());

  app.get('/static/:file', (c) => {
    const file = staticFiles[c.req.param('file')];
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'public, max-age=3600' });
  });
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/', (c) => {
    c.header('vary', 'Accept-Language');
    return c.redirect(`/${negotiateLocale(c.req.header('accept-language'))}`, 302);
  });
  app.route('/', seoRoutes);

  app.route(
    '/api/v1',
    createApiRoutes(() => deps.db),
  );
  app.route(
    '/api/v1',
    createSimilarApiRoutes(() => deps.db, createEmbeddingsClient(deps.config)),
  );
  app.route(
    '/api/v1/search',
    createSearchApiRoutes(() => deps),
  );

  for (const locale of ['en', 'zh-TW'] as Locale[]) {
    const scoped = new Hono<AppEnv>();
    scoped.use(async (c, next) => {
      c.set('locale', locale);
      c.set('t', messages(locale));
      await next();
    });
    scoped.route('/', localeApp());
    app.route(`/${locale}`, scoped);
  }

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    }
    return render(
      c,
      { title: c.get('t').errors.not_found!, path: '/', noindex: true },
      <ErrorPage code="not_found" t={c.get('t')} />,
      404,
    );
  });

  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.status === 500) logger.error({ err: error, path: c.req.path }, 'unhandled error');
    if (appError.status === 401 && !c.req.path.startsWith('/api/')) {
      const locale = c.get('locale') ?? 'en';
      return c.redirect(`/${locale}/signin?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
      return c.json(
        { error: { code: appError.code, message: appError.message, fields: appError.fields } },
        appError.status,
      );
    }
    return render(
      c,
      { title: c.get('t').errors[appError.code] ?? appError.message, path: '/', noindex: true },
      <ErrorPage
        code={appError.code}
        t={c.get('t')}
        message={appError.status < 500 ? appError.message : undefined}
      />,
      appError.status as 400,
    );
  });

  return app;
}
