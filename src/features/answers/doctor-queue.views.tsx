/** The doctor area's front page: the doctor's figures, the departments' queue and the digest switch. */
import { formatDate } from '../../lib/text.ts';
import { urls } from '../../web/urls.ts';
import type { listByStatus } from '../questions/questions.repository.ts';
import { localName, type ViewContext } from '../questions/questions.views.tsx';
import { answersMessages } from './answers.messages.ts';
import type { DepartmentQueue, DoctorFigures } from './doctor-stats.repository.ts';
import { overdueRule } from './overdue.ts';

const DAY = 86_400_000;

type QueueItem = Awaited<ReturnType<typeof listByStatus>>[number];

export function DoctorFiguresBox(props: {
  v: ViewContext;
  figures: DoctorFigures;
  queues: DepartmentQueue[];
}) {
  const m = answersMessages(props.v.locale);
  const { figures, queues } = props;
  const waiting = queues.reduce((n, q) => n + q.waiting, 0);
  const overdue = queues.reduce((n, q) => n + q.overdue, 0);
  return (
    <section class="doctor-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{m.figuresHeading}</h2>
      <ul class="figures">
        <li data-figure="answers-total">{m.answersTotal(figures.answersTotal)}</li>
        <li data-figure="answers-30d">{m.answersLast30(figures.answersLast30Days)}</li>
        <li data-figure="median">{m.medianTime(figures.medianHoursToAnswer)}</li>
        <li data-figure="queue">{m.queueLength(waiting)}</li>
        <li data-figure="overdue" class={overdue > 0 ? 'overdue' : undefined}>
          {m.overdueCount(overdue)}
        </li>
      </ul>
    </section>
  );
}

export function DoctorQueueList(props: {
  v: ViewContext;
  items: QueueItem[];
  doctorId: number;
  targetHours: number;
  now: number;
}) {
  const { v, items, doctorId, targetHours, now } = props;
  const t = v.t.doctorArea;
  const m = answersMessages(v.locale);
  const rule = overdueRule(targetHours, new Date(now));
  return (
    <ol class="queue-list">
      {items.map((q) => {
        const overdue = rule.test(q);
        const claim = q.claimedByDoctorId
          ? q.claimedByDoctorId === doctorId
            ? t.claimedByYou
            : t.claimedBy((v.locale === 'zh-TW' ? q.claimedByNameZh : q.claimedByName) ?? '')
          : null;
        return (
          <li
            class={`queue-item${overdue ? ' overdue' : ''}${q.status === 'needs_info' ? ' needs-info' : ''}`}
            data-question-id={String(q.id)}
          >
            <a href={urls.doctorQuestion(v.locale, q.id)} dir="auto">
              {q.title}
            </a>
            {overdue ? <strong class="badge badge-overdue">{m.overdue(targetHours)}</strong> : null}
            {q.status === 'needs_info' ? (
              <strong class="badge badge-waiting">{m.waitingForAsker}</strong>
            ) : null}
            <span class="meta">
              {localName(v.locale, q.department)} · {formatDate(q.askedAt, v.timeZone)} ·{' '}
              {t.waiting(Math.floor((now - q.askedAt.getTime()) / DAY))}
              {claim ? ` · ${claim}` : null}
            </span>
            {!q.claimedByDoctorId && q.status === 'approved' ? (
              <form method="post" action={`${urls.doctorQuestion(v.locale, q.id)}/claim`} class="inline">
                <button type="submit">{t.claim}</button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Subscribe to or stop the daily digest; the digest is written in the language of this page. */
export function DigestSwitch(props: { v: ViewContext; subscribed: boolean }) {
  const m = answersMessages(props.v.locale);
  return (
    <section class="digest-switch" aria-labelledby="digest-heading">
      <h2 id="digest-heading">{m.digestHeading}</h2>
      <p>{props.subscribed ? m.digestOn : m.digestOff}</p>
      <form method="post" action={`${urls.doctorArea(props.v.locale)}/digest`} class="inline">
        <input type="hidden" name="subscribe" value={props.subscribed ? 'no' : 'yes'} />
        <button type="submit">{props.subscribed ? m.digestUnsubscribe : m.digestSubscribe}</button>
      </form>
    </section>
  );
}
