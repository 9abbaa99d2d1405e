/** Sign in with email and password, sign out. */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { signIn, signOut } from './accounts.service.ts';

export const SESSION_COOKIE = 'oc_session';

const signInSchema = z.object({
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});
/** Only same-site paths, so the sign-in page cannot be used to redirect elsewhere. */
const safeNext = (next: string | undefined) =>
  next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : undefined;

function SignInForm(props: { c: AppContext; email?: string; error?: string; next?: string }) {
  const t = props.c.get('t').auth;
  const locale = props.c.get('locale');
  return (
    <section class="signin">
      <h1>{t.heading}</h1>
      {props.error ? (
        <p class="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action={urls.signIn(locale)}>
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <div class="field">
          <label for="email">{t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            value={props.email ?? ''}
            required
          />
        </div>
        <div class="field">
          <label for="password">{t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </form>
    </section>
  );
}

export const accountRoutes = new Hono<AppEnv>();

accountRoutes.get('/signin', (c) =>
  render(
    c,
    { title: c.get('t').auth.heading, path: '/signin', noindex: true },
    <SignInForm c={c} next={safeNext(c.req.query('next'))} />,
  ),
);

accountRoutes.post('/signin', async (c) => {
  const form = await readForm(c.req);
  const parsed = signInSchema.safeParse(form);
  const session = parsed.success
    ? await signIn(c.get('deps').db, parsed.data.email, parsed.data.password)
    : undefined;
  if (!session) {
    return render(
      c,
      { title: c.get('t').auth.heading, path: '/signin', noindex: true },
      <SignInForm c={c} email={form.email} error={c.get('t').auth.invalid} next={safeNext(form.next)} />,
      401,
    );
  }
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('deps').config.COOKIE_SECURE ?? new URL(c.req.url).protocol === 'https:',
    path: '/',
    expires: session.expiresAt,
  });
  return c.redirect(safeNext(form.next) ?? urls.home(c.get('locale')), 303);
});

accountRoutes.post('/signout', async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await signOut(c.get('deps').db, token);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.redirect(urls.home(c.get('locale')), 303);
});
