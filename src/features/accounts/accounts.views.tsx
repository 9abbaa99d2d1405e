/** The sign-in, sign-up, emailed-link and password pages: accessible forms, errors inline, values kept. */
import type { Child } from 'hono/jsx';
import type { AppContext } from '../../web/context.ts';
import { Field, type FieldErrors } from '../../web/forms.tsx';
import type { Locale, Messages } from '../../web/i18n/index.ts';
import { urls } from '../../web/urls.ts';
import { type AccountMessages, accountMessages } from './accounts.messages.ts';
import { PASSWORD_MAX } from './accounts.schema.ts';

export interface AccountViewContext {
  locale: Locale;
  t: Messages;
  m: AccountMessages;
}

/** The request's locale with the shared and the account pages' strings. */
export const accountView = (c: AppContext): AccountViewContext => ({
  locale: c.get('locale'),
  t: c.get('t'),
  m: accountMessages(c.get('locale')),
});

const describedBy = (name: string, errors: FieldErrors, hint = false) =>
  [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

const control = (name: string, errors: FieldErrors, hint = false) => ({
  id: name,
  name,
  'aria-invalid': errors[name] ? 'true' : undefined,
  'aria-describedby': describedBy(name, errors, hint),
});

function FormErrorSummary(props: { v: AccountViewContext; errors: FieldErrors }) {
  return Object.keys(props.errors).length > 0 ? (
    <p class="form-error" role="alert">
      {props.v.m.fixErrors}
    </p>
  ) : null;
}

function EmailField(props: { v: AccountViewContext; value?: string; errors: FieldErrors }) {
  return (
    <Field name="email" label={props.v.t.auth.email} error={props.errors.email} t={props.v.t}>
      <input
        {...control('email', props.errors)}
        type="email"
        autocomplete="username"
        maxlength={254}
        value={props.value ?? ''}
        required
      />
    </Field>
  );
}

function NewPasswordField(props: { v: AccountViewContext; label: string; errors: FieldErrors }) {
  return (
    <Field
      name="password"
      label={props.label}
      hint={props.v.m.passwordHint}
      error={props.errors.password}
      t={props.v.t}
    >
      <input
        {...control('password', props.errors, true)}
        type="password"
        autocomplete="new-password"
        maxlength={PASSWORD_MAX}
        required
      />
    </Field>
  );
}

export function SignInForm(props: { v: AccountViewContext; email?: string; error?: string; next?: string }) {
  const { v } = props;
  const t = v.t.auth;
  return (
    <section class="account-form">
      <h1>{t.heading}</h1>
      {props.error ? (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action={urls.signIn(v.locale)}>
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <div class="field">
          <label for="email">{t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            value={props.email ?? ''}
            required
          />
        </div>
        <div class="field">
          <label for="password">{t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </form>
      <ul class="account-links">
        <li>
          <a href={urls.passwordForgot(v.locale)}>{v.m.signIn.forgot}</a>
        </li>
        <li>
          <a href={urls.signInLink(v.locale)}>{v.m.signIn.linkInstead}</a>
        </li>
        <li>
          <a href={urls.signUp(v.locale)}>{v.m.signIn.noAccount}</a>
        </li>
      </ul>
    </section>
  );
}

export function SignUpForm(props: {
  v: AccountViewContext;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { v, values, errors } = props;
  return (
    <section class="account-form">
      <h1>{v.m.signUp.heading}</h1>
      <p class="intro">{v.m.signUp.intro}</p>
      <FormErrorSummary v={v} errors={errors} />
      <form method="post" action={urls.signUp(v.locale)} novalidate>
        <EmailField v={v} value={values.email} errors={errors} />
        <Field
          name="displayName"
          label={v.m.displayName}
          hint={v.m.displayNameHint}
          error={errors.displayName}
          t={v.t}
        >
          <input
            {...control('displayName', errors, true)}
            type="text"
            autocomplete="nickname"
            maxlength={60}
            value={values.displayName ?? ''}
            required
          />
        </Field>
        <NewPasswordField v={v} label={v.m.password} errors={errors} />
        <button type="submit" class="primary">
          {v.m.signUp.submit}
        </button>
      </form>
    </section>
  );
}

/** Asks for an address to email a link to (sign-in link, password reset). */
export function RequestLinkForm(props: {
  v: AccountViewContext;
  heading: string;
  intro: string;
  submit: string;
  action: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { v, errors } = props;
  return (
    <section class="account-form">
      <h1>{props.heading}</h1>
      <p class="intro">{props.intro}</p>
      <FormErrorSummary v={v} errors={errors} />
      <form method="post" action={props.action} novalidate>
        <EmailField v={v} value={props.values.email} errors={errors} />
        <button type="submit" class="primary">
          {props.submit}
        </button>
      </form>
    </section>
  );
}

/** A message page (check your email, link no longer works). */
export function MessagePage(props: { heading: string; body: Child; warning?: boolean; children?: Child }) {
  return (
    <section class="account-form">
      <h1>{props.heading}</h1>
      <p class={props.warning ? 'banner' : 'notice'} role="status">
        {props.body}
      </p>
      {props.children}
    </section>
  );
}

/** The page an emailed link opens: one button that POSTs, so link scanners cannot use the link. */
export function ConfirmLinkPage(props: { heading: string; intro: string; submit: string; action: string }) {
  return (
    <section class="account-form">
      <h1>{props.heading}</h1>
      <p>{props.intro}</p>
      <form method="post" action={props.action}>
        <button type="submit" class="primary">
          {props.submit}
        </button>
      </form>
    </section>
  );
}

export function BadLinkPage(props: { v: AccountViewContext; againHref: string }) {
  const { m } = props.v;
  return (
    <MessagePage heading={m.badLink.heading} body={m.badLink.body} warning>
      <p>
        <a href={props.againHref}>{m.badLink.again}</a>
      </p>
    </MessagePage>
  );
}

export function ResetPasswordForm(props: { v: AccountViewContext; action: string; errors: FieldErrors }) {
  const { v, errors } = props;
  return (
    <section class="account-form">
      <h1>{v.m.reset.heading}</h1>
      <FormErrorSummary v={v} errors={errors} />
      <form method="post" action={props.action} novalidate>
        <NewPasswordField v={v} label={v.m.newPassword} errors={errors} />
        <button type="submit" class="primary">
          {v.m.reset.submit}
        </button>
      </form>
    </section>
  );
}
