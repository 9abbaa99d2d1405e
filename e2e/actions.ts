/** What users do in the browser tests, written once: fill the ask form, sign in, read the date. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { getConfig } from '../src/config.ts';
import { TEST_PASSWORD } from '../test/factories.ts';
import { clickAndWait, open } from './browser.ts';

/** What an asker types into the ask form, with the labels they see in one language. */
export interface AskInput {
  department: string;
  title: string;
  body: string;
  pseudonym: string;
  ageRange: string;
  gender: string;
  askingFor: string;
  email: string;
  consent: boolean;
}

/** The ask form's labels in one language (as the user reads them, not the field names). */
export interface AskLabels {
  department: string;
  title: string;
  body: string;
  pseudonym: string;
  ageRange: RegExp;
  gender: string;
  email: RegExp;
  consent: RegExp;
}

export const askLabelsEn: AskLabels = {
  department: 'Department',
  title: 'Short title',
  body: 'Your question',
  pseudonym: 'Pseudonym',
  ageRange: /^Age range/,
  gender: 'Gender',
  email: /^Email for the answer notice/,
  consent: /^I agree that the question/,
};

export const askLabelsZh: AskLabels = {
  department: '科別',
  title: '標題',
  body: '問題內容',
  pseudonym: '暱稱',
  ageRange: /^年齡/,
  gender: '性別',
  email: /^回覆通知用電子郵件/,
  consent: /^我同意本問題/,
};

/** Fills every field of the ask form by its label, choosing options by their visible text. */
export async function fillAskForm(page: Page, labels: AskLabels, input: AskInput) {
  await page.getByLabel(labels.department, { exact: true }).selectOption({ label: input.department });
  await page.getByLabel(labels.title, { exact: true }).fill(input.title);
  await page.getByLabel(labels.body, { exact: true }).fill(input.body);
  await page.getByLabel(labels.pseudonym, { exact: true }).fill(input.pseudonym);
  await page.getByLabel(labels.ageRange).selectOption({ label: input.ageRange });
  await page.getByLabel(labels.gender, { exact: true }).selectOption({ label: input.gender });
  await page.getByRole('radio', { name: input.askingFor }).check();
  await page.getByLabel(labels.email).fill(input.email);
  await page.getByRole('checkbox', { name: labels.consent }).setChecked(input.consent);
}

/** What the form shows after a round trip: the values as the browser holds them. */
export async function readAskForm(page: Page, labels: AskLabels) {
  const selectedText = (label: string | RegExp) =>
    page
      .getByLabel(label, { exact: typeof label === 'string' })
      .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  return {
    department: await selectedText(labels.department),
    title: await page.getByLabel(labels.title, { exact: true }).inputValue(),
    body: await page.getByLabel(labels.body, { exact: true }).inputValue(),
    pseudonym: await page.getByLabel(labels.pseudonym, { exact: true }).inputValue(),
    ageRange: await selectedText(labels.ageRange),
    gender: await selectedText(labels.gender),
    email: await page.getByLabel(labels.email).inputValue(),
    consent: await page.getByRole('checkbox', { name: labels.consent }).isChecked(),
  };
}

/** Signs in through the header link and the sign-in form; lands on the home page. */
export async function signIn(page: Page, baseUrl: string, email: string) {
  await open(page, `${baseUrl}/en`);
  await clickAndWait(
    page,
    page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Sign in' }),
  );
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  const response = await clickAndWait(page, page.getByRole('button', { name: 'Sign in' }));
  assert.equal(response.status(), 200, 'sign-in lands on a page');
  assert.equal(new URL(page.url()).pathname, '/en', 'sign-in lands on the home page');
  assert.ok(
    await page.getByRole('button', { name: /^Sign out/ }).isVisible(),
    'the header offers to sign out',
  );
}

/** Follows a link of the main navigation in the header. */
export function followNav(page: Page, name: string) {
  return clickAndWait(
    page,
    page.getByRole('navigation', { name: 'main' }).getByRole('link', { name, exact: true }),
  );
}

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: getConfig().TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as the site writes dates (YYYY/MM/DD in the site's time zone). */
export const siteToday = () => dateFormat.format(new Date()).replaceAll('-', '/');

/** Asserts that `date` is today on the site, allowing for midnight passing during the test. */
export function assertToday(date: string | undefined, startedOn: string, what: string) {
  assert.ok(date && [startedOn, siteToday()].includes(date), `${what} is today (${startedOn}), got ${date}`);
}

/** Asserts that every part appears in `text`, each after the previous one. */
export function assertInOrder(text: string, parts: string[]) {
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    assert.ok(found >= 0, `"${part}" appears after "${text.slice(Math.max(0, at - 40), at + 40)}"`);
    at = found + part.length;
  }
}

/** The main column's text as rendered for the reader (folded details and hidden parts left out). */
export function readableText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
  return page.locator('main').innerText();
}
