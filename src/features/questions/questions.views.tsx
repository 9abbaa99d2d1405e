/** Views of published Q&As: the Q&A page in the reference layout, list items and similar entries. */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { renderMarkdown } from '../../lib/markdown.ts';
import { formatAgeRange, formatDate, paragraphs, snippet } from '../../lib/text.ts';
import { isolated } from '../../web/bidi.tsx';
import type { Locale, Messages } from '../../web/i18n/index.ts';
import { urls } from '../../web/urls.ts';
import { VerifiedMark } from '../doctors/verified-mark.tsx';
import type { AnswerView, DepartmentRow, QuestionRow, QuestionSummary } from './questions.repository.ts';

export interface ViewContext {
  locale: Locale;
  t: Messages;
  timeZone: string;
}

type NamedZhEn = { nameEn: string; nameZh: string };
export const localName = (locale: Locale, item: NamedZhEn) =>
  locale === 'zh-TW' ? item.nameZh : item.nameEn;

/** The page heading and <title>: "{readable title} - {Department}". */
export const qaHeading = (v: ViewContext, pageTitle: string, department: NamedZhEn) =>
  `${pageTitle} - ${localName(v.locale, department)}`;

/** Plain text as paragraphs (blank lines) with line breaks (single newlines). */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {paragraphs(props.text).map((lines) => (
        <p dir="auto">
          {lines.map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

export function ShareBar(props: { v: ViewContext; url: string; title: string }) {
  const u = encodeURIComponent(props.url);
  const text = encodeURIComponent(props.title);
  return (
    <div class="share-bar">
      <span>{props.v.t.qa.shareTo}</span>
      <a rel="noopener" target="_blank" href={`https://www.facebook.com/sharer/sharer.php?u=${u}`}>
        Facebook
      </a>
      <a rel="noopener" target="_blank" href={`https://social-plugins.line.me/lineit/share?url=${u}`}>
        LINE
      </a>
      <a rel="noopener" target="_blank" href={`https://twitter.com/intent/tweet?url=${u}&text=${text}`}>
        X
      </a>
      <a href={`mailto:?subject=${text}&body=${u}`}>Email</a>
      <button type="button" class="copy-link" data-url={props.url} hidden>
        {props.v.t.qa.copyLink}
      </button>
    </div>
  );
}

export function AskerLine(props: {
  v: ViewContext;
  question: Pick<QuestionRow, 'pseudonym' | 'ageRange' | 'gender' | 'askedAt'>;
}) {
  const { v, question } = props;
  return (
    <p class="asker-line">
      {isolated(
        (pseudonym) =>
          v.t.qa.askerLine({
            pseudonym,
            age: formatAgeRange(question.ageRange),
            gender: v.t.gender[question.gender] ?? question.gender,
            date: formatDate(question.askedAt, v.timeZone),
          }),
        question.pseudonym,
      )}
    </p>
  );
}

/** "Dr. {name} reply {Department}" (en) or "{hospital}／{department}／{name}醫師, {date}" (zh-TW). */
export function DoctorLine(props: {
  v: ViewContext;
  answer: AnswerView;
  department: NamedZhEn;
  link?: boolean;
}) {
  const { v, answer, department } = props;
  const text = isolated(
    (doctor) =>
      v.t.qa.doctorLine({
        doctor,
        department: localName(v.locale, department),
        hospital: localName(v.locale, answer.hospital),
        date: formatDate(answer.answeredAt, v.timeZone),
      }),
    localName(v.locale, answer.doctor),
  );
  return (
    <p class="doctor-line">
      {props.link === false ? text : <a href={urls.doctor(v.locale, answer.doctor.slug)}>{text}</a>}
      {answer.doctor.verified ? <VerifiedMark locale={v.locale} /> : null}
    </p>
  );
}

export function AnswerBlock(props: {
  v: ViewContext;
  answer: AnswerView;
  department: NamedZhEn;
  /** Language of the reply text (the question's), when it may differ from the interface. */
  lang?: string;
}) {
  const { v, answer } = props;
  return (
    <article class="answer" id={`answer-${answer.id}`}>
      <h2 class="answer-heading">
        <DoctorLine v={v} answer={answer} department={props.department} />
      </h2>
      <div class="answer-body" lang={props.lang}>
        <Paragraphs text={answer.body} />
      </div>
      <p class="signature">
        {isolated(
          (doctor) => v.t.qa.signature({ doctor, hospital: localName(v.locale, answer.hospital) }),
          localName(v.locale, answer.doctor),
        )}
      </p>
      <p class="reply-date">{v.t.qa.replyDate(formatDate(answer.answeredAt, v.timeZone))}</p>
      <p class="answer-disclaimer">{v.t.disclaimer}</p>
    </article>
  );
}

/** One entry of "Similar Q&A" in the reference layout. */
export function SimilarEntry(props: { v: ViewContext; item: QuestionSummary }) {
  const { v, item } = props;
  const first = item.answers[0];
  const href = urls.question(v.locale, item.id);
  return (
    <article class="similar-entry">
      <h3>
        <a href={href} lang={item.lang} dir="auto">
          {item.pageTitle}
        </a>
      </h3>
      <p class="question-snippet" lang={item.lang} dir="auto">
        {snippet(item.body, 280)}
      </p>
      {first ? (
        <>
          <DoctorLine v={v} answer={first} department={item.department} link={false} />
          <p class="reply-snippet" dir="auto">
            {snippet(first.body, item.lang === 'zh-TW' ? 120 : 200)}
          </p>
        </>
      ) : null}
      <p>
        <a href={href} class="read-more">
          {v.t.qa.readMore} <bdi>{item.pageTitle}</bdi>
        </a>
      </p>
    </article>
  );
}

/** A row of a department, doctor or home list: title, snippet, doctor line, views. */
export function QuestionListItem(props: { v: ViewContext; item: QuestionSummary }) {
  const { v, item } = props;
  const first = item.answers[0];
  return (
    <li class="qa-item">
      <a class="qa-title" href={urls.question(v.locale, item.id)} dir="auto">
        {item.pageTitle}
      </a>
      <p class="question-snippet" lang={item.lang} dir="auto">
        {snippet(item.body, item.lang === 'zh-TW' ? 90 : 160)}
      </p>
      <p class="meta">
        {first ? <DoctorLine v={v} answer={first} department={item.department} link={false} /> : null}
        <span class="views">{v.t.qa.views(item.viewCount)}</span>
      </p>
    </li>
  );
}

export function QaPage(props: {
  v: ViewContext;
  question: QuestionRow;
  department: DepartmentRow;
  answers: AnswerView[];
  moreInfo: string | null;
  similar: QuestionSummary[];
  faqs: { question: string; answer: string }[];
  absoluteUrl: string;
  /**
   * True only on the public Q&A route. Sharing and the view counter appear only there and only
   * once the Q&A is published: a private page (the asker's status link, an editor's preview)
   * must never offer to spread a question that is not public.
   */
  publicView: boolean;
  /** Shown after the answers and More Info (the Q&A route puts "Report this Q&A" here). */
  footer?: Child;
}) {
  const { v, question, department } = props;
  const heading = qaHeading(v, question.pageTitle, department);
  const shareable = props.publicView && question.status === 'published';
  return (
    <div class="qa-page">
      {question.status !== 'published' ? <p class="banner">{v.t.qa.notPublishedBanner}</p> : null}
      <h1>
        <bdi lang={question.lang}>{question.pageTitle}</bdi> - {localName(v.locale, department)}
      </h1>
      {shareable ? <ShareBar v={v} url={props.absoluteUrl} title={heading} /> : null}
      <section class="question" lang={question.lang}>
        <h2 class="question-title" dir="auto">
          {question.title}
        </h2>
        <div class="question-body">
          <Paragraphs text={question.body} />
        </div>
        <AskerLine v={v} question={question} />
        {shareable ? <p class="views">{v.t.qa.views(question.viewCount)}</p> : null}
      </section>
      {props.answers.map((answer) => (
        <AnswerBlock v={v} answer={answer} department={department} lang={question.lang} />
      ))}
      {props.moreInfo ? (
        <section class="more-info">
          <h2>{v.t.qa.moreInfo}</h2>
          {question.moreInfoMachine ? <p class="machine-label">{v.t.qa.machineLabel}</p> : null}
          <div class="article" lang={question.lang} dir="auto">
            {raw(renderMarkdown(props.moreInfo))}
          </div>
        </section>
      ) : null}
      {props.footer ?? null}
      {props.similar.length > 0 ? (
        <section class="similar">
          <h2>{v.t.qa.similar}</h2>
          {props.similar.map((item) => (
            <SimilarEntry v={v} item={item} />
          ))}
        </section>
      ) : null}
      {props.faqs.length > 0 ? (
        <section class="related-faq">
          <h2>{v.t.qa.relatedFaq}</h2>
          {props.faqs.map((faq) => (
            <details>
              <summary>{faq.question}</summary>
              <Paragraphs text={faq.answer} />
            </details>
          ))}
        </section>
      ) : null}
    </div>
  );
}
