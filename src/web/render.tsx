/** Renders a page inside the layout with the request's locale, messages and actor. */
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { AppContext } from './context.ts';
import { Layout, type PageMeta } from './layout.tsx';

export function render(
  c: AppContext,
  meta: PageMeta,
  body: Child,
  status: 200 | 201 | 400 | 401 | 404 | 409 | 422 | 429 | 500 = 200,
) {
  // Without the doctype browsers render in quirks mode (forms get a bottom margin, tables drop the
  // page's font size, ...).
  return c.html(
    html`<!doctype html>${(
      <Layout
        meta={meta}
        locale={c.get('locale')}
        t={c.get('t')}
        actor={c.get('actor')}
        siteName={c.get('deps').config.SITE_NAME}
      >
        {body}
      </Layout>
    )}`,
    status,
  );
}

/** The path after the locale prefix ("/en/departments/x" → "/departments/x"), for the language switch. */
export function localPath(c: AppContext): string {
  const url = new URL(c.req.url);
  return url.pathname.replace(/^\/(en|zh-TW)(?=\/|$)/, '') + url.search;
}
