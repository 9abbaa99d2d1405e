/**
 * Security headers on every answer: a strict Content-Security-Policy (only our own scripts,
 * styles and images; no plugins, frames or foreign form targets), no referrer outside the site
 * (status links carry a secret), a Permissions-Policy that turns off powerful features, and HSTS
 * when the request came over HTTPS.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../../config.ts';
import type { AppEnv } from '../../web/context.ts';
import { isHttps } from './client-ip.ts';

export const HSTS = 'max-age=31536000';

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
    await headers(c, next);
    if (isHttps(c, config.TRUST_PROXY) || config.COOKIE_SECURE === true) {
      c.res.headers.set('strict-transport-security', HSTS);
    }
  };
}
