/** The editor area's pages: the review queue (sections with counts and pages) and one question. */
import type { Child } from 'hono/jsx';
import { formatDate } from '../../lib/text.ts';
import { Field, type FieldErrors } from '../../web/forms.tsx';
import { Pager } from '../../web/layout.tsx';
import { urls } from '../../web/urls.ts';
import { QueueFindings } from '../deidentify/findings.views.tsx';
import type { PiiType } from '../deidentify/pii-types.ts';
import type { loadQuestionPage } from '../questions/questions.service.ts';
import {
  AnswerBlock,
  AskerLine,
  localName,
  Paragraphs,
  type ViewContext,
} from '../questions/questions.views.tsx';
import { reportMessages } from '../reports/reports.messages.ts';
import type { ReportRow } from '../reports/reports.repository.ts';
import { ReportSummary } from '../reports/reports.views.tsx';
import { historyUrl } from '../revisions/revisions.views.tsx';
import { moderationMessages } from './moderation.messages.ts';

/** A question's language named in the page's language, as the lexicon editor names them. */
export const languageName = (v: ViewContext, lang: string) =>
  v.t.lexiconEditor.langs[lang === 'zh-TW' ? 'zh' : 'en'];

/** One section of the queue: a heading with the count, oldest items first, and its own pager. */
export function QueueSection(props: {
  v: ViewContext;
  kind: string;
  title: string;
  total: number;
  page: number;
  pages: number;
  href: (page: number) => string;
  hint?: string;
  children: Child;
}) {
  const { v } = props;
  return (
    <section class={`editor-queue ${props.kind}`} id={props.kind} aria-labelledby={`${props.kind}-heading`}>
      <h2 id={`${props.kind}-heading`}>
        {props.title} <span class="count">({moderationMessages(v.locale).count(props.total)})</span>
      </h2>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {props.total === 0 ? <p>{v.t.editorArea.empty}</p> : <ol class="queue-list">{props.children}</ol>}
      <Pager t={v.t} page={props.page} pages={props.pages} href={props.href} />
    </section>
  );
}

export interface QueueQuestion {
  id: number;
  lang: string;
  pageTitle: string;
  askedAt: Date;
  department: { nameEn: string; nameZh: string };
}

/** Finding counts by type of one question; `{}` when none were found. */
type FindingCounts = Partial<Record<PiiType, number>>;

/**
 * A question in the queue with its personal-data findings; `held` when a reply was kept from
 * publishing at once because personal data was found.
 */
export function QueueQuestionItem(props: {
  v: ViewContext;
  q: QueueQuestion;
  findings: FindingCounts;
  held?: boolean;
}) {
  const { v, q } = props;
  return (
    <li class={props.held ? 'queue-item held' : 'queue-item'} data-question-id={String(q.id)}>
      <a href={urls.editorQuestion(v.locale, q.id)} lang={q.lang} dir="auto">
        {q.pageTitle}
      </a>
      <span class="meta">
        {localName(v.locale, q.department)} · {languageName(v, q.lang)} · {formatDate(q.askedAt, v.timeZone)}
      </span>
      {props.held ? <span class="queue-held">{moderationMessages(v.locale).heldForPersonalData}</span> : null}
      <QueueFindings v={v} questionId={q.id} title={q.pageTitle} counts={props.findings} />
    </li>
  );
}

export function QueueReportItem(props: {
  v: ViewContext;
  report: ReportRow;
  question: { id: number; pageTitle: string; lang: string };
  findings: FindingCounts;
}) {
  const { v, report, question } = props;
  return (
    <li
      class="queue-item report-item"
      data-report-id={String(report.id)}
      data-question-id={String(question.id)}
    >
      <a href={`${urls.editorQuestion(v.locale, question.id)}#reports`} lang={question.lang} dir="auto">
        {question.pageTitle}
      </a>{' '}
      <ReportSummary v={v} report={report} />
      <QueueFindings v={v} questionId={question.id} title={question.pageTitle} counts={props.findings} />
    </li>
  );
}

type QuestionPage = Awaited<ReturnType<typeof loadQuestionPage>>;

/** aria-invalid and aria-describedby of a control, pointing at its hint and its inline error. */
const ariaFor = (errors: FieldErrors, name: string, hint = false) => ({
  'aria-invalid': errors[name] ? 'true' : undefined,
  'aria-describedby':
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined,
});

/** The reports of this question still open, each with resolve and dismiss (note in one form). */
function OpenReports(props: {
  v: ViewContext;
  reports: ReportRow[];
  errors: FieldErrors;
  values: Record<string, string>;
}) {
  const { v } = props;
  const m = reportMessages(v.locale);
  if (props.reports.length === 0) return null;
  return (
    <section class="open-reports" id="reports">
      <h2>{m.openReports}</h2>
      <ol>
        {props.reports.map((report) => {
          const name = `note-${report.id}`;
          return (
            <li class="report-item" data-report-id={String(report.id)}>
              <ReportSummary v={v} report={report} />
              <form method="post" action={`/${v.locale}/editor/reports/${report.id}/close`} novalidate>
                <Field name={name} label={m.note} hint={m.noteHint} error={props.errors[name]} t={v.t}>
                  <textarea
                    id={name}
                    name="note"
                    rows={2}
                    maxlength={1000}
                    {...ariaFor(props.errors, name, true)}
                  >
                    {props.values[name] ?? ''}
                  </textarea>
                </Field>
                <button type="submit" name="outcome" value="resolved" class="primary">
                  {m.resolve}
                </button>{' '}
                <button type="submit" name="outcome" value="dismissed">
                  {m.dismiss}
                </button>
              </form>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function EditorQuestionPage(props: {
  v: ViewContext;
  page: QuestionPage;
  reports: ReportRow[];
  historyCount: number;
  errors: FieldErrors;
  values: Record<string, string>;
  notice?: string;
  /** Room for panels shown above the text (e.g. personal-data findings). */
  panels?: Child;
  /** The doctor's reply was kept from publishing at once because personal data was found. */
  held?: boolean;
}) {
  const { v, page, errors, values } = props;
  const { question, department } = page;
  const t = v.t.editorArea;
  const m = moderationMessages(v.locale);
  const action = (name: string) => `${urls.editorQuestion(v.locale, question.id)}/${name}`;
  const value = (name: string, fallback: string) => values[name] ?? fallback;
  const status = question.status;
  return (
    <section class="editor-question">
      <p>
        <a href={urls.editorArea(v.locale)}>← {t.heading}</a>
      </p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.held ? <p class="notice held-notice">{m.heldForPersonalData}</p> : null}
      <h1 lang={question.lang} dir="auto">
        {question.pageTitle}
      </h1>
      <p class="meta">
        {localName(v.locale, department)} · {languageName(v, question.lang)} ·{' '}
        <strong class="question-status">{v.t.status[status]}</strong>
        {question.statusReason ? ` — ${question.statusReason}` : null}
        {status === 'published' ? (
          <>
            {' · '}
            <a href={urls.question(v.locale, question.id)}>{urls.question(v.locale, question.id)}</a>
          </>
        ) : null}
      </p>
      <p class="history-link">
        <a href={historyUrl(v, question.id)}>{m.historyCount(props.historyCount)}</a>
      </p>
      {props.panels ?? null}
      <OpenReports v={v} reports={props.reports} errors={errors} values={values} />
      <section class="actions" aria-label={m.actions}>
        {status === 'submitted' ? (
          <form method="post" action={action('approve')} class="inline">
            <button type="submit" class="primary">
              {t.approve}
            </button>
          </form>
        ) : null}
        {status === 'answered' ? (
          <form method="post" action={action('publish')} class="inline publish-form">
            <button type="submit" class="primary">
              {t.publish}
            </button>
          </form>
        ) : null}
        {status === 'submitted' || status === 'approved' || status === 'needs_info' ? (
          <form method="post" action={action('reject')} class="reject-form" novalidate>
            <Field name="reason" label={t.rejectReason} error={errors.reason} t={v.t}>
              <input
                id="reason"
                name="reason"
                type="text"
                maxlength={1000}
                value={values.reason ?? ''}
                {...ariaFor(errors, 'reason')}
              />
            </Field>
            <button type="submit">{t.reject}</button>
          </form>
        ) : null}
        {status === 'published' || status === 'answered' ? (
          <form method="post" action={action('remove')} class="reject-form" novalidate>
            <Field name="remove-reason" label={t.removeReason} error={errors['remove-reason']} t={v.t}>
              <input
                id="remove-reason"
                name="reason"
                type="text"
                maxlength={1000}
                value={values['remove-reason'] ?? ''}
                {...ariaFor(errors, 'remove-reason')}
              />
            </Field>
            <button type="submit">{t.remove}</button>
          </form>
        ) : null}
      </section>
      <form method="post" action={action('title')} class="title-form" novalidate>
        <Field name="pageTitle" label={t.pageTitle} error={errors.pageTitle} t={v.t}>
          <input
            id="pageTitle"
            name="pageTitle"
            type="text"
            dir="auto"
            value={value('pageTitle', question.pageTitle)}
            maxlength={200}
            {...ariaFor(errors, 'pageTitle')}
          />
        </Field>
        <button type="submit">{t.saveTitle}</button>
      </form>
      <h2>{m.editHeading}</h2>
      <p class="hint">{m.editHint}</p>
      <form method="post" action={action('edit')} class="edit-question-form" novalidate lang={question.lang}>
        <Field name="title" label={m.questionTitle} error={errors.title} t={v.t}>
          <input
            id="title"
            name="title"
            type="text"
            dir="auto"
            value={value('title', question.title)}
            maxlength={200}
            {...ariaFor(errors, 'title')}
          />
        </Field>
        <Field name="body" label={m.questionBody} error={errors.body} t={v.t}>
          <textarea id="body" name="body" dir="auto" rows={8} maxlength={20000} {...ariaFor(errors, 'body')}>
            {value('body', question.body)}
          </textarea>
        </Field>
        <button type="submit">{m.saveQuestion}</button>
      </form>
      <AskerLine v={v} question={question} />
      {page.answers.map((answer) => {
        const name = `answer-${answer.id}`;
        return (
          <form
            method="post"
            action={action(`answers/${answer.id}/edit`)}
            class="edit-answer-form"
            novalidate
          >
            <Field
              name={name}
              label={m.answerBody(localName(v.locale, answer.doctor))}
              error={errors[name]}
              t={v.t}
            >
              <textarea
                id={name}
                name="body"
                dir="auto"
                rows={8}
                maxlength={20000}
                lang={question.lang}
                {...ariaFor(errors, name)}
              >
                {value(name, answer.body)}
              </textarea>
            </Field>
            <button type="submit">{m.saveAnswer}</button>
          </form>
        );
      })}
      <form method="post" action={action('more-info')} class="edit-more-info-form" novalidate>
        <Field name="moreInfo" label={m.moreInfo} hint={m.moreInfoHint} error={errors.moreInfo} t={v.t}>
          <textarea
            id="moreInfo"
            name="moreInfo"
            dir="auto"
            rows={6}
            maxlength={20000}
            lang={question.lang}
            {...ariaFor(errors, 'moreInfo', true)}
          >
            {value('moreInfo', question.moreInfo ?? '')}
          </textarea>
        </Field>
        <button type="submit">{m.saveMoreInfo}</button>
      </form>
      <section class="preview" lang={question.lang}>
        <h2 class="question-title">{question.title}</h2>
        <div class="question-body">
          <Paragraphs text={question.body} />
        </div>
        {page.answers.map((answer) => (
          <AnswerBlock v={v} answer={answer} department={department} lang={question.lang} />
        ))}
      </section>
    </section>
  );
}
