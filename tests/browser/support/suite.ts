import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { keepScreenshotOfFailure, launchChromium, openPage } from './chromium.ts';
import { type RapportServer, startRapport } from './rapport-server.ts';

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
