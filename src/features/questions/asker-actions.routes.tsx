/** The asker's confirm steps behind the private status link: withdraw, or remove from the site. */
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { type FieldErrors, fieldErrors, readForm } from '../../web/forms.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { askerActionMessages } from './asker-actions.messages.ts';
import {
  questionForToken,
  REMOVABLE_BY_ASKER,
  removeByAsker,
  WITHDRAWABLE,
  withdrawByAsker,
} from './asker-actions.service.ts';
import { type AskerAction, AskerActionConfirm } from './asker-actions.views.tsx';
import { viewContext } from './questions.routes.tsx';
import { removalRequestSchema, withdrawSchema } from './questions.schema.ts';

export const askerActionRoutes = new Hono<AppEnv>();

async function showConfirm(
  c: AppContext,
  action: AskerAction,
  values: Record<string, string> = {},
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const token = c.req.param('token')!;
  const question = await questionForToken(c.get('deps').db, token);
  const allowed = action === 'withdraw' ? WITHDRAWABLE : REMOVABLE_BY_ASKER;
  // Nothing to confirm any more (already withdrawn, removed, …): back to the status page.
  if (!allowed.includes(question.status)) return c.redirect(urls.status(c.get('locale'), token), 303);
  const v = viewContext(c);
  const m = askerActionMessages(v.locale);
  c.header('referrer-policy', 'no-referrer');
  return render(
    c,
    { title: action === 'withdraw' ? m.withdrawHeading : m.removeHeading, path: localPath(c), noindex: true },
    <AskerActionConfirm
      v={v}
      action={action}
      question={question}
      token={token}
      values={values}
      errors={errors}
    />,
    status,
  );
}

askerActionRoutes.get('/status/:token/withdraw', (c) => showConfirm(c, 'withdraw'));
askerActionRoutes.get('/status/:token/remove', (c) => showConfirm(c, 'remove'));

askerActionRoutes.post('/status/:token/withdraw', async (c) => {
  const token = c.req.param('token');
  const form = await readForm(c.req);
  const parsed = withdrawSchema.safeParse(form);
  if (!parsed.success) return showConfirm(c, 'withdraw', form, fieldErrors(parsed.error), 422);
  await withdrawByAsker(c.get('deps'), token, parsed.data);
  return c.redirect(`${urls.status(c.get('locale'), token)}?done=withdrawn`, 303);
});

askerActionRoutes.post('/status/:token/remove', async (c) => {
  const token = c.req.param('token');
  const form = await readForm(c.req);
  const parsed = removalRequestSchema.safeParse(form);
  if (!parsed.success) return showConfirm(c, 'remove', form, fieldErrors(parsed.error), 422);
  await removeByAsker(c.get('deps'), token, parsed.data);
  return c.redirect(`${urls.status(c.get('locale'), token)}?done=removed`, 303);
});
