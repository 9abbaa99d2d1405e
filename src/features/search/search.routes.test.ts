/** The search page and GET /api/v1/search through the web app, as a browser or API client would. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import type { Actor } from '../../lib/access.ts';
import { publishQuestion, removeQuestion, setPageTitle } from '../questions/questions.service.ts';
import { searchProviderFor } from './search.provider.ts';
import { indexQueued } from './search-indexer.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let doctor: { id: number; slug: string };
const ids: Record<string, number> = {};

before(async () => {
  t = await createTestApp();
  doctor = await buildDoctor(t.db, { departments: ['neurology'] });
  ids.zh = (
    await buildQuestion(t.db, {
      lang: 'zh-TW',
      title: '肌肉一直跳',
      body: '最近肌肉跳動很頻繁，<b>不是</b>標籤。',
      answeredBy: doctor.id,
    })
  ).id;
  ids.en = (
    await buildQuestion(t.db, { title: 'Twitching eyelid', body: 'My eyelid twitches <script>x</script>' })
  ).id;
  // Published through the service, the way editors publish, so the search job is exercised.
  ids.answered = (await buildQuestion(t.db, { status: 'answered', title: 'Knee pain when running' })).id;
  await searchProviderFor(t.db).index([ids.zh, ids.en]);
});
after(() => t.close());

/** Runs the jobs the services sent, as the worker would. */
async function runSearchJobs() {
  for (const job of t.jobs.sent.splice(0)) {
    if (job.name === 'search-index') {
      await searchProviderFor(t.db).index((job.payload as { questionIds: number[] }).questionIds);
    }
  }
  await indexQueued(t.db);
}

describe('search page', () => {
  test('shows highlighted results in Chinese, escaped', async () => {
    const res = await t.request(`/zh-TW/search?q=${encodeURIComponent('跳動')}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<mark>跳動<\/mark>/);
    assert.match(html, /共 1 筆結果/);
    assert.ok(!html.includes('<b>不是</b>'), 'text from the database is escaped');
    assert.match(html, /&lt;b&gt;不是/);
    assert.match(html, new RegExp(`/zh-TW/questions/${ids.zh}`));
  });

  test('English page searches English by default; the language select widens it', async () => {
    const english = await (await t.request('/en/search?q=twitching')).text();
    assert.match(english, /<mark>Twitching<\/mark> eyelid/);
    assert.match(english, /1 result</);
    const none = await (await t.request(`/en/search?q=${encodeURIComponent('肌肉')}`)).text();
    assert.match(none, /No answered question matches/);
    const all = await (await t.request(`/en/search?q=${encodeURIComponent('肌肉')}&lang=all`)).text();
    assert.match(all, /<mark>肌肉<\/mark>/);
  });

  test('filter form, filter links and doctor chip work without JavaScript', async () => {
    const html = await (await t.request(`/zh-TW/search?q=&doctor=${doctor.slug}`)).text();
    assert.match(html, /<select id="search-department" name="department">/);
    assert.match(html, /type="date" name="from"/);
    assert.match(html, new RegExp(`<input type="hidden" name="doctor" value="${doctor.slug}"`));
    assert.match(html, /醫師的回覆/);
    assert.match(html, new RegExp(`/zh-TW/questions/${ids.zh}`));
  });

  test('odd input never fails', async () => {
    for (const q of ["'; drop table questions; --", '!!!', 'x'.repeat(2000), '%00', '<mark>']) {
      const res = await t.request(
        `/en/search?q=${encodeURIComponent(q)}&page=abc&from=2024-02-30&lang=xx&doctor=zz&hospital=a%01`,
      );
      assert.equal(res.status, 200, q);
    }
    // A NUL character cannot be stored or searched: the text guard answers 400 naming the field.
    const nul = await t.request('/en/search?q=knee&doctor=%00');
    assert.equal(nul.status, 400);
    assert.match(await nul.text(), /doctor/);
    const html = await (await t.request(`/en/search?q=${encodeURIComponent('<mark>')}`)).text();
    assert.ok(!html.includes('value="<mark>"'));
  });
});

describe('GET /api/v1/search', () => {
  test('returns total and results with snippet, department and score', async () => {
    const res = await t.request(`/api/v1/search?q=${encodeURIComponent('肌肉')}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      total: number;
      results: {
        id: number;
        externalId: string | null;
        url: string;
        title: string;
        snippet: string;
        snippetSegments: { text: string; match: boolean }[];
        department: { slug: string };
        score: number;
      }[];
    };
    assert.equal(body.total, 1);
    const [hit] = body.results;
    assert.equal(hit!.id, ids.zh);
    assert.equal(hit!.url, `/zh-TW/questions/${ids.zh}`);
    assert.equal(hit!.title, '肌肉一直跳');
    assert.ok(hit!.snippet.includes('肌肉跳動'));
    assert.ok(hit!.snippetSegments.some((s) => s.match && s.text === '肌肉'));
    assert.equal(hit!.department.slug, 'neurology');
    assert.ok(hit!.score > 0);
    assert.ok('externalId' in hit!);
  });

  test('bad parameters answer 400 naming them', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['lang=fr', 'lang'],
      ['from=2024-13-01', 'from'],
      ['department=no-such-department', 'department'],
      ['doctor=nobody', 'doctor'],
      [`q=${'a'.repeat(1001)}`, 'q'],
      ['doctor=%00', 'doctor'],
    ] as const) {
      const res = await t.request(`/api/v1/search?${query}`);
      assert.equal(res.status, 400, query);
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      // Unstorable text (NUL) is refused by the text guard before the route validates.
      assert.equal(body.error.code, query.includes('%00') ? 'invalid_text' : 'invalid_input', query);
      assert.ok(body.error.fields[field], `${query}: ${JSON.stringify(body.error.fields)}`);
    }
  });

  test('hostile queries are searched as text', async () => {
    const res = await t.request(`/api/v1/search?q=${encodeURIComponent("' or 1=1; --")}&lang=en`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { total: number }).total, 0);
  });
});

describe('index kept current by jobs', () => {
  test('publishing, retitling and removing a Q&A send search jobs that update results', async () => {
    const editor = await buildUser(t.db, { roles: ['editor'] });
    const actor: Actor = { userId: editor.id, displayName: 'Editor', roles: ['editor'] };
    const deps = { db: t.db, jobs: t.jobs, config: getConfig() };
    const hits = async (q: string) =>
      (
        (await (await t.request(`/api/v1/search?q=${q}`)).json()) as { results: { id: number }[] }
      ).results.map((r) => r.id);

    await publishQuestion(deps, actor, ids.answered!);
    assert.deepEqual(
      t.jobs.sent.map((job) => job.name),
      ['search-index'],
    );
    await runSearchJobs();
    assert.deepEqual(await hits('knee'), [ids.answered]);

    await setPageTitle(deps, actor, ids.answered!, 'Runner’s knee');
    await runSearchJobs();
    assert.deepEqual(await hits('runner'), [ids.answered]);

    await removeQuestion(deps, actor, ids.answered!, 'duplicate');
    assert.deepEqual(await hits('knee'), []);
    await runSearchJobs();
    assert.deepEqual(await hits('knee'), []);
  });
});
