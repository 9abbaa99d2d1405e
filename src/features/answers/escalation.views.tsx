/** The "Escalated" section of the editor dashboard. */
import type { Db } from '../../db/database.ts';
import { formatDate } from '../../lib/text.ts';
import { urls } from '../../web/urls.ts';
import { localName, type ViewContext } from '../questions/questions.views.tsx';
import { getSettings } from '../settings/settings.service.ts';
import { answersMessages } from './answers.messages.ts';
import { listEscalated } from './escalation.repository.ts';

export function EscalatedSection(props: {
  v: ViewContext;
  items: Awaited<ReturnType<typeof listEscalated>>;
  targetHours: number;
}) {
  const { v, items } = props;
  const m = answersMessages(v.locale);
  return (
    <section class="editor-queue escalated" aria-labelledby="escalated-heading">
      <h2 id="escalated-heading">
        {m.escalatedHeading(props.targetHours)} <span class="count">({items.length})</span>
      </h2>
      {items.length === 0 ? <p>{m.escalatedEmpty}</p> : null}
      <ol class="queue-list">
        {items.map((q) => (
          <li class="queue-item overdue" data-question-id={String(q.id)}>
            <a href={urls.editorQuestion(v.locale, q.id)} dir="auto">
              {q.pageTitle}
            </a>
            <span class="meta">
              {m.escalatedMeta({
                department: localName(v.locale, q.department),
                status: v.t.status[q.status] ?? q.status,
                asked: formatDate(q.askedAt, v.timeZone),
                escalated: q.escalatedAt ? formatDate(q.escalatedAt, v.timeZone) : '',
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Loads and renders the section; the editor dashboard includes it with one line. */
export async function EscalatedPanel(props: { v: ViewContext; db: Db }) {
  const [items, settings] = [await listEscalated(props.db), await getSettings(props.db)];
  return <EscalatedSection v={props.v} items={items} targetHours={settings.answerTargetHours} />;
}
