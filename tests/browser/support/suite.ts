import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { keepScreenshotOfFailure, launchChromium, openPage } from './chromium.ts';
import { type DemoLogin, type RapportServer, startRapport } from './rapport-server.ts';

export interface BrowserSuite {
  server: RapportServer;
  browser: Browser;
  page: Page;
}

/**
 * What every browser suite sets up, on the calling file's hooks: a fresh `rapport serve` (on a demo
 * workspace when asked), Chromium, and a desktop page that reaches nothing but that server. `ready`
 * receives them once they are up. A failed step leaves a screenshot of the page behind; all of it is
 * stopped when the file ends.
 */
export function browserSuite(
  ready: (suite: BrowserSuite) => void,
  options: { demo?: { people: number; seed: string }; acceptDownloads?: boolean } = {},
): void {
  const started: Partial<BrowserSuite> = {};
  beforeAll(async () => {
    const server = await startRapport({
      readyWithinMs: 240_000,
      ...(options.demo && { demo: options.demo }),
    });
    started.server = server;
    const browser = await launchChromium();
    started.browser = browser;
    const page = await openPage(browser, server.url, { acceptDownloads: options.acceptDownloads ?? false });
    started.page = page;
    ready({ server, browser, page });
  });
  afterEach((context) => keepScreenshotOfFailure(started.page, context.task));
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
}

export interface DemoSuite extends BrowserSuite {
  /** The login `rapport demo` printed for the workspace's admin. */
  login: DemoLogin;
  /** The API as that admin, by their token: a GET, or a POST of `body`. Throws on an error status. */
  api<T>(route: string, body?: object): Promise<T>;
}

/** `browserSuite` on a demo workspace of `people` built from `seed`, with its admin's login and API. */
export function demoSuite(seed: string, ready: (suite: DemoSuite) => void, people = 40): void {
  browserSuite(
    (suite) => {
      const login = suite.server.demo;
      if (!login) throw new Error('the demo printed no login');
      const api = async <T>(route: string, body?: object): Promise<T> => {
        const response = await fetch(`${suite.server.url}/api/v1${route}`, {
          method: body ? 'POST' : 'GET',
          headers: { Authorization: `Bearer ${login.apiToken}`, 'Content-Type': 'application/json' },
          ...(body && { body: JSON.stringify(body) }),
        });
        if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      };
      ready({ ...suite, login, api });
    },
    { demo: { people, seed } },
  );
}
