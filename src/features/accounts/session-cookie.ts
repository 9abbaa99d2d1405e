/** The session cookie: HttpOnly, SameSite=Lax, Secure on HTTPS (or when COOKIE_SECURE=true). */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../../web/context.ts';
import { isHttps } from '../security/client-ip.ts';
import type { NewSession } from './accounts.service.ts';

export const SESSION_COOKIE = 'oc_session';

export function setSessionCookie(c: AppContext, session: NewSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    // Over HTTPS, directly or at a trusted proxy (TRUST_PROXY + X-Forwarded-Proto).
    secure: c.get('deps').config.COOKIE_SECURE ?? isHttps(c, c.get('deps').config.TRUST_PROXY),
    path: '/',
    expires: session.expiresAt,
  });
}

export const sessionToken = (c: AppContext): string | undefined => getCookie(c, SESSION_COOKIE);

export const clearSessionCookie = (c: AppContext): void => {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
};
