/**
 * The doctor area: the doctor's figures, the departments' queue (oldest first, overdue ones
 * marked), claiming, information requests, the reply form and the daily-digest switch.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { doctorApplyMessages } from '../doctors/doctor-apply.messages.ts';
import { listByStatus } from '../questions/questions.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { replySchema } from '../questions/questions.schema.ts';
import {
  claimQuestion,
  doctorSignature,
  loadQuestionPage,
  replyToQuestion,
} from '../questions/questions.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { isSubscribed, setDailyDigest } from './digest.repository.ts';
import { DoctorQuestionPage } from './doctor-area.views.tsx';
import { DigestSwitch, DoctorFiguresBox, DoctorQueueList } from './doctor-queue.views.tsx';
import { departmentQueues, doctorFigures } from './doctor-stats.repository.ts';
import { infoReplyRoutes } from './info-requests.routes.tsx';
import { digestSchema, requestInfoSchema } from './info-requests.schema.ts';
import { listInfoRequests, requestInformation } from './info-requests.service.ts';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const parseId = (c: AppContext) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  return id.data;
};

export const doctorAreaRoutes = new Hono<AppEnv>();

doctorAreaRoutes.get('/doctor', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'doctor');
  const v = viewContext(c);
  // No queue before verification: unpublished questions are for verified doctors only.
  if (!actor.doctor?.verified) {
    return render(
      c,
      { title: v.t.doctorArea.heading, path: '/doctor', noindex: true },
      <p>
        {actor.doctor ? (
          <a href={urls.doctorApply(v.locale)}>{doctorApplyMessages(v.locale).states.pending}</a>
        ) : (
          v.t.doctorArea.notDoctor
        )}
      </p>,
    );
  }
  const db = c.get('deps').db;
  const departmentIds = [...actor.doctor.departmentIds];
  const { answerTargetHours } = await getSettings(db);
  const now = new Date();
  const figures = await doctorFigures(db, actor.doctor.id, now);
  const queues = await departmentQueues(db, departmentIds, answerTargetHours, now);
  const queue = await listByStatus(db, ['approved', 'needs_info'], { departmentIds, limit: 200 });
  const subscribed = await isSubscribed(db, actor.doctor.id);
  return render(
    c,
    { title: v.t.doctorArea.heading, path: '/doctor', noindex: true },
    <section class="queue">
      <h1>{v.t.doctorArea.heading}</h1>
      <DoctorFiguresBox v={v} figures={figures} queues={queues} />
      {queue.length === 0 ? <p>{v.t.doctorArea.empty}</p> : null}
      <DoctorQueueList
        v={v}
        items={queue}
        doctorId={actor.doctor.id}
        targetHours={answerTargetHours}
        now={now.getTime()}
      />
      <DigestSwitch v={v} subscribed={subscribed} />
    </section>,
  );
});

doctorAreaRoutes.post('/doctor/digest', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'doctor');
  if (!actor.doctor) throw notFound();
  const parsed = digestSchema.safeParse(await readForm(c.req));
  if (!parsed.success) return c.redirect(urls.doctorArea(c.get('locale')), 303);
  await setDailyDigest(c.get('deps').db, actor.doctor.id, parsed.data.subscribe === 'yes', c.get('locale'));
  return c.redirect(`${urls.doctorArea(c.get('locale'))}#digest-heading`, 303);
});

type QuestionExtras = Omit<
  Parameters<typeof DoctorQuestionPage>[0],
  'v' | 'page' | 'actor' | 'signature' | 'infoRequests'
>;

async function showQuestion(c: AppContext, id: number, extra: QuestionExtras = {}, status: 200 | 422 = 200) {
  const actor = c.get('actor');
  requireRole(actor, 'doctor');
  const db = c.get('deps').db;
  const page = await loadQuestionPage(db, actor, id);
  // Doctors see what they could act on (their departments' approved, waiting or answered questions)
  // and, after a reply published at once, the published Q&A.
  if (!actor.doctor || !['approved', 'needs_info', 'answered', 'published'].includes(page.question.status)) {
    throw notFound('question');
  }
  const signature = await doctorSignature(db, actor.doctor.id);
  const infoRequests = await listInfoRequests(db, id);
  const v = viewContext(c);
  return render(
    c,
    { title: page.question.title, path: `/doctor/questions/${id}`, noindex: true },
    <DoctorQuestionPage
      v={v}
      page={page}
      actor={actor}
      signature={signature!}
      infoRequests={infoRequests}
      {...extra}
    />,
    status,
  );
}

doctorAreaRoutes.get('/doctor/questions/:id', async (c) => {
  const saved = c.req.query('saved');
  return showQuestion(c, parseId(c), {
    saved: saved === 'published' || saved === 'held' ? saved : saved === '1' ? 'review' : undefined,
    requested: c.req.query('requested') === '1',
  });
});

doctorAreaRoutes.post('/doctor/questions/:id/claim', async (c) => {
  const id = parseId(c);
  await claimQuestion(c.get('deps').db, c.get('actor'), id);
  return c.redirect(urls.doctorQuestion(c.get('locale'), id), 303);
});

doctorAreaRoutes.post('/doctor/questions/:id/reply', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = replySchema.safeParse(form);
  if (!parsed.success) {
    return showQuestion(c, id, { body: form.body, error: fieldErrors(parsed.error).body }, 422);
  }
  const { published, held } = await replyToQuestion(c.get('deps'), c.get('actor'), id, parsed.data.body);
  const saved = published ? 'published' : held ? 'held' : '1';
  return c.redirect(`${urls.doctorQuestion(c.get('locale'), id)}?saved=${saved}`, 303);
});

doctorAreaRoutes.post('/doctor/questions/:id/request-info', async (c) => {
  const id = parseId(c);
  const form = await readForm(c.req);
  const parsed = requestInfoSchema.safeParse(form);
  if (!parsed.success) {
    const error = fieldErrors(parsed.error).message;
    return showQuestion(c, id, { requestMessage: form.message, requestError: error }, 422);
  }
  await requestInformation(c.get('deps'), c.get('actor'), id, parsed.data.message);
  return c.redirect(`${urls.doctorQuestion(c.get('locale'), id)}?requested=1`, 303);
});

// The asker's answer arrives on their status link; mounted here so the feature stays in one place.
doctorAreaRoutes.route('/', infoReplyRoutes);
