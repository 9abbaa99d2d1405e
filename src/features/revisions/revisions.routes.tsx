/** Editors read a question's revision history and revert a change. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { render } from '../../web/render.tsx';
import { moderationMessages } from '../moderation/moderation.messages.ts';
import { answersFor, findQuestion } from '../questions/questions.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { questionHistory, revertRevision } from './revisions.service.ts';
import { historyUrl, RevisionHistory } from './revisions.views.tsx';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const parseId = (c: AppContext, what: string) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound(what);
  return id.data;
};

export const revisionRoutes = new Hono<AppEnv>();

revisionRoutes.get('/editor/questions/:id/history', async (c) => {
  const id = parseId(c, 'question');
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const db = c.get('deps').db;
  const revisions = await questionHistory(db, actor, id);
  const { question } = (await findQuestion(db, id))!;
  const answers = (await answersFor(db, [id])).get(id) ?? [];
  const v = viewContext(c);
  return render(
    c,
    {
      title: moderationMessages(v.locale).historyHeading(question.pageTitle),
      path: `/editor/questions/${id}/history`,
      noindex: true,
    },
    <RevisionHistory
      v={v}
      question={question}
      revisions={revisions}
      answers={answers}
      reverted={c.req.query('reverted') === '1'}
    />,
  );
});

revisionRoutes.post('/editor/revisions/:id/revert', async (c) => {
  const id = parseId(c, 'revision');
  const { questionId } = await revertRevision(c.get('deps'), c.get('actor'), id);
  return c.redirect(`${historyUrl(viewContext(c), questionId)}?reverted=1`, 303);
});
