/**
 * The asker's private status page in both languages: no sharing and no public counters (only a
 * published Q&A's public page has them), a doctor's request and the reply form first, and the
 * headers of a secret link (no referrer, noindex, no-store).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { LOCALES } from '../../web/i18n/index.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const SHARE = /class="share-bar"|facebook\.com\/sharer|class="copy-link"/;
const VIEWS = /class="views"/;

test('the status page never offers sharing or shows a view count, whatever the status; the public page does once published', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const pending = await buildQuestion(t.db, { status: 'approved', token: 'status-share-pending' });
  const published = await buildQuestion(t.db, { answeredBy: doctor.id, token: 'status-share-published' });
  for (const locale of LOCALES) {
    for (const token of ['status-share-pending', 'status-share-published']) {
      const res = await t.request(`/${locale}/status/${token}`);
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.doesNotMatch(html, SHARE, `${locale} ${token}: no share bar`);
      assert.doesNotMatch(html, VIEWS, `${locale} ${token}: no view count`);
      assert.doesNotMatch(html, /\d views?\b|瀏覽 \d/, `${locale} ${token}: no counter text`);
    }
    // The published Q&A's public page keeps them.
    const pub = await (await t.request(`/${locale}/questions/${published.id}`)).text();
    assert.match(pub, SHARE, `${locale}: public page shares`);
    assert.match(pub, VIEWS, `${locale}: public page counts views`);
    // An editor's preview of an unpublished question is private too.
    const editor = await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email);
    const preview = await t.request(`/${locale}/questions/${pending.id}`, { cookie: editor });
    assert.equal(preview.status, 200);
    const previewHtml = await preview.text();
    assert.doesNotMatch(previewHtml, SHARE, `${locale}: preview has no share bar`);
    assert.doesNotMatch(previewHtml, VIEWS, `${locale}: preview has no view count`);
  }
});

test('a doctor’s request and the reply form come right after the status summary, before the question and “Withdraw”', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const user = await buildUser(t.db, { roles: ['doctor'], doctorId: doctor.id });
  const cookie = await t.signIn(user.email);
  const q = await buildQuestion(t.db, { status: 'approved', token: 'status-order-1' });
  const asked = await t.post(
    `/en/doctor/questions/${q.id}/request-info`,
    { message: 'Does the twitching get worse after coffee or short sleep?' },
    cookie,
  );
  assert.equal(asked.status, 303);
  for (const locale of LOCALES) {
    const html = await (await t.request(`/${locale}/status/status-order-1`)).text();
    const at = (pattern: RegExp, what: string) => {
      const index = html.search(pattern);
      assert.ok(index >= 0, `${locale}: ${what} on the page`);
      return index;
    };
    const summary = at(/class="status status-needs_info"/, 'status summary');
    const request = at(/class="info-requests"/, 'the request');
    const form = at(/action="\/[^/]+\/status\/status-order-1\/more-info"/, 'the reply form');
    const question = at(/class="qa-page"/, 'the question');
    const withdraw = at(/class="asker-actions"/, 'withdraw');
    assert.ok(summary < request, `${locale}: summary before the request`);
    assert.ok(request < form, `${locale}: request before the form`);
    assert.ok(form < question, `${locale}: the form before the question`);
    assert.ok(form < withdraw, `${locale}: the form before “Withdraw”`);
  }
});

test('the status page and its forms send no referrer, are not indexed and not stored', async () => {
  await buildQuestion(t.db, { status: 'approved', token: 'status-headers-1' });
  for (const locale of LOCALES) {
    for (const path of [
      `/${locale}/status/status-headers-1`,
      `/${locale}/status/status-headers-1/withdraw`,
      `/${locale}/status/no-such-token`,
    ]) {
      const res = await t.request(path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${path}: referrer`);
      assert.equal(res.headers.get('x-robots-tag'), 'noindex, nofollow', `${path}: robots header`);
      assert.equal(res.headers.get('cache-control'), 'no-store', `${path}: cache`);
      if (res.status === 200) assert.match(await res.text(), /<meta name="robots" content="noindex"/);
    }
    const post = await t.post(`/${locale}/status/status-headers-1/more-info`, { response: '' });
    assert.equal(post.headers.get('referrer-policy'), 'no-referrer', 'more-info post: referrer');
  }
  // Emailed secret links get the same; ordinary pages keep the site-wide policy.
  for (const path of ['/en/verify/some-token', '/en/signin/link/some-token', '/zh-TW/password/reset/x']) {
    const res = await t.request(path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
    assert.equal(res.headers.get('x-robots-tag'), 'noindex, nofollow', path);
  }
  const home = await t.request('/en');
  assert.equal(home.headers.get('referrer-policy'), 'same-origin');
  assert.equal(home.headers.get('x-robots-tag'), null);
});
