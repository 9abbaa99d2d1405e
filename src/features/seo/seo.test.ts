import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('sitemaps list published Q&As only; robots.txt keeps private paths out', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const published = await buildQuestion(t.db, { answeredBy: doctor.id, lang: 'zh-TW' });
  const hidden = await buildQuestion(t.db, { status: 'submitted' });
  const index = await (await t.request('/sitemap.xml')).text();
  assert.match(index, /<loc>http:\/\/localhost\/sitemaps\/questions-1\.xml<\/loc>/);
  const sitemap = await (await t.request('/sitemaps/questions-1.xml')).text();
  assert.match(sitemap, new RegExp(`/zh-TW/questions/${published.id}</loc>`));
  assert.doesNotMatch(sitemap, new RegExp(`/questions/${hidden.id}<`));
  const robots = await (await t.request('/robots.txt')).text();
  assert.match(robots, /Disallow: \/en\/status\//);
  assert.match(robots, /Sitemap: http:\/\/localhost\/sitemap\.xml/);
});

test('a published Q&A page has a canonical URL and QAPage data that cannot break out of its script', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const question = await buildQuestion(t.db, {
    answeredBy: doctor.id,
    body: 'Is </script><script>alert(1)</script> a problem for my headache that lasts two days?',
  });
  const html = await (await t.request(`/zh-TW/questions/${question.id}`)).text();
  assert.match(
    html,
    new RegExp(`<link rel="canonical" href="http://localhost/en/questions/${question.id}"/>`),
  );
  const data = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
  assert.ok(data, 'JSON-LD present');
  assert.doesNotMatch(data, /</);
  const parsed = JSON.parse(data);
  assert.equal(parsed['@type'], 'QAPage');
  assert.equal(parsed.mainEntity.answerCount, 1);
  assert.match(parsed.mainEntity.text, /<\/script>/);
});

test('an editor removes a published Q&A: it is gone at once with the reason on record', async () => {
  const doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  const question = await buildQuestion(t.db, { answeredBy: doctor.id, token: 'remove-me' });
  const editor = await t.signIn((await buildUser(t.db, { roles: ['editor'] })).email);
  assert.equal((await t.request(`/en/questions/${question.id}`)).status, 200);
  const removed = await t.post(
    `/en/editor/questions/${question.id}/remove`,
    { reason: 'Asker asked for removal' },
    editor,
  );
  assert.equal(removed.status, 303);
  assert.equal((await t.request(`/en/questions/${question.id}`)).status, 404);
  const status = await (await t.request('/en/status/remove-me')).text();
  assert.match(status, /Removed/);
  assert.match(status, /Asker asked for removal/);
});
