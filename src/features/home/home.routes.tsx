/** The home page: search box, recent answered questions, departments. */

import { Hono } from 'hono';
import type { AppEnv } from '../../web/context.ts';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { listDepartments } from '../departments/departments.repository.ts';
import { cachedPublishedCounts, listRecentPublished } from '../questions/questions.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { localName, QuestionListItem } from '../questions/questions.views.tsx';

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', async (c) => {
  const v = viewContext(c);
  const db = c.get('deps').db;
  const recent = await listRecentPublished(db, v.locale, 12);
  const departments = await listDepartments(db);
  const counts = await cachedPublishedCounts(db, v.locale);
  return render(
    c,
    { title: v.t.siteTagline, path: localPath(c) },
    <>
      <section class="hero">
        <h1>{v.t.siteTagline}</h1>
        <form method="get" action={urls.search(v.locale)} class="search-form" role="search">
          <input
            type="search"
            name="q"
            placeholder={v.t.home.searchPlaceholder}
            aria-label={v.t.nav.search}
          />
          <button type="submit">{v.t.home.searchButton}</button>
        </form>
        <p>
          <a class="button primary" href={urls.ask(v.locale)}>
            {v.t.home.askCta}
          </a>
        </p>
      </section>
      <div class="home-columns">
        <section>
          <h2>{v.t.home.recent}</h2>
          <ol class="qa-list">
            {recent.map((item) => (
              <QuestionListItem v={v} item={item} />
            ))}
          </ol>
        </section>
        <aside>
          <h2>{v.t.home.departments}</h2>
          <ul class="department-list">
            {departments.map((d) => (
              <li>
                <a href={urls.department(v.locale, d.slug)}>{localName(v.locale, d)}</a>{' '}
                <span class="count">{counts.get(d.id) ?? 0}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>,
  );
});
