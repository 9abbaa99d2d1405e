/** The page frame: head, header with navigation and language switch, footer with the disclaimer. */
import type { Child } from 'hono/jsx';
import type { Actor } from '../lib/access.ts';
import { hasRole } from '../lib/access.ts';
import type { Locale, Messages } from './i18n/index.ts';
import { urls } from './urls.ts';

export interface PageMeta {
  title: string;
  description?: string;
  /** Path of this page without the locale prefix, for the language switch and hreflang. */
  path: string;
  noindex?: boolean;
  /** Absolute URL of the preferred version of this page. */
  canonical?: string;
  /** schema.org structured data (JSON-LD) for search engines. */
  jsonLd?: object;
}

/** JSON for a <script> data block: "<" is escaped so text can never close the element. */
const jsonForScript = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-TW' : 'en';
}

export function Layout(props: {
  meta: PageMeta;
  locale: Locale;
  t: Messages;
  actor: Actor | null;
  siteName: string;
  children: Child;
}) {
  const { meta, locale, t, actor, siteName } = props;
  const other = otherLocale(locale);
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${meta.title} | ${siteName}`}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        {meta.jsonLd ? (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonForScript(meta.jsonLd) }}
          />
        ) : null}
        <link rel="alternate" hreflang="en" href={`/en${meta.path}`} />
        <link rel="alternate" hreflang="zh-TW" href={`/zh-TW${meta.path}`} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/site.css" />
        <script src="/static/site.js" defer />
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href={urls.home(locale)}>
              {siteName}
            </a>
            <nav aria-label={t.nav.label}>
              <a href={urls.departments(locale)}>{t.nav.departments}</a>
              <a class="ask-link" href={urls.ask(locale)}>
                {t.nav.ask}
              </a>
              {hasRole(actor, 'doctor') && actor?.doctor ? (
                <a href={urls.doctorArea(locale)}>{t.nav.doctorArea}</a>
              ) : null}
              {hasRole(actor, 'editor') ? <a href={urls.editorArea(locale)}>{t.nav.editorArea}</a> : null}
              {actor?.roles.includes('admin') ? <a href={urls.admin(locale)}>{t.nav.adminArea}</a> : null}
              {actor ? <a href={urls.account(locale)}>{t.nav.account}</a> : null}
              {actor ? (
                <form method="post" action={`/${locale}/signout`} class="inline">
                  <button type="submit" class="link">
                    {t.nav.signOut} (<bdi>{actor.displayName}</bdi>)
                  </button>
                </form>
              ) : (
                <a href={urls.signIn(locale)}>{t.nav.signIn}</a>
              )}
              <a href={`/${other}${meta.path}`} hreflang={other} lang={other}>
                {t.nav.language}
              </a>
            </nav>
          </div>
        </header>
        <main class="wrap">{props.children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="disclaimer">{t.disclaimer}</p>
            <p>{`${siteName} · ${t.siteTagline}`}</p>
            <p>
              <a href={urls.doctorApply(locale)}>{t.nav.doctorApply}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Numbered pages: previous / "Page n of m" / next. */
export function Pager(props: { t: Messages; page: number; pages: number; href: (page: number) => string }) {
  const { t, page, pages, href } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t.pager.label}>
      {page > 1 ? (
        <a rel="prev" href={href(page - 1)}>
          {t.pager.previous}
        </a>
      ) : null}
      <span>{t.pager.page(page, pages)}</span>
      {page < pages ? (
        <a rel="next" href={href(page + 1)}>
          {t.pager.next}
        </a>
      ) : null}
    </nav>
  );
}
