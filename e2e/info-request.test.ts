/**
 * An information request in Chromium: the doctor sees the overdue question in the queue, asks the
 * asker for more information (one mistake first), the asker answers on the private status page
 * with JavaScript off, and the doctor reads the answer next to the question and replies.
 * Screenshots go to test-results/screenshots/info-request-*.png.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { getConfig } from '../src/config.ts';
import { askers, questions } from '../src/db/schema.ts';
import { escalateOverdueQuestions } from '../src/features/answers/escalation.service.ts';
import { buildDoctor, buildQuestion, buildUser } from '../test/factories.ts';
import { followNav, readableText, signIn } from './actions.ts';
import {
  clickAndWait,
  launchBrowser,
  open,
  screenshot,
  startTestServer,
  type TestServer,
  watchForErrors,
} from './browser.ts';

let browser: Browser;
let server: TestServer;
const problems: string[] = [];

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The text of an element as in the DOM. */
const text = async (locator: Locator) => (await locator.textContent()) ?? '';

async function newVisitor(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchForErrors(page, problems);
  return page;
}

const title = 'Numb fingertips in the morning';
const request = 'Does the numbness affect both hands, and how long does it last after you wake up?';
const answer = 'Only the right hand, for about ten minutes. It goes away when I shake my hand.';
const reply =
  'Hello, numbness of the right hand on waking is often caused by pressure on the wrist during sleep. ' +
  'Try keeping the wrist straight at night; if it spreads or you feel weakness, please see a neurologist.';

test('doctor asks for more information, the asker answers, the doctor replies', {
  timeout: 180_000,
}, async () => {
  const { baseUrl, db } = server;
  const doctor = await buildDoctor(db, { departments: ['neurology'], name: 'Hsu Chia-hao' });
  const doctorUser = await buildUser(db, { roles: ['doctor'], doctorId: doctor.id });
  const token = 'e2e-info-request-token-0001';
  const q = await buildQuestion(db, {
    status: 'approved',
    department: 'neurology',
    title,
    token,
    body: 'For a month my fingertips have been numb when I wake up. I am 34 and work at a computer all day.',
  });
  const [asker] = await db.insert(askers).values({ email: 'numb@example.test' }).returning();
  // Asked four days ago: past the default 72-hour target.
  await db
    .update(questions)
    .set({ askerId: asker!.id, askedAt: new Date(Date.now() - 96 * 3_600_000) })
    .where(eq(questions.id, q.id));

  // 0. The escalation pass reports it to editors; their dashboard lists it.
  assert.deepEqual(await escalateOverdueQuestions({ db, jobs: server.jobs, config: getConfig() }), [q.id]);
  const editorUser = await buildUser(db, { roles: ['editor'] });
  const editor = await newVisitor();
  await signIn(editor, baseUrl, editorUser.email);
  await followNav(editor, 'Editor area');
  const escalated = editor.locator('section.escalated');
  assert.match(await text(escalated.getByRole('heading')), /^Escalated: waiting more than 72 hours \(1\)$/);
  assert.ok(await escalated.getByRole('link', { name: title }).isVisible());
  await screenshot(editor, 'info-request-0-editor-escalated');

  // 1. The doctor's queue marks the question overdue in words.
  const doc = await newVisitor();
  await signIn(doc, baseUrl, doctorUser.email);
  await followNav(doc, 'Doctor area');
  const item = doc.locator(`li[data-question-id="${q.id}"]`);
  assert.match(await text(item), /Overdue: waiting more than 72 hours/);
  assert.match(await text(doc.locator('[data-figure="queue"]')), /Waiting in your departments: 1/);
  await screenshot(doc, 'info-request-1-doctor-queue');

  // 2. A too-short request is refused next to the field and kept; then the real one is sent.
  await clickAndWait(doc, item.getByRole('link', { name: title }));
  await doc.getByText('Ask the asker for more information').click();
  const field = doc.getByLabel('What do you need to know?');
  await field.fill('Hand?');
  const refused = await clickAndWait(doc, doc.getByRole('button', { name: 'Send request' }));
  assert.equal(refused.status(), 422);
  assert.equal(await doc.locator('#message-error').textContent(), 'Please write at least 10 characters.');
  assert.equal(await field.inputValue(), 'Hand?');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await field.fill(request);
  await clickAndWait(doc, doc.getByRole('button', { name: 'Send request' }));
  assert.equal(
    await doc.getByRole('status').textContent(),
    'Your request was sent. The question waits for the asker.',
  );
  assert.equal(await doc.locator('form.reply-form').count(), 0, 'no reply while waiting for the asker');
  await screenshot(doc, 'info-request-2-doctor-asked');
  await followNav(doc, 'Doctor area');
  assert.match(await text(doc.locator(`li[data-question-id="${q.id}"]`)), /Waiting for the asker/);

  // 3. The asker, without JavaScript, reads the request on the status page and answers.
  const asking = await newVisitor({ javaScriptEnabled: false });
  await open(asking, `${baseUrl}/en/status/${token}`);
  assert.equal(
    await asking.locator('.status strong').textContent(),
    'A doctor asked you for more information',
  );
  assert.ok((await readableText(asking)).includes(request));
  await screenshot(asking, 'info-request-3-asker-status');
  await asking.getByLabel('Your answer to the doctor').fill(answer);
  await clickAndWait(asking, asking.getByRole('button', { name: 'Send to the doctor' }));
  assert.match(
    await text(asking.locator('.asker-info-requests .notice')),
    /Your answer was sent to the doctor/,
  );
  assert.equal(await asking.locator('.status strong').textContent(), 'Waiting for a doctor');
  assert.ok((await readableText(asking)).includes(answer));
  await screenshot(asking, 'info-request-4-asker-answered');

  // 4. The doctor sees the answer below the request (the question text untouched) and replies.
  await open(doc, `${baseUrl}/en/doctor/questions/${q.id}`);
  const answerBlock = doc.locator('.info-response');
  assert.match(await text(answerBlock), /The asker replied on/);
  assert.ok((await text(answerBlock)).includes(answer));
  assert.ok(!(await text(doc.locator('.question-body'))).includes(answer));
  await doc.getByLabel('Your reply').fill(reply);
  await clickAndWait(doc, doc.getByRole('button', { name: 'Send reply' }));
  assert.equal(
    await doc.getByRole('status').textContent(),
    'Your reply was saved. An editor will publish it.',
  );
  await screenshot(doc, 'info-request-5-doctor-replied');
  const [row] = await db.select().from(questions).where(eq(questions.id, q.id));
  assert.equal(row!.status, 'answered');
  assert.equal(row!.claimedByDoctorId, doctor.id);
  assert.deepEqual(problems, []);
});
