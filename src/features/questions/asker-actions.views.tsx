/** The asker's actions on the status page and their confirm pages (plain forms, no JavaScript needed). */
import { Field, type FieldErrors } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { askerActionMessages } from './asker-actions.messages.ts';
import { REMOVABLE_BY_ASKER, WITHDRAWABLE } from './asker-actions.service.ts';
import type { QuestionRow } from './questions.repository.ts';
import { REMOVAL_REASONS, WITHDRAW_REASONS } from './questions.schema.ts';
import type { ViewContext } from './questions.views.tsx';

export type AskerAction = 'withdraw' | 'remove';

export const askerActionUrl = (v: ViewContext, token: string, action: AskerAction) =>
  `${urls.status(v.locale, token)}/${action}`;

/** Links to what the asker may do now (nothing once the question is closed). */
export function AskerActions(props: { v: ViewContext; question: QuestionRow; token: string }) {
  const { v, question, token } = props;
  const m = askerActionMessages(v.locale);
  const action: AskerAction | undefined = WITHDRAWABLE.includes(question.status)
    ? 'withdraw'
    : REMOVABLE_BY_ASKER.includes(question.status)
      ? 'remove'
      : undefined;
  if (!action) return null;
  return (
    <section class="asker-actions">
      <h2>{m.actionsHeading}</h2>
      <p>
        <a href={askerActionUrl(v, token, action)}>{action === 'withdraw' ? m.withdrawLink : m.removeLink}</a>
      </p>
    </section>
  );
}

/** The notice shown on the status page after an action. */
export function AskerActionDone(props: { v: ViewContext; done: string | undefined }) {
  const m = askerActionMessages(props.v.locale);
  const text = props.done === 'withdrawn' ? m.withdrawn : props.done === 'removed' ? m.removed : undefined;
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}

/** The confirm step: reason, optional details, and a button that does it. */
export function AskerActionConfirm(props: {
  v: ViewContext;
  action: AskerAction;
  question: QuestionRow;
  token: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { v, action, values, errors } = props;
  const m = askerActionMessages(v.locale);
  const withdraw = action === 'withdraw';
  const reasons = withdraw ? WITHDRAW_REASONS : REMOVAL_REASONS;
  const labels: Record<string, string> = withdraw ? m.withdrawReasons : m.removeReasons;
  return (
    <section class="asker-action-confirm">
      <h1>{withdraw ? m.withdrawHeading : m.removeHeading}</h1>
      <p class="question-title" lang={props.question.lang} dir="auto">
        {props.question.title}
      </p>
      <p>{withdraw ? m.withdrawIntro : m.removeIntro}</p>
      <form method="post" action={askerActionUrl(v, props.token, action)} novalidate>
        <fieldset class={errors.reason ? 'field has-error' : 'field'} data-field="reason">
          <legend>{m.reason}</legend>
          {reasons.map((reason) => (
            <label class="radio">
              <input
                type="radio"
                name="reason"
                value={reason}
                checked={values.reason === reason}
                aria-describedby={errors.reason ? 'reason-error' : undefined}
              />{' '}
              {labels[reason]}
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
            rows={3}
            maxlength={1000}
            dir="auto"
            aria-describedby="details-hint"
          >
            {values.details ?? ''}
          </textarea>
        </Field>
        <button type="submit" class="primary danger">
          {withdraw ? m.withdrawConfirm : m.removeConfirm}
        </button>{' '}
        <a href={urls.status(v.locale, props.token)}>{m.cancel}</a>
      </form>
    </section>
  );
}
