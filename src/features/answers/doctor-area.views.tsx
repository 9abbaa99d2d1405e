/** The doctor's view of one question: the question, existing replies, claim and the reply form. */
import type { Actor } from '../../lib/access.ts';
import { formatDate } from '../../lib/text.ts';
import { Field } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { describeFindingCounts } from '../deidentify/deidentify.messages.ts';
import { countFindingTypes, scanQuestionTexts } from '../deidentify/deidentify.service.ts';
import type { doctorSignature, loadQuestionPage } from '../questions/questions.service.ts';
import {
  AnswerBlock,
  AskerLine,
  localName,
  Paragraphs,
  type ViewContext,
} from '../questions/questions.views.tsx';
import { answersMessages } from './answers.messages.ts';
import type { InfoRequestView } from './info-requests.repository.ts';
import { InfoRequestList, RequestInfoForm } from './info-requests.views.tsx';

export function DoctorQuestionPage(props: {
  v: ViewContext;
  page: Awaited<ReturnType<typeof loadQuestionPage>>;
  actor: Actor;
  signature: NonNullable<Awaited<ReturnType<typeof doctorSignature>>>;
  body?: string;
  error?: string;
  /**
   * 'review' when an editor publishes the reply, 'published' when it went out at once, 'held'
   * when it would have gone out at once but personal data was found, so an editor checks it first.
   */
  saved?: 'review' | 'published' | 'held';
  infoRequests: InfoRequestView[];
  requestMessage?: string;
  requestError?: string;
  requested?: boolean;
}) {
  const { v, page, actor, signature } = props;
  const { question, department } = page;
  const t = v.t.doctorArea;
  const m = answersMessages(v.locale);
  const waitingForAsker = question.status === 'needs_info';
  const mine = page.answers.find((a) => a.doctor.id === actor.doctor?.id);
  const claimedByOther =
    question.status === 'approved' &&
    question.claimedByDoctorId &&
    question.claimedByDoctorId !== actor.doctor?.id;
  const doctorName = localName(v.locale, signature.doctor);
  return (
    <section class="doctor-question">
      <p>
        <a href={urls.doctorArea(v.locale)}>← {t.heading}</a>
      </p>
      {props.saved === 'held' && question.status === 'answered' ? (
        <p class="notice held-notice" role="status">
          {m.answerHeld(
            describeFindingCounts(v.locale, countFindingTypes(scanQuestionTexts(question, page.answers))),
          )}
        </p>
      ) : props.saved ? (
        <p class="notice" role="status">
          {props.saved === 'published' ? m.answerPublished : t.answered}
        </p>
      ) : null}
      {props.requested ? (
        <p class="notice" role="status">
          {m.requestSent}
        </p>
      ) : null}
      <h1 dir="auto">{question.title}</h1>
      <p class="meta">
        {localName(v.locale, department)} · {v.t.status[question.status]} ·{' '}
        {formatDate(question.askedAt, v.timeZone)}
      </p>
      <div class="question-body">
        <Paragraphs text={question.body} />
      </div>
      <AskerLine v={v} question={question} />
      <InfoRequestList v={v} requests={props.infoRequests} />
      {page.answers.map((answer) => (
        <AnswerBlock v={v} answer={answer} department={department} />
      ))}
      {question.status === 'approved' && !question.claimedByDoctorId ? (
        <form method="post" action={`${urls.doctorQuestion(v.locale, question.id)}/claim`}>
          <button type="submit">{t.claim}</button>
        </form>
      ) : null}
      {question.status === 'published' ? (
        <p>
          <a href={urls.question(v.locale, question.id)}>{v.t.status.published}</a>
        </p>
      ) : waitingForAsker ? (
        <p class="notice badge-waiting">{m.waitingForAsker}</p>
      ) : claimedByOther ? (
        <p class="notice">{t.claimedBy('')}</p>
      ) : (
        <form
          method="post"
          action={`${urls.doctorQuestion(v.locale, question.id)}/reply`}
          class="reply-form"
          novalidate
        >
          <Field name="body" label={t.reply} error={props.error} t={v.t}>
            <textarea
              id="body"
              name="body"
              dir="auto"
              rows={12}
              required
              aria-invalid={props.error ? 'true' : undefined}
            >
              {props.body ?? mine?.body ?? ''}
            </textarea>
          </Field>
          <div class="signature-preview">
            <p class="label">{t.signaturePreview}</p>
            <p class="signature">
              {v.t.qa.signature({ doctor: doctorName, hospital: localName(v.locale, signature.hospital) })}
            </p>
            <p class="answer-disclaimer">{v.t.disclaimer}</p>
          </div>
          <button type="submit" class="primary">
            {t.send}
          </button>
        </form>
      )}
      {question.status === 'approved' && !claimedByOther ? (
        <RequestInfoForm
          v={v}
          questionId={question.id}
          message={props.requestMessage}
          error={props.requestError}
        />
      ) : null}
    </section>
  );
}
