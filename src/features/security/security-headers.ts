/**
 * Security headers on every answer: a strict Content-Security-Policy (only our own scripts,
 * styles and images; no plugins, frames or foreign form targets), no referrer outside the site
 * (status links carry a secret), a Permissions-Policy that turns off powerful features, and HSTS
 * when the request came over HTTPS. Pages reached through a secret link (the asker's status
 * page and its forms, emailed sign-in, verification and password links) send no referrer at
 * all, are never indexed and never stored by a cache.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../../config.ts';
import type { AppEnv } from '../../web/context.ts';
import { isHttps } from './client-ip.ts';

export const HSTS = 'max-age=31536000';

/** Paths whose URL carries a secret token: /{locale}/status/…, /verify/…, /signin/link/…, /password/reset/…. */
const SECRET_LINK_PATH = /^\/[^/]+\/(?:status|verify|signin\/link|password\/reset)\/[^/]/;

export const isSecretLinkPath = (path: string) => SECRET_LINK_PATH.test(path);

export function securityHeaders(config: Config): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // Same-origin requests keep their referrer (and Origin, which the CSRF check reads).
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    // Only over HTTPS, below.
    strictTransportSecurity: false,
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      bluetooth: [],
      hid: [],
      midi: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      displayCapture: [],
      browsingTopics: [],
    },
  });
  return async (c, next) => {
    // A route may tighten the referrer policy (the page that shows a new status link does);
    // secureHeaders would overwrite it with the site-wide one, so it is put back below.
    let routeReferrerPolicy: string | null = null;
    await headers(c, async () => {
      await next();
      routeReferrerPolicy = c.res.headers.get('referrer-policy');
    });
    if (routeReferrerPolicy === 'no-referrer') c.res.headers.set('referrer-policy', 'no-referrer');
    if (isHttps(c, config.TRUST_PROXY) || config.COOKIE_SECURE === true) {
      c.res.headers.set('strict-transport-security', HSTS);
    }
    // Set after secureHeaders, which would otherwise overwrite a route's own Referrer-Policy.
    if (isSecretLinkPath(c.req.path)) {
      c.res.headers.set('referrer-policy', 'no-referrer');
      c.res.headers.set('x-robots-tag', 'noindex, nofollow');
      c.res.headers.set('cache-control', 'no-store');
    }
  };
}
