/** Sign in with email and password, sign out, sign out everywhere; mounts the other account pages. */
import { Hono } from 'hono';
import { AppError } from '../../lib/errors.ts';
import type { AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { accountPageRoutes } from './account-page.routes.tsx';
import { signInSchema } from './accounts.schema.ts';
import { signIn, signOut, signOutEverywhere } from './accounts.service.ts';
import { accountView, SignInForm } from './accounts.views.tsx';
import { emailLinkRoutes } from './email-links.routes.tsx';
import { clearSessionCookie, SESSION_COOKIE, sessionToken, setSessionCookie } from './session-cookie.ts';
import { signUpRoutes } from './signup.routes.tsx';

export { SESSION_COOKIE };

/** Only same-site paths, so the sign-in page cannot be used to redirect elsewhere. */
const safeNext = (next: string | undefined) =>
  next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : undefined;

export const accountRoutes = new Hono<AppEnv>();

accountRoutes.get('/signin', (c) =>
  render(
    c,
    { title: c.get('t').auth.heading, path: '/signin', noindex: true },
    <SignInForm v={accountView(c)} next={safeNext(c.req.query('next'))} />,
  ),
);

accountRoutes.post('/signin', async (c) => {
  const form = await readForm(c.req);
  const parsed = signInSchema.safeParse(form);
  const session = parsed.success
    ? await signIn(c.get('deps').db, parsed.data.email, parsed.data.password, new Date(), sessionToken(c))
    : undefined;
  if (!session) {
    return render(
      c,
      { title: c.get('t').auth.heading, path: '/signin', noindex: true },
      <SignInForm
        v={accountView(c)}
        email={form.email}
        error={c.get('t').auth.invalid}
        next={safeNext(form.next)}
      />,
      401,
    );
  }
  setSessionCookie(c, session);
  return c.redirect(safeNext(form.next) ?? urls.home(c.get('locale')), 303);
});

accountRoutes.post('/signout', async (c) => {
  const token = sessionToken(c);
  if (token) await signOut(c.get('deps').db, token);
  clearSessionCookie(c);
  return c.redirect(urls.home(c.get('locale')), 303);
});

/** Ends every session of the signed-in person, on every device, this one included. */
accountRoutes.post('/signout-everywhere', async (c) => {
  const actor = c.get('actor');
  if (!actor) throw new AppError(401, 'unauthorized', 'Please sign in.');
  await signOutEverywhere(c.get('deps').db, actor.userId);
  clearSessionCookie(c);
  return c.redirect(urls.signIn(c.get('locale')), 303);
});

accountRoutes.route('/', signUpRoutes);
accountRoutes.route('/', emailLinkRoutes);
accountRoutes.route('/', accountPageRoutes);
