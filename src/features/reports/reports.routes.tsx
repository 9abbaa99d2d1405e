/** Readers report a published Q&A: POST /{locale}/questions/:id/report (and its own page for errors). */
import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { type FieldErrors, fieldErrors, readForm } from '../../web/forms.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { reportMessages } from './reports.messages.ts';
import { reportSchema } from './reports.schema.ts';
import { fileReport, reportableQuestion } from './reports.service.ts';
import { ReportForm } from './reports.views.tsx';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const parseId = (c: AppContext) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  return id.data;
};

export const reportRoutes = new Hono<AppEnv>();

async function showReportPage(
  c: AppContext,
  id: number,
  values: Record<string, string> = {},
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const { question } = await reportableQuestion(c.get('deps').db, c.get('actor'), id);
  const v = viewContext(c);
  const m = reportMessages(v.locale);
  return render(
    c,
    { title: m.heading, path: localPath(c), noindex: true },
    <section class="report-page">
      <h1>{m.heading}</h1>
      <p>
        <a href={urls.question(v.locale, id)} lang={question.lang} dir="auto">
          {question.pageTitle}
        </a>
      </p>
      <p class="hint">{m.intro}</p>
      {Object.keys(errors).length > 0 ? (
        <p class="form-error" role="alert">
          {m.fixErrors}
        </p>
      ) : null}
      <ReportForm v={v} questionId={id} values={values} errors={errors} />
    </section>,
    status,
  );
}

reportRoutes.get('/questions/:id/report', (c) => showReportPage(c, parseId(c)));

reportRoutes.post('/questions/:id/report', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = reportSchema.safeParse(form);
  if (!parsed.success) return showReportPage(c, id, form, fieldErrors(parsed.error), 422);
  await fileReport(c.get('deps').db, c.get('actor'), id, parsed.data);
  return c.redirect(`${urls.question(c.get('locale'), id)}?reported=1#report`, 303);
});
