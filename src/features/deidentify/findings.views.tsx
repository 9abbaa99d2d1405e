/**
 * The findings panel on the editor's page of a question: each possible piece of personal data
 * in context with a one-click Redact button, Redact all, and (for an answered question) the
 * explicit override to publish anyway.
 */
import type { FieldErrors } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import type { ViewContext } from '../questions/questions.views.tsx';
import { deidentifyMessages, describeFindingCounts } from './deidentify.messages.ts';
import type { ScannedText } from './deidentify.service.ts';
import type { Finding, PiiType } from './pii-types.ts';

const CONTEXT = 24;

/** A few characters either side of the finding, the finding itself marked. */
function InContext(props: { text: string; finding: Finding; lang: string }) {
  const { text, finding } = props;
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  return (
    <span class="finding-context" lang={props.lang}>
      {from > 0 ? '…' : ''}
      {text.slice(from, finding.start)}
      <mark>{finding.text}</mark>
      {text.slice(finding.end, to)}
      {to < text.length ? '…' : ''}
    </span>
  );
}

export function FindingsPanel(props: {
  v: ViewContext;
  questionId: number;
  lang: string;
  status: string;
  scan: ScannedText[];
  answerAuthors: Map<number, string>;
  errors: FieldErrors;
}) {
  const { v, scan } = props;
  const m = deidentifyMessages(v.locale);
  const action = (name: string) => `${urls.editorQuestion(v.locale, props.questionId)}/${name}`;
  const total = scan.reduce((n, item) => n + item.findings.length, 0);
  const overrideError = props.errors.override;
  return (
    <section
      class={total > 0 ? 'findings has-findings' : 'findings'}
      id="findings"
      aria-labelledby="findings-heading"
    >
      <h2 id="findings-heading">
        {m.heading} <span class="count">({m.count(total)})</span>
      </h2>
      {total === 0 ? (
        <p class="findings-none">{m.none}</p>
      ) : (
        <>
          <p class="hint">{m.intro}</p>
          {scan.map((item) => (
            <div class="finding-group" data-field={item.answerId ? `answer-${item.answerId}` : item.field}>
              <h3>
                {item.field === 'answer'
                  ? m.answerBy(props.answerAuthors.get(item.answerId!) ?? '')
                  : m.fields[item.field]}
              </h3>
              <ul class="finding-list">
                {item.findings.map((finding) => (
                  <li class="finding" data-type={finding.type}>
                    <strong class="finding-type">{m.types[finding.type]}</strong>{' '}
                    <InContext text={item.text} finding={finding} lang={props.lang} />{' '}
                    <form method="post" action={action('redact')} class="inline redact-form">
                      <input type="hidden" name="field" value={item.field} />
                      {item.answerId ? (
                        <input type="hidden" name="answerId" value={String(item.answerId)} />
                      ) : null}
                      <input type="hidden" name="type" value={finding.type} />
                      <input type="hidden" name="start" value={String(finding.start)} />
                      <input type="hidden" name="end" value={String(finding.end)} />
                      <input type="hidden" name="text" value={finding.text} />
                      <button type="submit" aria-label={m.redactLabel(m.types[finding.type], finding.text)}>
                        {m.redact}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <form method="post" action={action('redact-all')} class="redact-all-form">
            <button type="submit">{m.redactAll}</button>
          </form>
          {props.status === 'answered' ? (
            <form method="post" action={action('publish')} class="override-form" novalidate>
              <h3>{m.overrideHeading}</h3>
              <div class={overrideError ? 'field has-error' : 'field'} data-field="override">
                <label class="checkbox">
                  <input
                    type="checkbox"
                    id="override"
                    name="override"
                    value="yes"
                    aria-describedby={overrideError ? 'override-hint override-error' : 'override-hint'}
                  />{' '}
                  {m.overrideLabel}
                </label>
                <p class="hint" id="override-hint">
                  {m.overrideHint}
                </p>
                {overrideError ? (
                  <p class="field-error" id="override-error" role="alert">
                    {m.unresolved(total)}
                  </p>
                ) : null}
              </div>
              <button type="submit">{m.publishAnyway}</button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * One line of a review-queue item: the findings counted by type with a link to the question's
 * findings panel (where each is redacted with one click), or a quiet "none found".
 */
export function QueueFindings(props: {
  v: ViewContext;
  questionId: number;
  title: string;
  counts: Partial<Record<PiiType, number>>;
}) {
  const { v } = props;
  const m = deidentifyMessages(v.locale);
  const summary = describeFindingCounts(v.locale, props.counts);
  if (!summary) return <span class="queue-findings none">{m.queueNone}</span>;
  return (
    <span class="queue-findings has-findings">
      <strong>{m.queueLabel}</strong>
      {summary} ·{' '}
      <a
        href={`${urls.editorQuestion(v.locale, props.questionId)}#findings`}
        aria-label={m.queueLinkLabel(props.title)}
      >
        {m.queueLink}
      </a>
    </span>
  );
}
