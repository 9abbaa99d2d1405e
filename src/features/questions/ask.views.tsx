/** The ask form (errors inline, nothing typed is lost), the thank-you page and the status page. */
import type { Child } from 'hono/jsx';
import { AGE_RANGES } from '../../db/schema.ts';
import { formatAgeRange } from '../../lib/text.ts';
import { Field, FieldError, type FieldErrors } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { AskerActionDone, AskerActions } from './asker-actions.views.tsx';
import type { DepartmentRow } from './questions.repository.ts';
import type { loadQuestionPage } from './questions.service.ts';
import { localName, QaPage, type ViewContext } from './questions.views.tsx';

export function AskForm(props: {
  v: ViewContext;
  departments: DepartmentRow[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { v, values, errors } = props;
  const t = v.t.ask;
  const has = Object.keys(errors).length > 0;
  const withHint = new Set(['title', 'body', 'pseudonym']);
  const describedBy = (name: string) =>
    [withHint.has(name) ? `${name}-hint` : '', errors[name] ? `${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const attrs = (name: string) => ({
    id: name,
    name,
    'aria-invalid': errors[name] ? 'true' : undefined,
    'aria-describedby': describedBy(name),
  });
  return (
    <section class="ask">
      <h1>{t.heading}</h1>
      <p class="intro">{t.intro}</p>
      {has ? (
        <p class="form-error" role="alert">
          {t.fixErrors}
        </p>
      ) : null}
      <form method="post" action={urls.ask(v.locale)} novalidate class="ask-form">
        <Field name="department" label={t.department} error={errors.department} t={v.t}>
          <select {...attrs('department')} required>
            <option value="">{t.chooseDepartment}</option>
            {props.departments.map((d) => (
              <option value={d.slug} selected={values.department === d.slug}>
                {localName(v.locale, d)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="title" label={t.title} hint={t.titleHint} error={errors.title} t={v.t}>
          <input
            {...attrs('title')}
            type="text"
            dir="auto"
            maxlength={120}
            value={values.title ?? ''}
            required
          />
        </Field>
        <Field name="body" label={t.body} hint={t.bodyHint} error={errors.body} t={v.t}>
          <textarea {...attrs('body')} dir="auto" rows={8} maxlength={5000} required>
            {values.body ?? ''}
          </textarea>
        </Field>
        <section
          class="suggestions"
          id="suggestions"
          hidden
          aria-live="polite"
          data-lang={v.locale}
          data-heading={t.suggestionsHeading}
          data-hint={t.suggestionsHint}
        />
        <Field name="pseudonym" label={t.pseudonym} hint={t.pseudonymHint} error={errors.pseudonym} t={v.t}>
          <input
            {...attrs('pseudonym')}
            type="text"
            dir="auto"
            maxlength={40}
            value={values.pseudonym ?? ''}
            required
          />
        </Field>
        <div class="row">
          <Field name="ageRange" label={t.ageRange} error={errors.ageRange} t={v.t}>
            <select {...attrs('ageRange')} required>
              <option value="" />
              {AGE_RANGES.map((range) => (
                <option value={range} selected={values.ageRange === range}>
                  {formatAgeRange(range)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="gender" label={t.gender} error={errors.gender} t={v.t}>
            <select {...attrs('gender')} required>
              <option value="" />
              {(['female', 'male', 'other'] as const).map((g) => (
                <option value={g} selected={values.gender === g}>
                  {v.t.genderOption[g]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset class={errors.askingFor ? 'field has-error' : 'field'}>
          <legend>{t.askingFor}</legend>
          <label>
            <input
              type="radio"
              name="askingFor"
              value="self"
              checked={(values.askingFor ?? 'self') === 'self'}
            />{' '}
            {t.askingForSelf}
          </label>
          <label>
            <input type="radio" name="askingFor" value="other" checked={values.askingFor === 'other'} />{' '}
            {t.askingForOther}
          </label>
          {errors.askingFor ? <FieldError name="askingFor" code={errors.askingFor} t={v.t} /> : null}
        </fieldset>
        <Field name="email" label={t.email} error={errors.email} t={v.t}>
          <input
            {...attrs('email')}
            type="email"
            maxlength={200}
            value={values.email ?? ''}
            autocomplete="email"
          />
        </Field>
        <Field name="consent" error={errors.consent} t={v.t}>
          <label class="checkbox">
            <input {...attrs('consent')} type="checkbox" value="yes" checked={values.consent === 'yes'} />{' '}
            {t.consent}
          </label>
        </Field>
        <p class="disclaimer">{v.t.disclaimer}</p>
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </form>
    </section>
  );
}

export function AskSent(props: { v: ViewContext; statusUrl: string }) {
  return (
    <section class="ask-sent">
      <h1>{props.v.t.ask.sentHeading}</h1>
      <p>{props.v.t.ask.sentBody}</p>
      <p class="status-link">
        <a href={props.statusUrl}>{props.statusUrl}</a>
      </p>
    </section>
  );
}

export function StatusPage(props: {
  v: ViewContext;
  page: Awaited<ReturnType<typeof loadQuestionPage>>;
  /** The status-link token, for the asker's actions (withdraw, removal). */
  token: string;
  /** Which asker action just happened (`?done=`), for its notice. */
  done?: string;
  /**
   * The doctor's requests for more information and the reply form: what the asker has to do
   * now, so it comes right after the status summary, before the question and "Withdraw".
   */
  infoRequests?: Child;
}) {
  const { v, page } = props;
  return (
    <section class="status-page">
      <AskerActionDone v={v} done={props.done} />
      <p class={`status status-${page.question.status}`}>
        {v.t.ask.statusHeading}: <strong>{v.t.status[page.question.status]}</strong>
        {page.question.statusReason ? ` — ${page.question.statusReason}` : null}
      </p>
      {page.question.status === 'published' ? (
        <p>
          <a href={urls.question(v.locale, page.question.id)}>{urls.question(v.locale, page.question.id)}</a>
        </p>
      ) : null}
      {props.infoRequests ?? null}
      <QaPage v={v} {...page} absoluteUrl={urls.question(v.locale, page.question.id)} publicView={false} />
      <AskerActions v={v} question={page.question} token={props.token} />
    </section>
  );
}
