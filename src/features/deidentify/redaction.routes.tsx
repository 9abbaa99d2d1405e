/**
 * Redaction from the editor's findings panel: POST /{locale}/editor/questions/:id/redact
 * (one finding: field, answerId for an answer, type, start, end, text) and …/redact-all.
 * Each redaction is a revision and an audit entry (deidentify.service.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import { redactSchema } from './deidentify.schema.ts';
import { redactAllFindings, redactFinding } from './deidentify.service.ts';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);

function questionId(c: AppContext): number {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('question');
  return id.data;
}

const backToFindings = (c: AppContext, id: number) =>
  c.redirect(`${urls.editorQuestion(c.get('locale'), id)}?saved=1#findings`, 303);

export const redactionRoutes = new Hono<AppEnv>();

redactionRoutes.post('/editor/questions/:id/redact', async (c) => {
  const id = questionId(c);
  requireRole(c.get('actor'), 'editor');
  const parsed = redactSchema.safeParse(await readForm(c.req));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(400, 'invalid_input', `${issue.path.join('.')}: ${issue.message}`);
  }
  await redactFinding(c.get('deps'), c.get('actor'), id, parsed.data);
  return backToFindings(c, id);
});

redactionRoutes.post('/editor/questions/:id/redact-all', async (c) => {
  const id = questionId(c);
  await redactAllFindings(c.get('deps'), c.get('actor'), id);
  return backToFindings(c, id);
});
