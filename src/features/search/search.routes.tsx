/** The search page (plain substring matching until the search feature lands). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../web/context.ts';
import { Pager } from '../../web/layout.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { QuestionListItem } from '../questions/questions.views.tsx';
import { searchPublished } from './search.repository.ts';

const PAGE_SIZE = 20;
const querySchema = z.object({
  q: z.string().trim().max(200).catch(''),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export const searchRoutes = new Hono<AppEnv>();

searchRoutes.get('/search', async (c) => {
  const v = viewContext(c);
  const { q, page } = querySchema.parse({ q: c.req.query('q') ?? '', page: c.req.query('page') });
  const { items, total } = await searchPublished(c.get('deps').db, q, v.locale, page, PAGE_SIZE);
  return render(
    c,
    { title: q ? `${v.t.nav.search}: ${q}` : v.t.nav.search, path: localPath(c), noindex: true },
    <section class="search-page">
      <form method="get" action={urls.search(v.locale)} class="search-form" role="search">
        <input
          type="search"
          name="q"
          value={q}
          aria-label={v.t.nav.search}
          placeholder={v.t.home.searchPlaceholder}
        />
        <button type="submit">{v.t.home.searchButton}</button>
      </form>
      {q ? <p class="count">{v.t.department.count(total)}</p> : null}
      <ol class="qa-list">
        {items.map((item) => (
          <QuestionListItem v={v} item={item} />
        ))}
      </ol>
      <Pager
        t={v.t}
        page={page}
        pages={Math.ceil(total / PAGE_SIZE)}
        href={(p) => `${urls.search(v.locale, q)}&page=${p}`}
      />
    </section>,
  );
});
