import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { ROOT_DIR } from './rapport-server.ts';

export const ARTIFACTS = path.join(ROOT_DIR, 'artifacts');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** Toasts come and go on their own timer; screenshots leave them out. */
export const SCREENSHOT_STYLE = '.mantine-Notifications-root { display: none !important; }';

/**
 * Debian's Chromium, headless, as root (no sandbox), without the background calls that this closed
 * network would refuse by the dozen.
 */
export function launchChromium(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A desktop-sized page in a fresh context that reaches no network beyond the server under test. */
export async function openPage(
  browser: Browser,
  serverUrl: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === serverUrl ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/**
 * Calls the API with the browser's session, as the web app does: its cookie, and the CSRF header that
 * writes need. A string body is sent as CSV (an import's file), anything else as JSON.
 */
export async function callApi<T>(
  page: Page,
  session: { url: string; csrfToken: string },
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  route: string,
  body?: string | object,
): Promise<T> {
  const csv = typeof body === 'string';
  const response = await page.request.fetch(`${session.url}/api/v1${route}`, {
    method,
    headers: { 'X-CSRF-Token': session.csrfToken, 'Content-Type': csv ? 'text/csv' : 'application/json' },
    ...(body === undefined ? {} : { data: csv ? body : JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${route}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/**
 * `callApi` bound to a test file's page and session, which are read at each call: a test file assigns
 * them in its hooks, after it has declared its caller.
 */
export function sessionApi(current: () => { page: Page; url: string; csrfToken: string }) {
  return <T>(method: Parameters<typeof callApi>[2], route: string, body?: string | object): Promise<T> => {
    const { page, ...session } = current();
    return callApi<T>(page, session, method, route, body);
  };
}

/** A failed step leaves a picture of the page behind, for whoever reads the CI run (use in afterEach). */
export async function keepScreenshotOfFailure(
  page: Page | undefined,
  task: { name: string; result?: { state?: string } },
): Promise<void> {
  if (task.result?.state !== 'fail' || !page) return;
  const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await page.screenshot({ path: path.join(ARTIFACTS, `failed-${name}.png`) }).catch(() => undefined);
}

/** Opens a combobox in `scope` by its name and picks an option of its list (drawn at the page's end). */
export async function pickOption(scope: Locator, combobox: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: combobox }).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

/**
 * Waits until an opened dialog holds the focus. Mantine gives it to the dialog's first field on a
 * timer after it opens: a fill into another field before that may see its text typed into the first
 * one (seen with the page's clock installed, once in about 80 openings).
 */
export async function dialogFocused(dialog: Locator): Promise<void> {
  await dialog
    .page()
    .waitForFunction(
      (element) => element?.contains(document.activeElement) ?? false,
      await dialog.elementHandle(),
    );
}
