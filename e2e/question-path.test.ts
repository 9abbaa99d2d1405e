/**
 * The whole path of one question in Chromium, clicked through as its asker, editor, doctor and
 * reader would: ask (with one mistake first), review and retitle, claim and reply, publish, then
 * read the Q&A page in English and Chinese. A second asker uses the form with JavaScript off.
 * Full-page screenshots go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { buildDoctor, buildHospital, buildUser } from '../test/factories.ts';
import {
  askLabelsEn,
  askLabelsZh,
  assertInOrder,
  assertToday,
  fillAskForm,
  followNav,
  readAskForm,
  readableText,
  signIn,
  siteToday,
} from './actions.ts';
import {
  clickAndWait,
  launchBrowser,
  open,
  screenshot,
  startTestServer,
  type TestServer,
  watchForErrors,
} from './browser.ts';
import {
  addNeighbours,
  ask,
  doctorName,
  faq,
  hospitalName,
  longBody,
  readableTitle,
  reply,
  zhAsk,
} from './question-path.data.ts';

let browser: Browser;
let server: TestServer;
const problems: string[] = [];

before(async () => {
  // One after the other, so that `after` can always stop whichever started.
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh browser profile (its own cookies), as a different person on a different machine. */
async function newVisitor(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  return page;
}

test('a question from the ask form to the published Q&A page, in Chromium', {
  timeout: 180_000,
}, async (t) => {
  const startedOn = siteToday();
  let broken = false;
  /** Runs the steps in order; once one fails the rest are skipped instead of failing confusingly. */
  const step = (name: string, fn: () => Promise<void>) =>
    t.test(name, { skip: broken ? 'an earlier step failed' : false }, async () => {
      try {
        await fn();
      } catch (error) {
        broken = true;
        throw error;
      }
    });

  /** What the known bugs below are checked on, recorded along the way. */
  const seen = { consentAriaInvalid: '', viewsAfterOneVisit: '', copyButtonWithoutJs: true };

  const { baseUrl, db } = server;
  let asker: Page;
  let editor: Page;
  let statusUrl = '';
  let questionId = 0;
  const hospital = await buildHospital(db, hospitalName);
  const doctor = await buildDoctor(db, {
    departments: ['neurology'],
    name: doctorName,
    hospitalId: hospital.id,
  });

  await step(
    '1. the asker makes a mistake, corrects it, sends the question and opens the status link',
    async () => {
      asker = await newVisitor();
      await open(asker, `${baseUrl}/en`);
      await followNav(asker, 'Ask a doctor');
      assert.equal(await asker.getByRole('heading', { level: 1 }).textContent(), 'Ask a doctor');

      await fillAskForm(asker, askLabelsEn, { ...ask, body: 'too short' });
      const bad = await clickAndWait(asker, asker.getByRole('button', { name: 'Send question' }));
      assert.equal(bad.status(), 422);
      assert.equal(
        await asker.locator('.form-error').textContent(),
        'Please correct the fields marked below.',
        'a summary says the form needs correcting',
      );
      const bodyField = asker.getByLabel('Your question', { exact: true });
      const bodyError = asker.locator('#body-error');
      assert.equal(await bodyError.textContent(), 'Please write at least 20 characters.');
      assert.equal(await asker.locator('.field-error').count(), 1, 'only the body is marked');
      assert.equal(await bodyField.getAttribute('aria-invalid'), 'true');
      assert.match((await bodyField.getAttribute('aria-describedby')) ?? '', /\bbody-error\b/);
      // "Next to the field": the message sits right under the text area, in the same field block.
      const fieldBox = await bodyField.boundingBox();
      const errorBox = await bodyError.boundingBox();
      assert.ok(fieldBox && errorBox, 'the field and its error are visible');
      const gap = errorBox.y - (fieldBox.y + fieldBox.height);
      assert.ok(gap >= 0 && gap < 30, `the error is just below the text area (gap ${gap}px)`);
      assert.deepEqual(
        await readAskForm(asker, askLabelsEn),
        {
          department: ask.department,
          title: ask.title,
          body: 'too short',
          pseudonym: ask.pseudonym,
          ageRange: ask.ageRange,
          gender: ask.gender,
          email: ask.email,
          consent: true,
        },
        'every typed value is still there',
      );
      assert.ok(await asker.getByRole('radio', { name: ask.askingFor }).isChecked());
      assert.equal(
        await asker.evaluate(() => document.activeElement?.id),
        'body',
        'site.js puts the cursor in the field to fix',
      );
      await screenshot(asker, 'ask-error');

      await bodyField.fill(ask.body);
      const sent = await clickAndWait(asker, asker.getByRole('button', { name: 'Send question' }));
      assert.equal(sent.status(), 201);
      assert.equal(
        await asker.getByRole('heading', { level: 1 }).textContent(),
        'Thank you, your question was received',
      );
      const link = asker.locator('.status-link a');
      statusUrl = (await link.getAttribute('href')) ?? '';
      assert.match(
        statusUrl,
        new RegExp(`^${baseUrl}/en/status/[\\w-]{20,}$`),
        'a private absolute status link',
      );
      assert.equal(await link.textContent(), statusUrl, 'the link is written out so it can be copied');
      assert.deepEqual(
        server.jobs.sent.map((job) => job.name),
        ['send-email'],
        'the link is also emailed',
      );

      await clickAndWait(asker, link);
      assert.equal(asker.url(), statusUrl);
      assert.equal(await asker.locator('.status strong').textContent(), 'Waiting for editor review');
      assert.equal(await asker.locator('.question-title').textContent(), ask.title);
      assert.ok(
        await asker.getByText('This question is not public.').isVisible(),
        'a banner says it is private',
      );
    },
  );

  await step('2. the editor signs in, retitles the new question and approves it', async () => {
    const editorUser = await buildUser(db, { roles: ['editor'] });
    editor = await newVisitor();
    await signIn(editor, baseUrl, editorUser.email);
    await followNav(editor, 'Editor area');
    const review = editor.locator('section', {
      has: editor.getByRole('heading', { name: /^New questions to review/ }),
    });
    await clickAndWait(editor, review.getByRole('link', { name: ask.title, exact: true }));
    questionId = Number(/\/en\/editor\/questions\/(\d+)$/.exec(editor.url())?.[1]);
    assert.ok(questionId > 0, `the editor is on the question's page (${editor.url()})`);
    assert.equal(await editor.getByRole('heading', { level: 1 }).textContent(), ask.title);

    const titleInput = editor.getByLabel('Readable page title');
    assert.equal(await titleInput.inputValue(), ask.title, 'the page title starts as the asker’s title');
    await titleInput.fill(readableTitle);
    await clickAndWait(editor, editor.getByRole('button', { name: 'Save title' }));
    assert.equal(await editor.getByRole('status').textContent(), 'Saved.');
    assert.equal(await editor.getByRole('heading', { level: 1 }).textContent(), readableTitle);

    await clickAndWait(editor, editor.getByRole('button', { name: 'Approve' }));
    assert.equal(await editor.locator('.meta strong').textContent(), 'Waiting for a doctor');
    assert.equal(await editor.getByRole('button', { name: 'Approve' }).count(), 0);
  });

  await step('3. the doctor signs in, claims the question and sends a signed reply', async () => {
    const doctorUser = await buildUser(db, { roles: ['doctor'], doctorId: doctor.id });
    const page = await newVisitor();
    await signIn(page, baseUrl, doctorUser.email);
    await followNav(page, 'Doctor area');
    assert.equal(
      await page.getByRole('heading', { level: 1 }).textContent(),
      'Questions waiting for an answer',
    );
    const item = page
      .locator('li.queue-item')
      .filter({ has: page.getByRole('link', { name: ask.title, exact: true }) });
    assert.equal(await item.count(), 1, 'the question is in the queue');
    assert.equal(await item.getAttribute('data-question-id'), String(questionId));
    assert.match(
      (await item.locator('.meta').textContent()) ?? '',
      /Neurology · \d{4}\/\d{2}\/\d{2} · asked today/,
    );

    await clickAndWait(page, item.getByRole('button', { name: 'Claim' }));
    assert.equal(new URL(page.url()).pathname, `/en/doctor/questions/${questionId}`);
    assert.equal(
      await page.getByRole('button', { name: 'Claim' }).count(),
      0,
      'claimed: no second claim button',
    );
    assert.ok((await page.locator('.question-body').textContent())?.includes('three coffees a day'));

    await page.getByLabel('Your reply').fill(reply);
    assert.equal(
      await page.locator('.signature-preview .signature').textContent(),
      `Dr. ${doctorName}, ${hospitalName}`,
      'the signature preview shows the name and hospital',
    );
    await clickAndWait(page, page.getByRole('button', { name: 'Send reply' }));
    assert.equal(
      await page.getByRole('status').textContent(),
      'Your reply was saved. An editor will publish it.',
    );
    assert.ok((await page.locator('.answer .answer-body').textContent())?.includes('cut down on coffee'));
    await page.context().close();

    await asker.reload();
    assert.equal(await asker.locator('.status strong').textContent(), 'Answered, waiting for publication');
  });

  await step('4. the editor publishes the Q&A', async () => {
    await followNav(editor, 'Editor area');
    const ready = editor.locator('section', {
      has: editor.getByRole('heading', { name: /^Answered, ready to publish/ }),
    });
    await clickAndWait(editor, ready.getByRole('link', { name: readableTitle, exact: true }));
    await clickAndWait(editor, editor.getByRole('button', { name: 'Publish' }));
    assert.equal(await editor.locator('.meta strong').textContent(), 'Published');
    assert.equal(
      await editor.locator('.meta a').getAttribute('href'),
      `/en/questions/${questionId}`,
      'the editor gets the public link',
    );
    const emails = server.jobs.sent.filter((job) => job.name === 'send-email');
    assert.equal(emails.length, 2, 'the asker is emailed that the answer is out');
    await editor.context().close();
  });

  // Set-up, not the path under test: neighbours for "Similar Q&A", a FAQ and a More Info article.
  const { tremor } = await addNeighbours(db, { hospitalId: hospital.id, doctorId: doctor.id, questionId });

  let reader: Page;
  const qaPath = () => `/en/questions/${questionId}`;

  await step('5. a reader finds the Q&A in the department and reads the whole page', async () => {
    reader = await newVisitor();
    await open(reader, `${baseUrl}/en`);
    await followNav(reader, 'Departments');
    await clickAndWait(reader, reader.getByRole('link', { name: 'Neurology', exact: true }));
    assert.equal(new URL(reader.url()).pathname, '/en/departments/neurology');
    assert.equal(await reader.getByRole('heading', { level: 1 }).textContent(), 'Neurology');
    assert.equal(await reader.locator('.department-page > .count').textContent(), '4 answered questions');
    const listed = reader
      .locator('li.qa-item')
      .filter({ has: reader.getByRole('link', { name: readableTitle }) });
    assert.equal(await listed.count(), 1, 'the Q&A is listed under its readable title');
    assert.equal(await listed.locator('.views').textContent(), '0 views', 'with its view count');
    assert.match(
      (await listed.locator('.doctor-line').textContent()) ?? '',
      /^Dr\. Wang Mei-ling reply Neurology/,
    );

    await clickAndWait(reader, listed.getByRole('link', { name: readableTitle }));
    assert.equal(new URL(reader.url()).pathname, qaPath());
    const heading = `${readableTitle} - Neurology`;
    assert.ok((await reader.title()).startsWith(heading), `<title> starts with "${heading}"`);
    assert.equal(await reader.getByRole('heading', { level: 1 }).textContent(), heading);

    const askerLine = (await reader.locator('.asker-line').textContent()) ?? '';
    const askDate = /^Lin, 30~39 year old female\. Ask Date: (\d{4}\/\d{2}\/\d{2})$/.exec(askerLine)?.[1];
    assertToday(askDate, startedOn, `the ask date in "${askerLine}"`);
    const replyDate = /^Reply Date: (\d{4}\/\d{2}\/\d{2})$/.exec(
      (await reader.locator('.answer .reply-date').textContent()) ?? '',
    )?.[1];
    assertToday(replyDate, startedOn, 'the reply date');
    assertInOrder(await readableText(reader), [
      heading,
      'Share to:',
      ask.title,
      'For about two weeks my left eyelid twitches',
      `Lin, 30~39 year old female. Ask Date: ${askDate}`,
      `Dr. ${doctorName} reply Neurology`,
      'Hello Ms. Lin, eyelid twitching',
      'see a neurologist in person',
      `Dr. ${doctorName}, ${hospitalName}`,
      `Reply Date: ${replyDate}`,
      'not a diagnosis',
      'More Info',
      'Why eyelids twitch',
      'Similar Q&A',
      '[Read More] ',
      'Related FAQ',
      faq.question,
    ]);

    const share = reader.locator('.share-bar');
    const encoded = encodeURIComponent(`${baseUrl}${qaPath()}`);
    for (const name of ['Facebook', 'LINE', 'X', 'Email']) {
      const href = (await share.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      assert.ok(href.includes(encoded), `the ${name} link shares this page's address (${href})`);
    }
    assert.ok(
      await share.getByRole('button', { name: 'Copy link' }).isVisible(),
      'with JavaScript, "Copy link" shows',
    );
    assert.ok(
      await reader
        .locator('.answer .doctor-line a')
        .getAttribute('href')
        .then((h) => h?.startsWith('/en/doctors/')),
      'the doctor line links to the doctor',
    );

    const article = reader.locator('section.more-info');
    assert.equal(await article.getByRole('heading', { level: 2 }).first().textContent(), 'More Info');
    assert.equal(await article.locator('.article h3').textContent(), 'Why eyelids twitch');
    assert.equal(await article.locator('.article li').count(), 3);
    assert.equal(await article.locator('.article strong').textContent(), 'harmless');
    assert.equal(await article.locator('script').count(), 0, 'markdown cannot carry a script');
    assert.equal(await reader.evaluate(() => '__moreInfoScript' in window), false);

    const similar = reader.locator('section.similar');
    assert.equal(await similar.locator('article.similar-entry').count(), 3);
    const entry = similar
      .locator('article.similar-entry')
      .filter({ has: reader.getByRole('link', { name: tremor.pageTitle, exact: true }) });
    const questionSnippet = (await entry.locator('.question-snippet').textContent()) ?? '';
    assert.ok(questionSnippet.startsWith('Since last spring my right hand shakes'), questionSnippet);
    assert.ok(questionSnippet.endsWith('...'), `a long question is cut with "...": ${questionSnippet}`);
    assert.ok(questionSnippet.length < longBody.length);
    assert.match(
      (await entry.locator('.doctor-line').textContent()) ?? '',
      /^Dr\. Chen Jia-hao reply Neurology/,
    );
    assert.ok(
      (await entry.locator('.reply-snippet').textContent())?.startsWith('Hello, eyelid twitching is common'),
    );
    const readMore = entry.getByRole('link', { name: `[Read More] ${tremor.pageTitle}`, exact: true });
    assert.equal(await readMore.getAttribute('href'), `/en/questions/${tremor.id}`);

    const related = reader.locator('section.related-faq');
    assert.equal(await related.getByRole('heading', { level: 2 }).textContent(), 'Related FAQ');
    const faqAnswer = related.getByText(faq.answer);
    assert.equal(await faqAnswer.isVisible(), false, 'FAQ answers start folded');
    await related.getByText(faq.question).click();
    assert.ok(await faqAnswer.isVisible(), 'a click unfolds the FAQ answer');
    await screenshot(reader, 'qa-en');

    // A phone-sized view of the same page, to look at the narrow layout.
    await reader.setViewportSize({ width: 390, height: 844 });
    await screenshot(reader, 'qa-en-narrow');
    await reader.setViewportSize({ width: 1280, height: 900 });

    await open(reader, `${baseUrl}/en/departments/neurology`);
    seen.viewsAfterOneVisit = (await listed.locator('.views').textContent()) ?? '';
    assert.match(seen.viewsAfterOneVisit, /^1 views?$/, 'the visit was counted');
  });

  await step('6. the same Q&A page in Chinese', async () => {
    await open(reader, `${baseUrl}${qaPath()}`);
    await followNav(reader, '中文');
    assert.equal(new URL(reader.url()).pathname, `/zh-TW/questions/${questionId}`);
    const heading = `${readableTitle} - 神經內科`;
    assert.equal(await reader.getByRole('heading', { level: 1 }).textContent(), heading);
    assert.ok((await reader.title()).startsWith(heading));
    assert.equal(await reader.locator('.share-bar > span').textContent(), '分享至：');
    const askerLine = (await reader.locator('.asker-line').textContent()) ?? '';
    const askDate = /^Lin／女／\(30~39歲\), (\d{4}\/\d{2}\/\d{2})$/.exec(askerLine)?.[1];
    assertToday(askDate, startedOn, `the ask date in "${askerLine}"`);
    const doctorLine = (await reader.locator('.answer .doctor-line a').textContent()) ?? '';
    const replyDate = new RegExp(
      `^${hospitalName}（中文）／神經內科／${doctorName}醫師, (\\d{4}/\\d{2}/\\d{2})$`,
    ).exec(doctorLine)?.[1];
    assertToday(replyDate, startedOn, `the reply date in "${doctorLine}"`);
    assertInOrder(await readableText(reader), [
      heading,
      '分享至：',
      ask.title,
      askerLine,
      doctorLine,
      'Hello Ms. Lin',
      `${hospitalName}（中文） ${doctorName}醫師`,
      `回覆日期：${replyDate}`,
      '本站醫師回覆僅供一般衛教參考',
      '延伸閱讀',
      '相關問答',
      '[閱讀更多]',
      '相關常見問題',
    ]);
    await screenshot(reader, 'qa-zh-TW');
    await reader.context().close();
  });

  await step('7. without JavaScript, a second asker uses the Chinese form and reads the Q&A', async () => {
    const page = await newVisitor({ javaScriptEnabled: false });
    await open(page, `${baseUrl}/zh-TW/ask`);
    await fillAskForm(page, askLabelsZh, zhAsk);
    const bad = await clickAndWait(page, page.getByRole('button', { name: '送出問題' }));
    assert.equal(bad.status(), 422);
    assert.equal(
      await page.locator('[data-field="consent"] .field-error').textContent(),
      '請同意公開，否則無法公開回覆您的問題。',
      'the missing consent is explained next to the checkbox',
    );
    seen.consentAriaInvalid =
      (await page.getByRole('checkbox', { name: askLabelsZh.consent }).getAttribute('aria-invalid')) ?? '';
    assert.deepEqual(await readAskForm(page, askLabelsZh), {
      department: zhAsk.department,
      title: zhAsk.title,
      body: zhAsk.body,
      pseudonym: zhAsk.pseudonym,
      ageRange: zhAsk.ageRange,
      gender: zhAsk.gender,
      email: '',
      consent: false,
    });
    await page.getByRole('checkbox', { name: askLabelsZh.consent }).check();
    assert.equal((await clickAndWait(page, page.getByRole('button', { name: '送出問題' }))).status(), 201);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '感謝您，問題已送出');
    await clickAndWait(page, page.locator('.status-link a'));
    assert.equal(await page.locator('.status strong').textContent(), '等待編輯審核');

    await open(page, `${baseUrl}${qaPath()}`);
    assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
    seen.copyButtonWithoutJs = await page.getByRole('button', { name: 'Copy link' }).isVisible();
    const related = page.locator('section.related-faq');
    await related.getByText(faq.question).click();
    assert.ok(await related.getByText(faq.answer).isVisible(), 'FAQs unfold without JavaScript');
    await page.context().close();
  });

  await step('no page had a script error, a blocked resource or a failed request', async () => {
    assert.deepEqual(problems, []);
  });

  // Once bugs, now regressions to guard against.
  await t.test('without JavaScript the "Copy link" button stays hidden', () => {
    assert.equal(seen.copyButtonWithoutJs, false, 'a button that cannot work is shown');
  });
  await t.test('one view reads "1 view"', () => {
    assert.equal(seen.viewsAfterOneVisit, '1 view');
  });
  await t.test('a consent checkbox with an error is marked invalid', () => {
    assert.equal(seen.consentAriaInvalid, 'true');
  });
});
