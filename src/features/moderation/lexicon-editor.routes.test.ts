/** The editor's synonym lexicon page: adding names that search then uses, access and validation. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { siteLexicon } from '../search/lexicon/site-lexicon.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let doctor: string;
let refluxId: number;

before(async () => {
  t = await createTestApp();
  const editorUser = await buildUser(t.db, { roles: ['editor'] });
  const doctorProfile = await buildDoctor(t.db, { departments: ['gastroenterology'] });
  const doctorUser = await buildUser(t.db, { roles: ['doctor'], doctorId: doctorProfile.id });
  editor = await t.signIn(editorUser.email);
  doctor = await t.signIn(doctorUser.email);
  refluxId = (
    await buildQuestion(t.db, {
      title: 'Burning chest after dinner',
      body: 'My doctor says it is gastroesophageal reflux. What should I change in my meals?',
    })
  ).id;
  await buildQuestion(t.db, { title: 'Twitching eyelid' });
  await rebuildSearchIndex(t.db);
});
after(() => t.close());

const add = (form: Record<string, string>, cookie = editor) => t.post('/en/editor/lexicon', form, cookie);

describe('lexicon editor', () => {
  test('an editor adds "acid burp" to gerd and search finds the reflux Q&A by it', async () => {
    const before = await (await t.request('/en/search?q=acid+burp')).text();
    assert.ok(!before.includes(`/en/questions/${refluxId}"`), 'not found before the name is added');

    const page = await t.request('/en/editor/lexicon', { cookie: editor });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<option value="gerd"/);

    const res = await add({ conceptId: 'gerd', text: 'acid burp', lang: 'en', kind: 'lay' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/editor/lexicon?added=1');

    const listed = await (await t.request('/en/editor/lexicon?added=1', { cookie: editor })).text();
    assert.match(listed, /<td>gerd<\/td><td>acid burp<\/td>/);

    const after = await (await t.request('/en/search?q=acid+burp')).text();
    assert.ok(after.includes(`/en/questions/${refluxId}"`), 'found through the concept gerd');
    assert.ok((await siteLexicon(t.db)).conceptsIn('I keep having an acid burp').includes('gerd'));
  });

  test('a new concept id starts a new concept', async () => {
    const res = await add({
      conceptId: 'test-new-thing',
      newConcept: '1',
      text: 'zorblatt',
      lang: 'en',
      kind: 'lay',
    });
    assert.equal(res.status, 303);
    assert.deepEqual((await siteLexicon(t.db)).conceptsIn('a zorblatt here'), ['test-new-thing']);
    // Unknown id without the box ticked, and a known id with it ticked, are refused.
    const unknown = await add({ conceptId: 'no-such-concept', text: 'blorp', lang: 'en', kind: 'lay' });
    assert.equal(unknown.status, 422);
    assert.match(await unknown.text(), /There is no concept with this id/);
    const exists = await add({ conceptId: 'gerd', newConcept: '1', text: 'blorp', lang: 'en', kind: 'lay' });
    assert.equal(exists.status, 422);
    assert.match(await exists.text(), /exists already/);
  });

  test('a name of another concept is refused, naming that concept', async () => {
    const res = await add({ conceptId: 'test-new-thing', text: 'Heartburn', lang: 'en', kind: 'lay' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(
      html,
      /already belongs to the concept &quot;gerd&quot;|already belongs to the concept "gerd"/,
    );
    assert.match(html, /value="Heartburn"/);
    const same = await add({ conceptId: 'gerd', text: 'ACID burp', lang: 'en', kind: 'lay' });
    assert.equal(same.status, 422);
    assert.match(await same.text(), /has this name already/);
  });

  test('bad input is shown inline with the values kept', async () => {
    const res = await add({ conceptId: 'Not Kebab', text: '', lang: 'fr', kind: 'lay' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /id="conceptId-error"/);
    assert.match(html, /lower-case letters, digits and hyphens/);
    assert.match(html, /id="text-error"/);
    assert.match(html, /id="lang-error"/);
    assert.match(html, /value="Not Kebab"/);
  });

  test('only editors: a doctor gets 404 on the page and the form, anonymous is sent to sign in', async () => {
    assert.equal((await t.request('/en/editor/lexicon', { cookie: doctor })).status, 404);
    const posted = await add({ conceptId: 'gerd', text: 'doctor words', lang: 'en', kind: 'lay' }, doctor);
    assert.equal(posted.status, 404);
    const anonymous = await t.request('/en/editor/lexicon');
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.headers.get('location') ?? '', /\/en\/signin/);
    assert.ok(!(await siteLexicon(t.db)).conceptsIn('doctor words').includes('gerd'));
  });

  test('the editor area links to the lexicon page (zh-TW too)', async () => {
    assert.match(
      await (await t.request('/en/editor', { cookie: editor })).text(),
      /href="\/en\/editor\/lexicon"/,
    );
    const zh = await t.request('/zh-TW/editor/lexicon', { cookie: editor });
    assert.equal(zh.status, 200);
    assert.match(await zh.text(), /同義詞詞庫/);
  });
});
