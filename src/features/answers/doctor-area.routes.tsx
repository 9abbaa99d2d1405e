/** The doctor area: the departments' queue (oldest first), claiming, and the reply form. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import { formatDate } from '../../lib/text.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { listByStatus } from '../questions/questions.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { replySchema } from '../questions/questions.schema.ts';
import {
  claimQuestion,
  doctorSignature,
  loadQuestionPage,
  replyToQuestion,
} from '../questions/questions.service.ts';
import { localName } from '../questions/questions.views.tsx';
import { DoctorQuestionPage } from './doctor-area.views.tsx';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const DAY = 86_400_000;

export const doctorAreaRoutes = new Hono<AppEnv>();

doctorAreaRoutes.get('/doctor', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'doctor');
  const v = viewContext(c);
  if (!actor.doctor) {
    return render(
      c,
      { title: v.t.doctorArea.heading, path: '/doctor', noindex: true },
      <p>{v.t.doctorArea.notDoctor}</p>,
    );
  }
  const queue = await listByStatus(c.get('deps').db, ['approved'], {
    departmentIds: [...actor.doctor.departmentIds],
    limit: 200,
  });
  const now = Date.now();
  return render(
    c,
    { title: v.t.doctorArea.heading, path: '/doctor', noindex: true },
    <section class="queue">
      <h1>{v.t.doctorArea.heading}</h1>
      {queue.length === 0 ? <p>{v.t.doctorArea.empty}</p> : null}
      <ol class="queue-list">
        {queue.map((q) => (
          <li class="queue-item" data-question-id={String(q.id)}>
            <a href={urls.doctorQuestion(v.locale, q.id)}>{q.title}</a>
            <span class="meta">
              {localName(v.locale, q.department)} · {formatDate(q.askedAt, v.timeZone)} ·{' '}
              {v.t.doctorArea.waiting(Math.floor((now - q.askedAt.getTime()) / DAY))}
              {q.claimedByDoctorId
                ? ` · ${q.claimedByDoctorId === actor.doctor?.id ? v.t.doctorArea.claimedByYou : v.t.doctorArea.claimedBy((v.locale === 'zh-TW' ? q.claimedByNameZh : q.claimedByName) ?? '')}`
                : null}
            </span>
            {!q.claimedByDoctorId ? (
              <form method="post" action={`${urls.doctorQuestion(v.locale, q.id)}/claim`} class="inline">
                <button type="submit">{v.t.doctorArea.claim}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </section>,
  );
});

async function showQuestion(
  c: AppContext,
  id: number,
  extra: { body?: string; error?: string; saved?: boolean } = {},
  status: 200 | 422 = 200,
) {
  const actor = c.get('actor');
  requireRole(actor, 'doctor');
  const db = c.get('deps').db;
  const page = await loadQuestionPage(db, actor, id);
  // Doctors see only what they could act on: their departments' approved or answered questions.
  if (!actor.doctor || !['approved', 'answered'].includes(page.question.status)) throw notFound('question');
  const signature = await doctorSignature(db, actor.doctor.id);
  const v = viewContext(c);
  return render(
    c,
    { title: page.question.title, path: `/doctor/questions/${id}`, noindex: true },
    <DoctorQuestionPage v={v} page={page} actor={actor} signature={signature!} {...extra} />,
    status,
  );
}

doctorAreaRoutes.get('/doctor/questions/:id', async (c) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  return showQuestion(c, id.data, { saved: c.req.query('saved') === '1' });
});

doctorAreaRoutes.post('/doctor/questions/:id/claim', async (c) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  await claimQuestion(c.get('deps').db, c.get('actor'), id.data);
  return c.redirect(urls.doctorQuestion(c.get('locale'), id.data), 303);
});

doctorAreaRoutes.post('/doctor/questions/:id/reply', async (c) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  const form = await readForm(c.req);
  const parsed = replySchema.safeParse(form);
  if (!parsed.success) {
    return showQuestion(c, id.data, { body: form.body, error: fieldErrors(parsed.error).body }, 422);
  }
  await replyToQuestion(c.get('deps'), c.get('actor'), id.data, parsed.data.body);
  return c.redirect(`${urls.doctorQuestion(c.get('locale'), id.data)}?saved=1`, 303);
});
