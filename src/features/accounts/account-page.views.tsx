/** The account page: who is signed in, their roles, their questions and states, attach, sign out everywhere. */
import type { QuestionStatus, Role } from '../../db/schema.ts';
import { formatDate } from '../../lib/text.ts';
import { fieldMessage } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { localName } from '../questions/questions.views.tsx';
import type { AccountViewContext } from './accounts.views.tsx';

export interface AccountQuestion {
  id: number;
  title: string;
  status: QuestionStatus;
  askedAt: Date;
  department: { nameEn: string; nameZh: string };
}

export type AccountNotice = 'attached' | 'resent' | 'verified' | 'reset';

export function AccountPage(props: {
  v: AccountViewContext;
  timeZone: string;
  user: { displayName: string; email: string; roles: readonly Role[]; emailVerifiedAt: Date | null };
  questions: AccountQuestion[];
  /** Whether a doctor application of this person waits for review. */
  pendingApplication: boolean;
  notice?: AccountNotice;
  attach: { value?: string; error?: string };
}) {
  const { v, user } = props;
  const m = v.m.account;
  const notices: Record<AccountNotice, string> = {
    attached: m.attached,
    resent: m.resent,
    verified: v.m.verify.done,
    reset: v.m.reset.done,
  };
  const attachError = props.attach.error;
  return (
    <section class="account">
      <h1>{m.heading}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {notices[props.notice]}
        </p>
      ) : null}
      <p>{m.signedInAs(user.displayName, user.email)}</p>
      <p>{m.roles(user.roles.map((r) => m.roleNames[r] ?? r))}</p>
      {user.emailVerifiedAt ? null : (
        <div class="banner">
          <p>{m.unverified}</p>
          <form method="post" action={urls.accountResendVerification(v.locale)}>
            <button type="submit">{m.resend}</button>
          </form>
        </div>
      )}

      <h2>{m.questions}</h2>
      {props.questions.length === 0 ? (
        <p>{m.noQuestions}</p>
      ) : (
        <div class="table-scroll">
          <table class="account-questions">
            <thead>
              <tr>
                <th scope="col">{m.questionColumn}</th>
                <th scope="col">{v.t.ask.department}</th>
                <th scope="col">{m.asked}</th>
                <th scope="col">{m.state}</th>
              </tr>
            </thead>
            <tbody>
              {props.questions.map((q) => (
                <tr data-question-id={String(q.id)}>
                  <td>
                    <a href={urls.question(v.locale, q.id)} dir="auto">
                      {q.title}
                    </a>
                  </td>
                  <td>{localName(v.locale, q.department)}</td>
                  <td>{formatDate(q.askedAt, props.timeZone)}</td>
                  <td class={`state state-${q.status}`}>{v.t.status[q.status] ?? q.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{m.attachHeading}</h2>
      <p class="hint" id="link-hint">
        {m.attachIntro}
      </p>
      <form method="post" action={urls.accountAttach(v.locale)} novalidate>
        <div class={attachError ? 'field has-error' : 'field'}>
          <label for="link">{m.attachLabel}</label>
          <input
            id="link"
            name="link"
            type="text"
            maxlength={1000}
            value={props.attach.value ?? ''}
            aria-invalid={attachError ? 'true' : undefined}
            aria-describedby={attachError ? 'link-hint link-error' : 'link-hint'}
            required
          />
          {attachError ? (
            <p class="field-error" id="link-error" role="alert">
              {v.m.errors[attachError] ?? fieldMessage(v.t, attachError)}
            </p>
          ) : null}
        </div>
        <button type="submit" class="primary">
          {m.attachSubmit}
        </button>
      </form>

      {props.pendingApplication ? (
        <>
          <h2>{m.doctorHeading}</h2>
          <p class="application-pending">
            {m.applicationPending} <a href={urls.doctorApply(v.locale)}>{m.applicationLink}</a>
          </p>
        </>
      ) : user.roles.includes('doctor') ? null : (
        <>
          <h2>{m.doctorHeading}</h2>
          <p class="hint">{m.applyIntro}</p>
          <p>
            <a class="button" href={urls.doctorApply(v.locale)}>
              {m.applyLink}
            </a>
          </p>
        </>
      )}

      <h2>{m.signOutEverywhere}</h2>
      <p class="hint">{m.signOutEverywhereHint}</p>
      <form method="post" action={urls.signOutEverywhere(v.locale)}>
        <button type="submit">{m.signOutEverywhere}</button>
      </form>
    </section>
  );
}
