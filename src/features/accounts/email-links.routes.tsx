/** Sign-in links and password reset: ask for a link, open it (a confirm page), use it (POST). */
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { emailOnlySchema, linkTokenSchema, resetSchema } from './accounts.schema.ts';
import {
  accountView,
  BadLinkPage,
  ConfirmLinkPage,
  MessagePage,
  RequestLinkForm,
  ResetPasswordForm,
} from './accounts.views.tsx';
import { isUsableLink, requestEmailLink, resetPassword, signInWithLink } from './email-links.service.ts';
import { sessionToken, setSessionCookie } from './session-cookie.ts';

export const emailLinkRoutes = new Hono<AppEnv>();

const meta = (title: string, path: string) => ({ title, path, noindex: true });

/** The two "email me a link" forms differ only in words, address and purpose. */
const linkForms = [
  { purpose: 'sign-in', path: '/signin/link', url: urls.signInLink, words: 'link' },
  { purpose: 'reset-password', path: '/password/forgot', url: urls.passwordForgot, words: 'forgot' },
] as const;

for (const form of linkForms) {
  const { purpose } = form;
  const page = (c: AppContext, values: Record<string, string>, errors: Record<string, string>) => {
    const v = accountView(c);
    const words = v.m[form.words];
    return render(
      c,
      meta(words.heading, form.path),
      <RequestLinkForm
        v={v}
        heading={words.heading}
        intro={words.intro}
        submit={words.submit}
        action={form.url(v.locale)}
        values={values}
        errors={errors}
      />,
      Object.keys(errors).length ? 422 : 200,
    );
  };
  emailLinkRoutes.get(form.path, (c) => page(c, {}, {}));
  emailLinkRoutes.post(form.path, async (c) => {
    const values = await readForm(c.req);
    const parsed = emailOnlySchema.safeParse(values);
    if (!parsed.success) return page(c, { email: values.email ?? '' }, fieldErrors(parsed.error));
    const v = accountView(c);
    await requestEmailLink(c.get('deps'), parsed.data.email, purpose, v.locale);
    // The same words whether or not the address has an account.
    return render(
      c,
      meta(v.m.checkEmail.heading, form.path),
      <MessagePage heading={v.m.checkEmail.heading} body={v.m.checkEmail.body} />,
    );
  });
}

const badLink = (c: AppContext, againHref: string) => {
  const v = accountView(c);
  return render(c, meta(v.m.badLink.heading, '/signin'), <BadLinkPage v={v} againHref={againHref} />, 404);
};

/** Whether the :token of this request looks like ours and still works. */
const usable = async (c: AppContext, purpose: 'sign-in' | 'reset-password') => {
  const token = c.req.param('token') ?? '';
  c.header('referrer-policy', 'no-referrer');
  c.header('cache-control', 'no-store'); // a page for a secret link is never kept by a cache
  return linkTokenSchema.safeParse(token).success && (await isUsableLink(c.get('deps').db, token, purpose));
};

emailLinkRoutes.get('/signin/link/:token', async (c) => {
  const v = accountView(c);
  if (!(await usable(c, 'sign-in'))) return badLink(c, urls.signInLink(v.locale));
  return render(
    c,
    meta(v.m.link.confirmHeading, '/signin/link'),
    <ConfirmLinkPage
      heading={v.m.link.confirmHeading}
      intro={v.m.link.confirm}
      submit={v.t.auth.submit}
      action={urls.signInLink(v.locale, c.req.param('token'))}
    />,
  );
});

emailLinkRoutes.post('/signin/link/:token', async (c) => {
  const v = accountView(c);
  const token = c.req.param('token');
  const session = linkTokenSchema.safeParse(token).success
    ? await signInWithLink(c.get('deps').db, token, 'sign-in', sessionToken(c))
    : undefined;
  if (!session) return badLink(c, urls.signInLink(v.locale));
  setSessionCookie(c, session);
  return c.redirect(urls.account(v.locale), 303);
});

const resetPage = (c: AppContext, errors: Record<string, string>) => {
  const v = accountView(c);
  return render(
    c,
    meta(v.m.reset.heading, '/password/forgot'),
    <ResetPasswordForm
      v={v}
      action={urls.passwordReset(v.locale, c.req.param('token') ?? '')}
      errors={errors}
    />,
    Object.keys(errors).length ? 422 : 200,
  );
};

emailLinkRoutes.get('/password/reset/:token', async (c) => {
  if (!(await usable(c, 'reset-password'))) return badLink(c, urls.passwordForgot(c.get('locale')));
  return resetPage(c, {});
});

emailLinkRoutes.post('/password/reset/:token', async (c) => {
  const v = accountView(c);
  if (!(await usable(c, 'reset-password'))) return badLink(c, urls.passwordForgot(v.locale));
  const parsed = resetSchema.safeParse(await readForm(c.req));
  if (!parsed.success) return resetPage(c, fieldErrors(parsed.error));
  const session = await resetPassword(c.get('deps'), c.req.param('token'), parsed.data.password, v.locale);
  if (!session) return badLink(c, urls.passwordForgot(v.locale));
  setSessionCookie(c, session);
  return c.redirect(`${urls.account(v.locale)}?done=reset`, 303);
});
