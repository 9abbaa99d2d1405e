/** Public Q&A pages: a Q&A, a department's Q&As, the list of departments, and the asker's status link. */

import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { snippet } from '../../lib/text.ts';
import { hashToken } from '../../lib/tokens.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { Pager } from '../../web/layout.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { AskerInfoPanel } from '../answers/info-requests.views.tsx';
import { findDepartmentBySlug, listDepartments } from '../departments/departments.repository.ts';
import { ReportSection } from '../reports/reports.views.tsx';
import { recordSuggestionOpen } from '../similar/similar.repository.ts';
import { StatusPage } from './ask.views.tsx';
import { cachedPublishedCounts, listPublishedInDepartment } from './questions.repository.ts';
import { loadQuestionPage, questionIdForToken } from './questions.service.ts';
import { localName, QaPage, QuestionListItem, qaHeading, type ViewContext } from './questions.views.tsx';

export const DEPARTMENT_PAGE_SIZE = 20;
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export const viewContext = (c: AppContext): ViewContext => ({
  locale: c.get('locale'),
  t: c.get('t'),
  timeZone: c.get('deps').config.TIMEZONE,
});

export const absoluteUrl = (c: AppContext, path: string) =>
  new URL(path, c.get('deps').config.PUBLIC_URL ?? new URL(c.req.url).origin).toString();

/** schema.org QAPage data: the question and each doctor's answer. */
function qaPageJsonLd(c: AppContext, page: Awaited<ReturnType<typeof loadQuestionPage>>) {
  const { question } = page;
  const url = absoluteUrl(c, urls.question(question.lang, question.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    inLanguage: question.lang,
    mainEntity: {
      '@type': 'Question',
      name: question.pageTitle,
      text: question.body,
      dateCreated: question.askedAt.toISOString(),
      author: { '@type': 'Person', name: question.pseudonym },
      answerCount: page.answers.length,
      suggestedAnswer: page.answers.map((answer) => ({
        '@type': 'Answer',
        text: answer.body,
        dateCreated: answer.answeredAt.toISOString(),
        url: `${url}#answer-${answer.id}`,
        author: { '@type': 'Person', name: answer.doctor.nameEn, jobTitle: 'Physician' },
      })),
    },
  };
}

export const questionRoutes = new Hono<AppEnv>();

questionRoutes.get('/questions/:id', async (c) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  const db = c.get('deps').db;
  const page = await loadQuestionPage(db, c.get('actor'), id.data, { countView: true });
  // An asker opened an "already answered?" suggestion instead of asking: worth knowing.
  const suggestionRank = Number(c.req.query('suggestion'));
  if (
    page.question.status === 'published' &&
    Number.isInteger(suggestionRank) &&
    suggestionRank >= 1 &&
    suggestionRank <= 20
  ) {
    await recordSuggestionOpen(db, { questionId: id.data, lang: c.get('locale'), rank: suggestionRank });
  }
  const v = viewContext(c);
  const published = page.question.status === 'published';
  return render(
    c,
    {
      title: qaHeading(v, page.question.pageTitle, page.department),
      description: snippet(page.question.body, 155),
      path: localPath(c),
      noindex: !published,
      // The Q&A's own language is its preferred URL; the other locale only changes the interface.
      canonical: published ? absoluteUrl(c, urls.question(page.question.lang, page.question.id)) : undefined,
      jsonLd: published ? qaPageJsonLd(c, page) : undefined,
    },
    <QaPage
      v={v}
      {...page}
      absoluteUrl={absoluteUrl(c, urls.question(v.locale, page.question.id))}
      publicView
      footer={
        published ? (
          <ReportSection v={v} questionId={page.question.id} reported={c.req.query('reported') === '1'} />
        ) : undefined
      }
    />,
  );
});

/** The asker's private link: their question with its status, whatever the status. */
questionRoutes.get('/status/:token', async (c) => {
  const token = c.req.param('token');
  const db = c.get('deps').db;
  const id = await questionIdForToken(db, token);
  const page = await loadQuestionPage(db, c.get('actor'), id, { tokenHash: hashToken(token) });
  const v = viewContext(c);
  // No-referrer, noindex and no-store for this secret link: securityHeaders (privatePaths).
  return render(
    c,
    { title: v.t.ask.statusHeading, path: localPath(c), noindex: true },
    <StatusPage
      v={v}
      page={page}
      token={token}
      done={c.req.query('done')}
      infoRequests={
        <AskerInfoPanel
          v={v}
          db={db}
          questionId={id}
          token={token}
          status={page.question.status}
          thanks={c.req.query('replied') === '1'}
        />
      }
    />,
  );
});

questionRoutes.get('/departments', async (c) => {
  const v = viewContext(c);
  const db = c.get('deps').db;
  const [departments, counts] = [await listDepartments(db), await cachedPublishedCounts(db, v.locale)];
  return render(
    c,
    { title: v.t.nav.departments, path: localPath(c) },
    <section>
      <h1>{v.t.nav.departments}</h1>
      <ul class="department-grid">
        {departments.map((d) => (
          <li>
            <a href={urls.department(v.locale, d.slug)}>{localName(v.locale, d)}</a>
            <span class="count">{v.t.department.count(counts.get(d.id) ?? 0)}</span>
          </li>
        ))}
      </ul>
    </section>,
  );
});

questionRoutes.get('/departments/:slug', async (c) => {
  const v = viewContext(c);
  const db = c.get('deps').db;
  const department = await findDepartmentBySlug(db, c.req.param('slug'));
  if (!department) throw notFound('department');
  const page = pageParam.parse(c.req.query('page'));
  const { items, total } = await listPublishedInDepartment(
    db,
    department.id,
    v.locale,
    page,
    DEPARTMENT_PAGE_SIZE,
  );
  const pages = Math.max(1, Math.ceil(total / DEPARTMENT_PAGE_SIZE));
  if (page > pages) throw notFound('page');
  const name = localName(v.locale, department);
  return render(
    c,
    { title: page > 1 ? `${name} (${page})` : name, path: localPath(c) },
    <section class="department-page">
      <h1>{name}</h1>
      <p class="count">{v.t.department.count(total)}</p>
      {items.length === 0 ? <p>{v.t.department.empty}</p> : null}
      <ol class="qa-list">
        {items.map((item) => (
          <QuestionListItem v={v} item={item} />
        ))}
      </ol>
      <Pager t={v.t} page={page} pages={pages} href={(p) => urls.department(v.locale, department.slug, p)} />
    </section>,
  );
});
