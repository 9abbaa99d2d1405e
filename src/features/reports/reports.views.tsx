/** The "Report this Q&A" form (on the Q&A page and on its own page) and editors' report items. */
import { formatDate } from '../../lib/text.ts';
import { Field, type FieldErrors } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import type { ViewContext } from '../questions/questions.views.tsx';
import { reportMessages } from './reports.messages.ts';
import type { ReportRow } from './reports.repository.ts';
import { REPORT_REASONS } from './reports.schema.ts';

export const reportUrl = (v: ViewContext, questionId: number) =>
  `${urls.question(v.locale, questionId)}/report`;

/** The form itself; works without JavaScript (a plain POST). */
export function ReportForm(props: {
  v: ViewContext;
  questionId: number;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { v } = props;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const m = reportMessages(v.locale);
  return (
    <form method="post" action={reportUrl(v, props.questionId)} class="report-form" novalidate>
      <fieldset class={errors.reason ? 'field has-error' : 'field'} data-field="reason">
        <legend>{m.reason}</legend>
        {REPORT_REASONS.map((reason) => (
          <label class="radio">
            <input
              type="radio"
              name="reason"
              value={reason}
              checked={values.reason === reason}
              aria-describedby={errors.reason ? 'reason-error' : undefined}
            />{' '}
            {m.reasons[reason]}
          </label>
        ))}
        {errors.reason ? (
          <p class="field-error" id="reason-error" role="alert">
            {v.t.form.required}
          </p>
        ) : null}
      </fieldset>
      <Field name="details" label={m.details} hint={m.detailsHint} error={errors.details} t={v.t}>
        <textarea
          id="details"
          name="details"
          dir="auto"
          rows={3}
          maxlength={2000}
          aria-invalid={errors.details ? 'true' : undefined}
          aria-describedby={errors.details ? 'details-hint details-error' : 'details-hint'}
        >
          {values.details ?? ''}
        </textarea>
      </Field>
      <button type="submit">{m.send}</button>
    </form>
  );
}

/** The folded section at the foot of a published Q&A, or the thank-you note after a report. */
export function ReportSection(props: { v: ViewContext; questionId: number; reported: boolean }) {
  const m = reportMessages(props.v.locale);
  if (props.reported) {
    return (
      <p class="notice report-thanks" id="report" role="status">
        {m.thanks}
      </p>
    );
  }
  return (
    <details class="report" id="report">
      <summary>{m.summary}</summary>
      <p class="hint">{m.intro}</p>
      <ReportForm v={props.v} questionId={props.questionId} />
    </details>
  );
}

/** One report as an editor sees it: reason, details, date. */
export function ReportSummary(props: { v: ViewContext; report: ReportRow }) {
  const { v, report } = props;
  const m = reportMessages(v.locale);
  // Reason and date are one unit, the dot tied to the reason by a no-break space: in the queue's
  // wrapping row they move to the next line together, never leaving "· reported …" on its own.
  return (
    <>
      <span class="report-line">
        <strong class="report-reason">
          {m.reasons[report.reason as keyof typeof m.reasons] ?? report.reason}
        </strong>
        <span class="meta">
          {'\u00a0· '}
          {m.reportedAt(formatDate(report.createdAt, v.timeZone))}
        </span>
      </span>
      {report.details ? (
        <p class="report-details" dir="auto">
          {report.details}
        </p>
      ) : null}
    </>
  );
}
