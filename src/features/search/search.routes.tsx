/** The search page, /{locale}/search (the JSON endpoint is search-api.routes.ts). */
import { Hono } from 'hono';
import type { AppEnv } from '../../web/context.ts';
import { localPath, render } from '../../web/render.tsx';
import { listDepartments } from '../departments/departments.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { searchPageSchema } from './search.schema.ts';
import { searchQuestions } from './search.service.ts';
import { SearchPage, type SearchParams } from './search.views.tsx';

export const searchRoutes = new Hono<AppEnv>();

searchRoutes.get('/search', async (c) => {
  const v = viewContext(c);
  const { db, config } = c.get('deps');
  const input = searchPageSchema.parse(c.req.query());
  const results = await searchQuestions(
    db,
    {
      ...input,
      // The interface language unless the reader chose another or all.
      lang: input.lang === 'all' ? undefined : (input.lang ?? v.locale),
    },
    { timeZone: config.TIMEZONE },
  );
  // Links keep only the filters that named something.
  const params: SearchParams = {
    q: input.q,
    department: results.department?.slug,
    doctor: results.doctor?.slug,
    hospital: results.hospital?.slug,
    lang: input.lang,
    from: input.from,
    to: input.to,
  };
  return render(
    c,
    {
      title: input.q ? `${v.t.nav.search}: ${input.q.slice(0, 60)}` : v.t.nav.search,
      path: localPath(c),
      noindex: true,
    },
    <SearchPage v={v} params={params} results={results} departments={await listDepartments(db)} />,
  );
});
