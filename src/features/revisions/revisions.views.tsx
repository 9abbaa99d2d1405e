/** A question's revision history: each change with its word diff and a revert button. */
import { formatDate } from '../../lib/text.ts';
import { isolated } from '../../web/bidi.tsx';
import { urls } from '../../web/urls.ts';
import { moderationMessages } from '../moderation/moderation.messages.ts';
import type { AnswerView } from '../questions/questions.repository.ts';
import { localName, type ViewContext } from '../questions/questions.views.tsx';
import type { RevisionRow } from './revisions.repository.ts';
import { textDiff } from './text-diff.ts';

export const revertUrl = (v: ViewContext, revisionId: number) =>
  `/${v.locale}/editor/revisions/${revisionId}/revert`;
export const historyUrl = (v: ViewContext, questionId: number) =>
  `${urls.editorQuestion(v.locale, questionId)}/history`;

/** "YYYY/MM/DD HH:mm" in the site's time zone (several edits a day are common). */
function when(date: Date, timeZone: string) {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
  return `${formatDate(date, timeZone)} ${time}`;
}

function Diff(props: { before: string | null; after: string | null; lang: string }) {
  return (
    <div class="diff" lang={props.lang} dir="auto">
      {textDiff(props.before, props.after, props.lang).map((part) =>
        part.kind === 'added' ? (
          <ins>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del>{part.text}</del>
        ) : (
          part.text
        ),
      )}
    </div>
  );
}

export function RevisionHistory(props: {
  v: ViewContext;
  question: { id: number; lang: string; pageTitle: string };
  revisions: { revision: RevisionRow; actorName: string | null }[];
  answers: AnswerView[];
  reverted: boolean;
}) {
  const { v, question } = props;
  const m = moderationMessages(v.locale);
  const doctorOf = new Map(props.answers.map((a) => [a.id, localName(v.locale, a.doctor)]));
  const what = (r: RevisionRow) =>
    r.entityType === 'answer'
      ? m.answerOf(doctorOf.get(r.entityId) ?? `#${r.entityId}`)
      : (m.fields[r.field] ?? r.field);
  return (
    <section class="revision-history">
      <p>
        <a href={urls.editorQuestion(v.locale, question.id)}>← {m.backToQuestion}</a>
      </p>
      <h1>{isolated(m.historyHeading, question.pageTitle)}</h1>
      {props.reverted ? (
        <p class="notice" role="status">
          {m.reverted}
        </p>
      ) : null}
      {props.revisions.length === 0 ? <p>{m.historyEmpty}</p> : null}
      <ol class="revisions">
        {props.revisions.map(({ revision, actorName }) => (
          <li class="revision" id={`revision-${revision.id}`} data-revision-id={String(revision.id)}>
            <p class="meta">
              <strong>#{revision.id}</strong> · <span class="revision-field">{what(revision)}</span> ·{' '}
              {when(revision.createdAt, v.timeZone)} · {m.by(actorName ?? m.system)}
              {revision.revertOf ? ` · ${m.revertOf(revision.revertOf)}` : null}
            </p>
            {revision.before === null && revision.after === null ? (
              <p>{m.empty}</p>
            ) : (
              <Diff before={revision.before} after={revision.after} lang={question.lang} />
            )}
            <form method="post" action={revertUrl(v, revision.id)} class="inline">
              <button type="submit">{m.revert}</button>
            </form>
          </li>
        ))}
      </ol>
    </section>
  );
}
