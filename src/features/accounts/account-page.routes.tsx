/** The signed-in person's account page, attaching a question by its status link, resending verification. */
import { Hono } from 'hono';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { hasPendingApplication } from '../doctors/doctor-apply.repository.ts';
import { type AccountNotice, AccountPage } from './account-page.views.tsx';
import { attachByStatusLink, listUserQuestions } from './account-questions.service.ts';
import { findUserById } from './accounts.repository.ts';
import { attachSchema } from './accounts.schema.ts';
import { accountView } from './accounts.views.tsx';
import { resendVerification } from './email-links.service.ts';

export const accountPageRoutes = new Hono<AppEnv>();

function requireSignedIn(c: AppContext): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError(401, 'unauthorized', 'Please sign in.');
  return actor;
}

const NOTICES: readonly AccountNotice[] = ['attached', 'resent', 'verified', 'reset'];

async function accountPage(
  c: AppContext,
  actor: Actor,
  attach: { value?: string; error?: string } = {},
  notice?: AccountNotice,
) {
  const db = c.get('deps').db;
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'unauthorized', 'Please sign in.');
  const v = accountView(c);
  c.header('cache-control', 'private, no-store');
  return render(
    c,
    { title: v.m.account.heading, path: '/account', noindex: true },
    <AccountPage
      v={v}
      timeZone={c.get('deps').config.TIMEZONE}
      user={user}
      questions={await listUserQuestions(db, actor.userId)}
      pendingApplication={await hasPendingApplication(db, actor.userId)}
      notice={notice}
      attach={attach}
    />,
    attach.error ? 422 : 200,
  );
}

accountPageRoutes.get('/account', (c) => {
  const done = c.req.query('done') as AccountNotice | undefined;
  return accountPage(c, requireSignedIn(c), {}, done && NOTICES.includes(done) ? done : undefined);
});

accountPageRoutes.post('/account/attach', async (c) => {
  const actor = requireSignedIn(c);
  const form = await readForm(c.req);
  const parsed = attachSchema.safeParse(form);
  if (!parsed.success) {
    return accountPage(c, actor, { value: form.link, error: fieldErrors(parsed.error).link ?? 'required' });
  }
  const result = await attachByStatusLink(c.get('deps').db, actor, parsed.data.link);
  if (!result.ok) return accountPage(c, actor, { value: parsed.data.link, error: result.error });
  return c.redirect(`${urls.account(c.get('locale'))}?done=attached`, 303);
});

accountPageRoutes.post('/account/verify-email', async (c) => {
  const actor = requireSignedIn(c);
  await resendVerification(c.get('deps'), actor.userId, c.get('locale'));
  return c.redirect(`${urls.account(c.get('locale'))}?done=resent`, 303);
});
