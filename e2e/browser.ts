/**
 * Browser-test helpers: Debian's Chromium driven by playwright-core, the app served in-process
 * on a random port over a fresh test database, and small helpers for acting like a user.
 */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Locator, type Page, type Response } from 'playwright-core';
import { createTestApp } from '../test/app.ts';

/** Flags that keep Chromium off this machine's closed network (see shared/PLATFORM.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium; playwright gives it a fresh --user-data-dir of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The whole app on 127.0.0.1 and a random port, on a fresh migrated database with the
 * department catalog; jobs are recorded, not run. `stop` closes the server and the database.
 */
export async function startTestServer() {
  const t = await createTestApp();
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: t.db,
    jobs: t.jobs,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await t.close();
    },
  };
}

/**
 * Clicks something that submits a form or follows a link and waits until the next page has
 * loaded; returns that page's response (the last one after redirects).
 */
export async function clickAndWait(page: Page, target: Locator): Promise<Response> {
  // waitForURL cannot tell a re-posted form from the page it came from (same URL), so wait
  // for the navigation itself.
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
  if (!response) throw new Error('the click did not load a new page');
  return response;
}

/** Opens a path of the app and returns the response; throws on a non-2xx answer. */
export async function open(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${url}`);
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  return response;
}

/** Collects what a user would never see but a developer should: script errors, CSP reports, failed loads. */
export function watchForErrors(page: Page, problems: string[] = []): string[] {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their address; a page's own status (a 422 form) is fine.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`${response.status()} for ${response.url()} (on ${page.url()})`);
    }
  });
  page.on('requestfailed', (request) => {
    // Navigations away from a page cancel its pending requests; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  return problems;
}

/** Where screenshots go: test-results/screenshots at the repository root (ignored by git). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** Saves a full-page screenshot as test-results/screenshots/{name}.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
