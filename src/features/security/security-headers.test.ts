/**
 * Headers and limits every answer carries: the Content-Security-Policy and friends, HSTS only
 * over HTTPS, the session cookie's flags, and request size limits (256 KB, more only on the
 * upload route) answered 413 in the visitor's language or as JSON.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, ORIGIN } from '../../../test/app.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import { DEFAULT_BODY_LIMIT } from './body-limit.tsx';
import { limitedApp } from './rate-limit.test-helpers.ts';
import { HSTS } from './security-headers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('pages carry a strict CSP and the other security headers; no HSTS over plain HTTP', async () => {
  for (const path of ['/en', '/api/v1/questions', '/en/no-such-page']) {
    const res = await t.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      assert.ok(csp.includes(directive), `${path}: CSP has ${directive} (${csp})`);
    }
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), `${path}: no unsafe-*`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    assert.match(
      res.headers.get('permissions-policy') ?? '',
      /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
    );
    assert.equal(res.headers.get('strict-transport-security'), null, `${path}: no HSTS over http`);
  }
});

test('HSTS over HTTPS, and behind a trusted proxy that says so', async () => {
  const direct = await t.app.request('https://ask.example.org/en');
  assert.equal(direct.headers.get('strict-transport-security'), HSTS);
  const proxied = limitedApp(t.database, { TRUST_PROXY: 1, rateLimitsEnabled: false });
  const viaProxy = await proxied.request('/en', { headers: { 'x-forwarded-proto': 'https' } });
  assert.equal(viaProxy.headers.get('strict-transport-security'), HSTS);
  const untrusted = await t.request('/en', { headers: { 'x-forwarded-proto': 'https' } });
  assert.equal(untrusted.headers.get('strict-transport-security'), null, 'the header alone is not trusted');
});

test('the session cookie is HttpOnly, SameSite=Lax, host-wide, and Secure over HTTPS', async () => {
  const user = await buildUser(t.db, { roles: [] });
  const form = { email: user.email, password: TEST_PASSWORD };
  const res = await t.post('/en/signin', form);
  const cookie = res.headers.get('set-cookie') ?? '';
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Lax/i);
  assert.match(cookie, /Path=\//);
  assert.doesNotMatch(cookie, /Domain=/i);
  const secure = await t.app.request('https://ask.example.org/en/signin', {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: { origin: 'https://ask.example.org', 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.match(secure.headers.get('set-cookie') ?? '', /Secure/i);
  // Behind a trusted proxy that terminates HTTPS.
  const proxied = limitedApp(t.database, { TRUST_PROXY: 1, rateLimitsEnabled: false });
  const viaProxy = await proxied.post('/en/signin', form, { 'x-forwarded-proto': 'https' });
  assert.match(viaProxy.headers.get('set-cookie') ?? '', /Secure/i);
  const untrusted = await t.post('/en/signin', form);
  assert.doesNotMatch(untrusted.headers.get('set-cookie') ?? '', /Secure/i, 'plain HTTP without a proxy');
});

test('a cross-site form post is refused (Origin check)', async () => {
  const res = await t.request('/en/ask', {
    method: 'POST',
    body: new URLSearchParams({ title: 'x' }),
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 403);
});

test('bodies over 256 KB are refused with 413, as a page in the visitor language or as JSON', async () => {
  const big = 'x'.repeat(DEFAULT_BODY_LIMIT + 10);
  const form = await t.post('/zh-TW/ask', { body: big });
  assert.equal(form.status, 413);
  const html = await form.text();
  assert.match(html, /<html lang="zh-TW"/);
  assert.match(html, /送出的內容過大/);
  const api = await t.request('/api/v1/similar', {
    method: 'POST',
    body: JSON.stringify({ text: big }),
    headers: { origin: ORIGIN, 'content-type': 'application/json' },
  });
  assert.equal(api.status, 413);
  assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'too_large');
  // Just under the limit reaches the form (which then explains what is wrong with it).
  const fits = await t.post('/en/ask', { body: 'x'.repeat(DEFAULT_BODY_LIMIT - 1000) });
  assert.notEqual(fits.status, 413);
});

test('the upload route takes a licence document up to LICENCE_MAX_BYTES, not more', async () => {
  const cookie = await t.signIn((await buildUser(t.db, { roles: [] })).email);
  const upload = (bytes: number) => {
    const body = new FormData();
    body.set('licenceNumber', 'A123');
    body.set('document', new Blob([Buffer.alloc(bytes, 1)], { type: 'application/pdf' }), 'licence.pdf');
    return t.request('/en/doctor/apply', { method: 'POST', body, headers: { origin: ORIGIN }, cookie });
  };
  const withinLimit = await upload(1024 * 1024);
  assert.notEqual(withinLimit.status, 413, 'a 1 MB document passes the body limit');
  const max = getConfig().LICENCE_MAX_BYTES;
  assert.equal((await upload(max + 600 * 1024)).status, 413);
  // Elsewhere the same body is refused.
  const elsewhere = await t.request('/en/ask', {
    method: 'POST',
    body: (() => {
      const body = new FormData();
      body.set('document', new Blob([Buffer.alloc(1024 * 1024, 1)]), 'x.pdf');
      return body;
    })(),
    headers: { origin: ORIGIN },
  });
  assert.equal(elsewhere.status, 413);
});
