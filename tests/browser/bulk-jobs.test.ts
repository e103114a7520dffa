import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/** One more than a bulk action does at once (SYNC_LIMIT), so it runs as a job, in two batches. */
const PEOPLE = 5001;

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

describe('bulk jobs', () => {
  test('a bulk action on thousands of people shows how far its job has come', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Bulk Corp');

    const rows = Array.from({ length: PEOPLE }, (_, i) => `Lead,No ${i + 1}`);
    const created = await apiCall<{ id: string }>('POST', '/imports', {
      object: 'people',
      filename: 'leads.csv',
    });
    await apiCall('PUT', `/imports/${created.id}/file`, ['First Name,Last Name', ...rows].join('\n'));
    await apiCall('POST', `/imports/${created.id}/start`, {});
    await expect
      .poll(async () => (await apiCall<{ status: string }>('GET', `/imports/${created.id}`)).status, {
        timeout: 120_000,
        interval: 1000,
      })
      .toBe('completed');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('grid', { name: 'People' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('checkbox', { name: 'Select all loaded rows' }).check();
    await page.getByRole('button', { name: 'Select all matching the filter' }).click();
    await page.getByRole('button', { name: 'Set stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set stage' });
    await dialog.getByRole('combobox', { name: 'Lifecycle stage' }).click();
    await page.getByRole('option', { name: 'Customer', exact: true }).click();
    await dialog.getByRole('button', { name: 'Set stage' }).click();

    const status = page.getByRole('status').filter({ hasText: 'Bulk action' });
    await status.getByText('Bulk action done').waitFor({ timeout: 120_000 });
    await status.getByText('5,001 of 5,001 people processed: 5,001 changed.').waitFor();
    await expect(status.getByRole('progressbar').count()).resolves.toBe(0);
  });
});
