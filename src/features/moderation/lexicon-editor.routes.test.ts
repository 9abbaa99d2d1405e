/**
 * The editor's synonym lexicon page: adding, editing and deleting names that search then uses,
 * the data files' rules with inline errors in both languages, audit, access.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { auditLog, lexiconEntries } from '../../db/schema.ts';
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
const finds = async (q: string) =>
  (await (await t.request(`/en/search?q=${encodeURIComponent(q)}`)).text()).includes(
    `/en/questions/${refluxId}"`,
  );
async function entryId(text: string): Promise<number> {
  const [row] = await t.db.select().from(lexiconEntries).where(eq(lexiconEntries.text, text));
  assert.ok(row, `entry "${text}" exists`);
  return row.id;
}
/** Q&A ids of the last 'similar-refresh' job queued. */
function lastRefresh(): number[] {
  const job = t.jobs.sent.filter((sent) => sent.name === 'similar-refresh').at(-1);
  return job ? (job.payload as { questionIds: number[] }).questionIds : [];
}
const audits = (action: string, id: number) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(id))));

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
    // Until it has a Chinese name the page says so (every concept needs both languages).
    const listed = await (await t.request('/en/editor/lexicon', { cookie: editor })).text();
    assert.match(listed, /test-new-thing has no Chinese name yet/);
    assert.doesNotMatch(listed, /test-new-thing has no English name/);
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

  test("names are held to the data files' rules, with inline errors in both languages", async () => {
    const cases: [{ text: string; lang: string }, RegExp][] = [
      [{ text: '胃酸烧心', lang: 'zh' }, /Traditional characters.*烧/],
      [{ text: 'acid 逆流', lang: 'en' }, /Choose Chinese for a Chinese name/],
      [{ text: 'acid burning', lang: 'zh' }, /A Chinese name needs Chinese characters/],
      [{ text: '1234', lang: 'en' }, /An English name needs letters/],
      [{ text: 'Pain', lang: 'en' }, /too broad/],
      [{ text: 'CRPS', lang: 'en' }, /another word \(CRPS → crp\)/],
      [{ text: 'x'.repeat(101), lang: 'en' }, /under 100 characters/],
    ];
    for (const [fields, message] of cases) {
      const res = await add({ conceptId: 'gerd', kind: 'lay', ...fields });
      assert.equal(res.status, 422, fields.text);
      const html = await res.text();
      assert.match(html, message, fields.text);
      assert.match(html, /id="text-error"/);
      assert.match(html, /aria-invalid="true"/);
      if (fields.text.length <= 100)
        assert.ok(html.includes(`value="${fields.text}"`), `${fields.text} kept`);
    }
    const zh = await t.post(
      '/zh-TW/editor/lexicon',
      { conceptId: 'gerd', text: '胃酸烧心', lang: 'zh', kind: 'lay' },
      editor,
    );
    assert.equal(zh.status, 422);
    assert.match(await zh.text(), /請使用臺灣通用的繁體字（簡體字：烧）/);
    // Whitespace is normalized before the rules and before storing.
    assert.equal(
      (await add({ conceptId: 'gerd', text: '  sour   throat ', lang: 'en', kind: 'lay' })).status,
      303,
    );
    await entryId('sour throat');
  });

  test('an editor edits a name: the new one is searched, the old one no longer; audited', async () => {
    assert.equal((await add({ conceptId: 'gerd', text: 'tummy fire', lang: 'en', kind: 'lay' })).status, 303);
    const id = await entryId('tummy fire');
    assert.equal((await audits('lexicon.add', id)).length, 1, 'adding is audited');
    assert.ok(await finds('tummy fire'));

    const list = await (await t.request('/en/editor/lexicon', { cookie: editor })).text();
    assert.ok(list.includes(`href="/en/editor/lexicon/${id}/edit"`));
    const page = await t.request(`/en/editor/lexicon/${id}/edit`, { cookie: editor });
    assert.equal(page.status, 200);
    const form = await page.text();
    assert.match(form, /value="tummy fire"/);
    assert.ok(form.includes(`action="/en/editor/lexicon/${id}"`));

    const saved = await t.post(
      `/en/editor/lexicon/${id}`,
      { conceptId: 'gerd', text: 'belly fire', lang: 'en', kind: 'lay' },
      editor,
    );
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/en/editor/lexicon?saved=1');
    assert.ok(await finds('belly fire'), 'the new name finds the reflux Q&A');
    assert.ok(lastRefresh().includes(refluxId), "the reflux Q&A's similar list is recomputed");
    assert.ok(!(await finds('tummy fire')), 'the old name does not any more');
    const lexicon = await siteLexicon(t.db);
    assert.ok(lexicon.conceptsIn('my belly fire again').includes('gerd'));
    const [audit] = await audits('lexicon.edit', id);
    assert.deepEqual(audit?.details, {
      before: { conceptId: 'gerd', text: 'tummy fire', lang: 'en', kind: 'lay' },
      after: { conceptId: 'gerd', text: 'belly fire', lang: 'en', kind: 'lay' },
    });

    // Saving it unchanged is fine (its own name is no duplicate); another concept's name is refused.
    const same = await t.post(
      `/en/editor/lexicon/${id}`,
      { conceptId: 'gerd', text: 'belly fire', lang: 'en', kind: 'clinical' },
      editor,
    );
    assert.equal(same.status, 303);
    const taken = await t.post(
      `/en/editor/lexicon/${id}`,
      { conceptId: 'gerd', text: 'hypertension', lang: 'en', kind: 'lay' },
      editor,
    );
    assert.equal(taken.status, 422);
    const html = await taken.text();
    assert.match(html, /This name already belongs to the concept/);
    assert.match(html, /value="hypertension"/);
  });

  test('an editor deletes a name after a confirmation page; search forgets it; audited', async () => {
    assert.equal(
      (await add({ conceptId: 'gerd', text: 'magma hiccup', lang: 'en', kind: 'lay' })).status,
      303,
    );
    const id = await entryId('magma hiccup');
    assert.ok(await finds('magma hiccup'));
    const confirm = await t.request(`/zh-TW/editor/lexicon/${id}/delete`, { cookie: editor });
    assert.equal(confirm.status, 200);
    const html = await confirm.text();
    assert.match(html, /要刪除名稱「magma hiccup」嗎？/);
    assert.ok(html.includes(`action="/zh-TW/editor/lexicon/${id}/delete"`));
    assert.ok(await finds('magma hiccup'), 'the confirmation page deletes nothing');

    const deleted = await t.post(`/en/editor/lexicon/${id}/delete`, {}, editor);
    assert.equal(deleted.status, 303);
    assert.equal(deleted.headers.get('location'), '/en/editor/lexicon?deleted=1');
    assert.ok(!(await finds('magma hiccup')));
    assert.ok(lastRefresh().includes(refluxId), "the reflux Q&A's similar list is recomputed");
    assert.equal((await t.db.select().from(lexiconEntries).where(eq(lexiconEntries.id, id))).length, 0);
    const [audit] = await audits('lexicon.delete', id);
    assert.deepEqual(audit?.details, { conceptId: 'gerd', text: 'magma hiccup', lang: 'en', kind: 'lay' });
    assert.equal((await t.post(`/en/editor/lexicon/${id}/delete`, {}, editor)).status, 404, 'gone');
  });

  test('edit and delete: unknown or malformed ids are 404, and only editors may', async () => {
    assert.equal((await t.request('/en/editor/lexicon/999999/edit', { cookie: editor })).status, 404);
    assert.equal((await t.request('/en/editor/lexicon/abc/edit', { cookie: editor })).status, 404);
    assert.equal((await t.post('/en/editor/lexicon/999999/delete', {}, editor)).status, 404);
    const id = await entryId('belly fire');
    assert.equal((await t.request(`/en/editor/lexicon/${id}/edit`, { cookie: doctor })).status, 404);
    const form = { conceptId: 'gerd', text: 'doctor fire', lang: 'en', kind: 'lay' };
    assert.equal((await t.post(`/en/editor/lexicon/${id}`, form, doctor)).status, 404);
    assert.equal((await t.post(`/en/editor/lexicon/${id}/delete`, {}, doctor)).status, 404);
    assert.equal((await t.post(`/en/editor/lexicon/${id}/delete`, {})).status, 303, 'anonymous: sign in');
    assert.equal(await entryId('belly fire'), id, 'still there');
  });
});
