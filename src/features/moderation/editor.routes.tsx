/** The editor area: review new questions, fix page titles, publish answered Q&As. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import { formatDate } from '../../lib/text.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { Field, fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { listByStatus } from '../questions/questions.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { pageTitleSchema, rejectSchema } from '../questions/questions.schema.ts';
import {
  approveQuestion,
  loadQuestionPage,
  publishQuestion,
  rejectQuestion,
  removeQuestion,
  setPageTitle,
} from '../questions/questions.service.ts';
import { AnswerBlock, AskerLine, localName, Paragraphs } from '../questions/questions.views.tsx';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const parseId = (c: AppContext) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  return id.data;
};

export const editorRoutes = new Hono<AppEnv>();

editorRoutes.get('/editor', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const v = viewContext(c);
  const db = c.get('deps').db;
  const submitted = await listByStatus(db, ['submitted'], { limit: 100 });
  const answered = await listByStatus(db, ['answered'], { limit: 100 });
  const Queue = (props: { title: string; items: typeof submitted; kind: string }) => (
    <section class={`editor-queue ${props.kind}`}>
      <h2>
        {props.title} ({props.items.length})
      </h2>
      {props.items.length === 0 ? <p>{v.t.editorArea.empty}</p> : null}
      <ol class="queue-list">
        {props.items.map((q) => (
          <li class="queue-item" data-question-id={String(q.id)}>
            <a href={urls.editorQuestion(v.locale, q.id)}>{q.pageTitle}</a>
            <span class="meta">
              {localName(v.locale, q.department)} · {q.lang} · {formatDate(q.askedAt, v.timeZone)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
  return render(
    c,
    { title: v.t.editorArea.heading, path: '/editor', noindex: true },
    <>
      <h1>{v.t.editorArea.heading}</h1>
      <p>
        <a href={urls.editorLexicon(v.locale)}>{v.t.editorArea.lexiconLink}</a>
      </p>
      <Queue title={v.t.editorArea.submittedQueue} items={submitted} kind="submitted" />
      <Queue title={v.t.editorArea.answeredQueue} items={answered} kind="answered" />
    </>,
  );
});

async function showQuestion(
  c: AppContext,
  id: number,
  errors: Record<string, string> = {},
  status: 200 | 422 = 200,
) {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const page = await loadQuestionPage(c.get('deps').db, actor, id);
  const v = viewContext(c);
  const { question, department } = page;
  const t = v.t.editorArea;
  const action = (name: string) => `${urls.editorQuestion(v.locale, id)}/${name}`;
  return render(
    c,
    { title: question.pageTitle, path: `/editor/questions/${id}`, noindex: true },
    <section class="editor-question">
      <p>
        <a href={urls.editorArea(v.locale)}>← {t.heading}</a>
      </p>
      {c.req.query('saved') ? (
        <p class="notice" role="status">
          {t.saved}
        </p>
      ) : null}
      <h1>{question.pageTitle}</h1>
      <p class="meta">
        {localName(v.locale, department)} · {question.lang} · <strong>{v.t.status[question.status]}</strong>
        {question.status === 'published' ? (
          <>
            {' · '}
            <a href={urls.question(v.locale, id)}>{urls.question(v.locale, id)}</a>
          </>
        ) : null}
      </p>
      <form method="post" action={action('title')} class="title-form" novalidate>
        <Field name="pageTitle" label={t.pageTitle} error={errors.pageTitle} t={v.t}>
          <input id="pageTitle" name="pageTitle" type="text" value={question.pageTitle} maxlength={200} />
        </Field>
        <button type="submit">{t.saveTitle}</button>
      </form>
      <h2 class="question-title">{question.title}</h2>
      <div class="question-body">
        <Paragraphs text={question.body} />
      </div>
      <AskerLine v={v} question={question} />
      {page.answers.map((answer) => (
        <AnswerBlock v={v} answer={answer} department={department} />
      ))}
      <div class="actions">
        {question.status === 'submitted' ? (
          <form method="post" action={action('approve')} class="inline">
            <button type="submit" class="primary">
              {t.approve}
            </button>
          </form>
        ) : null}
        {question.status === 'answered' ? (
          <form method="post" action={action('publish')} class="inline">
            <button type="submit" class="primary">
              {t.publish}
            </button>
          </form>
        ) : null}
        {question.status === 'submitted' || question.status === 'approved' ? (
          <form method="post" action={action('reject')} class="reject-form" novalidate>
            <Field name="reason" label={t.rejectReason} error={errors.reason} t={v.t}>
              <input id="reason" name="reason" type="text" maxlength={1000} />
            </Field>
            <button type="submit">{t.reject}</button>
          </form>
        ) : null}
        {question.status === 'published' || question.status === 'answered' ? (
          <form method="post" action={action('remove')} class="reject-form" novalidate>
            <Field name="reason" label={t.removeReason} error={errors.reason} t={v.t}>
              <input id="remove-reason" name="reason" type="text" maxlength={1000} />
            </Field>
            <button type="submit">{t.remove}</button>
          </form>
        ) : null}
      </div>
    </section>,
    status,
  );
}

editorRoutes.get('/editor/questions/:id', (c) => showQuestion(c, parseId(c)));

const back = (c: AppContext, id: number) =>
  c.redirect(`${urls.editorQuestion(c.get('locale'), id)}?saved=1`, 303);

editorRoutes.post('/editor/questions/:id/approve', async (c) => {
  const id = parseId(c);
  await approveQuestion(c.get('deps').db, c.get('actor'), id);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/publish', async (c) => {
  const id = parseId(c);
  await publishQuestion(c.get('deps'), c.get('actor'), id);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/reject', async (c) => {
  const id = parseId(c);
  const parsed = rejectSchema.safeParse(await readForm(c.req));
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422);
  await rejectQuestion(c.get('deps').db, c.get('actor'), id, parsed.data.reason);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/remove', async (c) => {
  const id = parseId(c);
  const parsed = rejectSchema.safeParse(await readForm(c.req));
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422);
  await removeQuestion(c.get('deps'), c.get('actor'), id, parsed.data.reason);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/title', async (c) => {
  const id = parseId(c);
  const parsed = pageTitleSchema.safeParse(await readForm(c.req));
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422);
  await setPageTitle(c.get('deps'), c.get('actor'), id, parsed.data.pageTitle);
  return back(c, id);
});
