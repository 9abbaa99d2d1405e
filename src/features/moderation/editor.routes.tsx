/**
 * The editor area: the review queue (new questions, answers waiting for publication, open
 * reports, escalated questions), and one question: approve, reject, publish, remove, fix the
 * page title and the text (every edit kept as a revision), close its reports.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { type FieldErrors, fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { EscalatedPanel } from '../answers/escalation.views.tsx';
import { findingCountsFor, scanQuestionTexts } from '../deidentify/deidentify.service.ts';
import { FindingsPanel } from '../deidentify/findings.views.tsx';
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
import { reportMessages } from '../reports/reports.messages.ts';
import { findReport, listOpenReports, openReportsFor } from '../reports/reports.repository.ts';
import { dismissReportSchema, resolveReportSchema } from '../reports/reports.schema.ts';
import { closeReportAs } from '../reports/reports.service.ts';
import { listQuestionRevisions } from '../revisions/revisions.repository.ts';
import { revisionRoutes } from '../revisions/revisions.routes.tsx';
import { editAnswerBody, editQuestionText } from '../revisions/revisions.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { editAnswerSchema, editMoreInfoSchema, editQuestionSchema } from './editor.schema.ts';
import { EditorQuestionPage, QueueQuestionItem, QueueReportItem, QueueSection } from './editor.views.tsx';
import { moderationMessages } from './moderation.messages.ts';
import { heldForPersonalData, pageByStatus } from './review-queue.repository.ts';

export const QUEUE_PAGE_SIZE = 20;
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
const parseId = (c: AppContext, name = 'id', what = 'question') => {
  const id = idParam.safeParse(c.req.param(name));
  if (!id.success) throw notFound(what);
  return id.data;
};

export const editorRoutes = new Hono<AppEnv>();

/** The three paged sections of the queue, each with its own page parameter. */
const SECTIONS = ['new', 'answers', 'reports'] as const;

editorRoutes.get('/editor', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const v = viewContext(c);
  const m = moderationMessages(v.locale);
  const db = c.get('deps').db;
  const pages = Object.fromEntries(SECTIONS.map((s) => [s, pageParam.parse(c.req.query(s))])) as Record<
    (typeof SECTIONS)[number],
    number
  >;
  const href = (section: (typeof SECTIONS)[number]) => (page: number) => {
    const params = new URLSearchParams();
    for (const s of SECTIONS) {
      const p = s === section ? page : pages[s];
      if (p > 1) params.set(s, String(p));
    }
    const query = params.toString();
    return `${urls.editorArea(v.locale)}${query ? `?${query}` : ''}#${section}`;
  };
  const count = (total: number) => Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const { reviewAnswers } = await getSettings(db);
  const fresh = await pageByStatus(db, 'submitted', pages.new, QUEUE_PAGE_SIZE);
  const answered = await pageByStatus(db, 'answered', pages.answers, QUEUE_PAGE_SIZE);
  const reports = await listOpenReports(db, pages.reports, QUEUE_PAGE_SIZE);
  // Findings of this page's items only: computed from their texts, never stored (decision 0009).
  const findings = await findingCountsFor(db, [
    ...fresh.items.map((q) => q.id),
    ...answered.items.map((q) => q.id),
    ...reports.items.map((item) => item.question.id),
  ]);
  const held = await heldForPersonalData(
    db,
    answered.items.map((q) => q.id),
  );
  return render(
    c,
    { title: v.t.editorArea.heading, path: '/editor', noindex: true },
    <>
      <h1>{v.t.editorArea.heading}</h1>
      <p>
        <a href={urls.editorLexicon(v.locale)}>{v.t.editorArea.lexiconLink}</a>
      </p>
      <QueueSection
        v={v}
        kind="new"
        title={v.t.editorArea.submittedQueue}
        hint={m.newQuestionsHint}
        total={fresh.total}
        page={pages.new}
        pages={count(fresh.total)}
        href={href('new')}
      >
        {fresh.items.map((q) => (
          <QueueQuestionItem v={v} q={q} findings={findings.get(q.id) ?? {}} />
        ))}
      </QueueSection>
      {reviewAnswers || answered.total > 0 ? (
        <QueueSection
          v={v}
          kind="answers"
          title={v.t.editorArea.answeredQueue}
          hint={reviewAnswers ? undefined : m.reviewOff}
          total={answered.total}
          page={pages.answers}
          pages={count(answered.total)}
          href={href('answers')}
        >
          {answered.items.map((q) => (
            <QueueQuestionItem v={v} q={q} findings={findings.get(q.id) ?? {}} held={held.has(q.id)} />
          ))}
        </QueueSection>
      ) : (
        <p class="hint">{m.reviewOff}</p>
      )}
      <QueueSection
        v={v}
        kind="reports"
        title={m.openReports}
        total={reports.total}
        page={pages.reports}
        pages={count(reports.total)}
        href={href('reports')}
      >
        {reports.items.map((item) => (
          <QueueReportItem
            v={v}
            report={item.report}
            question={item.question}
            findings={findings.get(item.question.id) ?? {}}
          />
        ))}
      </QueueSection>
      <EscalatedPanel v={v} db={db} />
    </>,
  );
});

/** The editor's page of one question; `values` and `errors` refill a form that failed validation. */
async function showQuestion(
  c: AppContext,
  id: number,
  errors: FieldErrors = {},
  status: 200 | 400 | 422 = 200,
  values: Record<string, string> = {},
) {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const db = c.get('deps').db;
  const page = await loadQuestionPage(db, actor, id);
  const v = viewContext(c);
  const notices: Record<string, string> = {
    '1': v.t.editorArea.saved,
    report: reportMessages(v.locale).closed,
    unchanged: moderationMessages(v.locale).unchanged,
  };
  const reports = await openReportsFor(db, id);
  const history = await listQuestionRevisions(db, id);
  // Said again here while the reply still waits, as in the queue (the same audit lookup).
  const held = page.question.status === 'answered' && (await heldForPersonalData(db, [id])).has(id);
  return render(
    c,
    { title: page.question.pageTitle, path: `/editor/questions/${id}`, noindex: true },
    <EditorQuestionPage
      v={v}
      page={page}
      reports={reports}
      historyCount={history.length}
      held={held}
      errors={errors}
      values={values}
      notice={notices[c.req.query('saved') ?? '']}
      panels={
        <FindingsPanel
          v={v}
          questionId={id}
          lang={page.question.lang}
          status={page.question.status}
          scan={scanQuestionTexts(page.question, page.answers)}
          answerAuthors={
            new Map(page.answers.map((a) => [a.id, v.locale === 'zh-TW' ? a.doctor.nameZh : a.doctor.nameEn]))
          }
          errors={errors}
        />
      }
    />,
    status,
  );
}

editorRoutes.get('/editor/questions/:id', (c) => showQuestion(c, parseId(c)));

const back = (c: AppContext, id: number, saved = '1') =>
  c.redirect(`${urls.editorQuestion(c.get('locale'), id)}?saved=${saved}`, 303);

editorRoutes.post('/editor/questions/:id/approve', async (c) => {
  const id = parseId(c);
  await approveQuestion(c.get('deps').db, c.get('actor'), id);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/publish', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  try {
    await publishQuestion(c.get('deps'), c.get('actor'), id, { override: form.override === 'yes' });
  } catch (error) {
    // Unresolved personal data: the findings panel shows why, next to the override box.
    if (error instanceof AppError && error.code === 'personal_data_found') {
      return showQuestion(c, id, { override: 'personal_data_unresolved' }, 400);
    }
    throw error;
  }
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/reject', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = rejectSchema.safeParse(form);
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422, form);
  await rejectQuestion(c.get('deps').db, c.get('actor'), id, parsed.data.reason);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/remove', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = rejectSchema.safeParse(form);
  if (!parsed.success) {
    const errors = { 'remove-reason': fieldErrors(parsed.error).reason! };
    return showQuestion(c, id, errors, 422, { 'remove-reason': form.reason ?? '' });
  }
  await removeQuestion(c.get('deps'), c.get('actor'), id, parsed.data.reason);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/title', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = pageTitleSchema.safeParse(form);
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422, form);
  await setPageTitle(c.get('deps'), c.get('actor'), id, parsed.data.pageTitle);
  return back(c, id);
});

editorRoutes.post('/editor/questions/:id/edit', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = editQuestionSchema.safeParse(form);
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422, form);
  const changed = await editQuestionText(c.get('deps'), c.get('actor'), id, parsed.data);
  return back(c, id, changed.length > 0 ? '1' : 'unchanged');
});

editorRoutes.post('/editor/questions/:id/more-info', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = editMoreInfoSchema.safeParse(form);
  if (!parsed.success) return showQuestion(c, id, fieldErrors(parsed.error), 422, form);
  const changed = await editQuestionText(c.get('deps'), c.get('actor'), id, parsed.data);
  return back(c, id, changed.length > 0 ? '1' : 'unchanged');
});

editorRoutes.post('/editor/questions/:id/answers/:answerId/edit', async (c) => {
  const id = parseId(c);
  const answerId = parseId(c, 'answerId', 'answer');
  const form = await readForm(c.req);
  const parsed = editAnswerSchema.safeParse(form);
  if (!parsed.success) {
    const name = `answer-${answerId}`;
    return showQuestion(c, id, { [name]: fieldErrors(parsed.error).body! }, 422, { [name]: form.body ?? '' });
  }
  const revision = await editAnswerBody(c.get('deps'), c.get('actor'), id, answerId, parsed.data.body);
  return back(c, id, revision ? '1' : 'unchanged');
});

/** Resolve (with a note) or dismiss one report; back to the reported question. */
editorRoutes.post('/editor/reports/:id/close', async (c) => {
  const reportId = parseId(c, 'id', 'report');
  requireRole(c.get('actor'), 'editor');
  const report = await findReport(c.get('deps').db, reportId);
  if (!report) throw notFound('report');
  const form = await readForm(c.req);
  const outcome = form.outcome === 'dismissed' ? 'dismissed' : 'resolved';
  const parsed = (outcome === 'resolved' ? resolveReportSchema : dismissReportSchema).safeParse(form);
  if (!parsed.success) {
    const name = `note-${reportId}`;
    return showQuestion(c, report.questionId, { [name]: fieldErrors(parsed.error).note! }, 422, {
      [name]: form.note ?? '',
    });
  }
  await closeReportAs(c.get('deps').db, c.get('actor'), reportId, outcome, parsed.data.note);
  return back(c, report.questionId, 'report');
});

editorRoutes.route('/', revisionRoutes);
