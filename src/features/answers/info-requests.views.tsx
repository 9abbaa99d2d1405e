/** Information requests as the doctor and the asker see them, and their two forms. */
import type { Db } from '../../db/database.ts';
import type { QuestionStatus } from '../../db/schema.ts';
import { formatDate } from '../../lib/text.ts';
import { Field } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { localName, Paragraphs, type ViewContext } from '../questions/questions.views.tsx';
import { answersMessages } from './answers.messages.ts';
import { type InfoRequestView, listInfoRequests } from './info-requests.repository.ts';

/** Every request with the asker's answer below it, oldest first; shown as added text, never merged into the question. */
export function InfoRequestList(props: { v: ViewContext; requests: InfoRequestView[]; asker?: boolean }) {
  const { v, requests } = props;
  const m = answersMessages(v.locale);
  if (requests.length === 0) return null;
  return (
    <section class="info-requests" aria-labelledby="info-requests-heading">
      <h2 id="info-requests-heading">{props.asker ? m.askerHeading : m.requestsHeading}</h2>
      <ol>
        {requests.map((r) => (
          <li class="info-request" data-request-id={String(r.id)}>
            <p class="meta">
              {m.requestedBy(localName(v.locale, r.doctor), formatDate(r.createdAt, v.timeZone))}
            </p>
            <blockquote class="info-request-message">
              <Paragraphs text={r.message} />
            </blockquote>
            {r.response !== null && r.respondedAt ? (
              <div class="info-response">
                <p class="meta">
                  {props.asker
                    ? m.yourReply(formatDate(r.respondedAt, v.timeZone))
                    : m.askerReplied(formatDate(r.respondedAt, v.timeZone))}
                </p>
                <blockquote class="info-response-text">
                  <Paragraphs text={r.response} />
                </blockquote>
              </div>
            ) : (
              <p class="meta">{props.asker ? m.waitingForYou : m.noReplyYet}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The doctor's form to ask the asker for more information. */
export function RequestInfoForm(props: {
  v: ViewContext;
  questionId: number;
  message?: string;
  error?: string;
}) {
  const { v } = props;
  const m = answersMessages(v.locale);
  return (
    <details class="request-info" open={props.error ? true : undefined}>
      <summary>{m.requestInfoHeading}</summary>
      <form
        method="post"
        action={`${urls.doctorQuestion(v.locale, props.questionId)}/request-info`}
        class="request-info-form"
        novalidate
      >
        <Field name="message" label={m.requestInfoLabel} hint={m.requestInfoHint} error={props.error} t={v.t}>
          <textarea
            id="message"
            dir="auto"
            name="message"
            rows={5}
            required
            maxlength={2000}
            aria-describedby={props.error ? 'message-hint message-error' : 'message-hint'}
            aria-invalid={props.error ? 'true' : undefined}
          >
            {props.message ?? ''}
          </textarea>
        </Field>
        <button type="submit">{m.requestInfoSubmit}</button>
      </form>
    </details>
  );
}

/** On the asker's status page: the doctor's requests, their answers, and the answer form while one is open. */
export function AskerInfoRequests(props: {
  v: ViewContext;
  token: string;
  status: QuestionStatus;
  requests: InfoRequestView[];
  response?: string;
  error?: string;
  thanks?: boolean;
}) {
  const { v } = props;
  const m = answersMessages(v.locale);
  const open = props.status === 'needs_info' && props.requests.some((r) => r.respondedAt === null);
  return (
    <div class="asker-info-requests">
      {props.thanks ? (
        <p class="notice" role="status">
          {m.askerThanks}
        </p>
      ) : null}
      <InfoRequestList v={v} requests={props.requests} asker />
      {open ? (
        <form
          method="post"
          action={`${urls.status(v.locale, props.token)}/more-info`}
          class="info-reply-form"
          novalidate
        >
          <Field
            name="response"
            label={m.askerReplyLabel}
            hint={m.askerReplyHint}
            error={props.error}
            t={v.t}
          >
            <textarea
              id="response"
              dir="auto"
              name="response"
              rows={6}
              required
              maxlength={5000}
              aria-describedby={props.error ? 'response-hint response-error' : 'response-hint'}
              aria-invalid={props.error ? 'true' : undefined}
            >
              {props.response ?? ''}
            </textarea>
          </Field>
          <button type="submit" class="primary">
            {m.askerReplySubmit}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** Loads and renders the asker's part of the status page; the status page includes it with one line. */
export async function AskerInfoPanel(props: {
  v: ViewContext;
  db: Db;
  questionId: number;
  token: string;
  status: QuestionStatus;
  thanks?: boolean;
}) {
  const requests = await listInfoRequests(props.db, props.questionId);
  return (
    <AskerInfoRequests
      v={props.v}
      token={props.token}
      status={props.status}
      requests={requests}
      thanks={props.thanks}
    />
  );
}
