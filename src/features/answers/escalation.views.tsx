/** The "Escalated" section of the editor dashboard: what is overdue now, not only what was emailed. */
import type { Db } from '../../db/database.ts';
import { formatDate } from '../../lib/text.ts';
import { urls } from '../../web/urls.ts';
import { localName, type ViewContext } from '../questions/questions.views.tsx';
import { getSettings } from '../settings/settings.service.ts';
import { answersMessages } from './answers.messages.ts';
import { listOverdue } from './escalation.repository.ts';
import { overdueRule } from './overdue.ts';

export function EscalatedSection(props: {
  v: ViewContext;
  overdue: Awaited<ReturnType<typeof listOverdue>>;
  targetHours: number;
}) {
  const { v } = props;
  const { items, total } = props.overdue;
  const m = answersMessages(v.locale);
  return (
    <section class="editor-queue escalated" aria-labelledby="escalated-heading">
      <h2 id="escalated-heading">
        {m.escalatedHeading(props.targetHours)} <span class="count">({total})</span>
      </h2>
      {items.length === 0 ? <p>{m.escalatedEmpty}</p> : null}
      <ol class="queue-list">
        {items.map((q) => (
          <li class="queue-item overdue" data-question-id={String(q.id)}>
            <a href={urls.editorQuestion(v.locale, q.id)} lang={q.lang} dir="auto">
              {q.pageTitle}
            </a>
            <span class="meta">
              {m.escalatedMeta({
                department: localName(v.locale, q.department),
                status: v.t.status[q.status] ?? q.status,
                asked: formatDate(q.askedAt, v.timeZone),
                escalated: q.escalatedAt ? formatDate(q.escalatedAt, v.timeZone) : null,
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Loads and renders the section; the editor dashboard includes it with one line. The list is
 * computed at request time from the rule the escalation job uses (`overdueRule`).
 */
export async function EscalatedPanel(props: { v: ViewContext; db: Db; now?: Date }) {
  const { answerTargetHours } = await getSettings(props.db);
  const overdue = await listOverdue(props.db, overdueRule(answerTargetHours, props.now ?? new Date()));
  return <EscalatedSection v={props.v} overdue={overdue} targetHours={answerTargetHours} />;
}
