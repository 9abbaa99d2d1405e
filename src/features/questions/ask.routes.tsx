/** The ask form. */

import { Hono } from 'hono';
import { AppError } from '../../lib/errors.ts';
import type { AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { attachAskedQuestion } from '../accounts/account-questions.service.ts';
import { listDepartments } from '../departments/departments.repository.ts';
import { AskForm, AskSent } from './ask.views.tsx';
import { absoluteUrl, viewContext } from './questions.routes.tsx';
import { askFormSchema } from './questions.schema.ts';
import { askQuestion } from './questions.service.ts';

export const askRoutes = new Hono<AppEnv>();

askRoutes.get('/ask', async (c) => {
  const v = viewContext(c);
  const departments = await listDepartments(c.get('deps').db);
  const values = { department: c.req.query('department') ?? '' };
  return render(
    c,
    { title: v.t.ask.heading, path: localPath(c) },
    <AskForm v={v} departments={departments} values={values} errors={{}} />,
  );
});

askRoutes.post('/ask', async (c) => {
  const v = viewContext(c);
  const deps = c.get('deps');
  const values = await readForm(c.req);
  const parsed = askFormSchema.safeParse(values);
  let errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (parsed.success) {
    try {
      const { id, token } = await askQuestion(deps, parsed.data, v.locale);
      // Signed in with a verified address: the question also appears on the account page.
      await attachAskedQuestion(deps.db, c.get('actor'), id);
      c.header('referrer-policy', 'no-referrer');
      return render(
        c,
        { title: v.t.ask.sentHeading, path: '/ask', noindex: true },
        <AskSent v={v} statusUrl={absoluteUrl(c, urls.status(v.locale, token))} />,
        201,
      );
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      errors = error.fields;
    }
  }
  const departments = await listDepartments(deps.db);
  return render(
    c,
    { title: v.t.ask.heading, path: localPath(c) },
    <AskForm v={v} departments={departments} values={values} errors={errors} />,
    422,
  );
});
