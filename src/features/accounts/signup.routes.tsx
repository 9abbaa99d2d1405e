/** Sign-up and the email verification link (a confirm page whose button POSTs). */
import { Hono } from 'hono';
import { isolated } from '../../web/bidi.tsx';
import type { AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { linkTokenSchema, signUpSchema } from './accounts.schema.ts';
import { accountView, BadLinkPage, ConfirmLinkPage, MessagePage, SignUpForm } from './accounts.views.tsx';
import { isUsableLink, signInWithLink, signUp } from './email-links.service.ts';
import { sessionToken, setSessionCookie } from './session-cookie.ts';

export const signUpRoutes = new Hono<AppEnv>();

signUpRoutes.get('/signup', (c) => {
  const v = accountView(c);
  return render(
    c,
    { title: v.m.signUp.heading, path: '/signup', noindex: true },
    <SignUpForm v={v} values={{}} errors={{}} />,
  );
});

signUpRoutes.post('/signup', async (c) => {
  const v = accountView(c);
  const form = await readForm(c.req);
  const parsed = signUpSchema.safeParse(form);
  if (!parsed.success) {
    // The password is never sent back into the page.
    const values = { email: form.email ?? '', displayName: form.displayName ?? '' };
    return render(
      c,
      { title: v.m.signUp.heading, path: '/signup', noindex: true },
      <SignUpForm v={v} values={values} errors={fieldErrors(parsed.error)} />,
      422,
    );
  }
  await signUp(c.get('deps'), parsed.data, v.locale);
  // The same words whether the address was new or taken (its owner got an email instead); the
  // address is shown so a typo is seen at once (rendered as text, isolated like any user text).
  return render(
    c,
    { title: v.m.signUp.sentHeading, path: '/signup', noindex: true },
    <MessagePage
      heading={v.m.signUp.sentHeading}
      body={isolated((address) => v.m.signUp.sent(address), parsed.data.email)}
    />,
  );
});

signUpRoutes.get('/verify/:token', async (c) => {
  const v = accountView(c);
  const token = c.req.param('token');
  c.header('referrer-policy', 'no-referrer');
  c.header('cache-control', 'no-store'); // a page for a secret link is never kept by a cache
  const usable =
    linkTokenSchema.safeParse(token).success && (await isUsableLink(c.get('deps').db, token, 'verify-email'));
  if (!usable) {
    return render(
      c,
      { title: v.m.badLink.heading, path: '/signup', noindex: true },
      <BadLinkPage v={v} againHref={urls.signInLink(v.locale)} />,
      404,
    );
  }
  return render(
    c,
    { title: v.m.verify.heading, path: '/signup', noindex: true },
    <ConfirmLinkPage
      heading={v.m.verify.heading}
      intro={v.m.verify.intro}
      submit={v.m.verify.submit}
      action={urls.verifyEmail(v.locale, token)}
    />,
  );
});

signUpRoutes.post('/verify/:token', async (c) => {
  const v = accountView(c);
  const token = c.req.param('token');
  const session = linkTokenSchema.safeParse(token).success
    ? await signInWithLink(c.get('deps').db, token, 'verify-email', sessionToken(c))
    : undefined;
  if (!session) {
    return render(
      c,
      { title: v.m.badLink.heading, path: '/signup', noindex: true },
      <BadLinkPage v={v} againHref={urls.signInLink(v.locale)} />,
      404,
    );
  }
  setSessionCookie(c, session);
  return c.redirect(`${urls.account(v.locale)}?done=verified`, 303);
});
