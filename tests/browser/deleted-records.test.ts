import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A person deleted from a list by mistake comes back from Settings → Deleted records, with their
 * history; one whose unique value another person has taken since is refused, saying which value.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

describe('deleted records', () => {
  test('a person with a note is deleted from the list', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Second chances');
    const field = await apiCall<{ key: string }>('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Member number',
      type: 'text',
      unique: true,
    });
    ids.ada = (
      await apiCall<{ id: string }>('POST', '/people', {
        firstName: 'Ada',
        lastName: 'Byron',
        email: 'ada@byron.example',
      })
    ).id;
    await apiCall('POST', '/activities', {
      type: 'note',
      body: '<p>Wants the yearly plan</p>',
      personIds: [ids.ada],
    });
    ids.cy = (
      await apiCall<{ id: string }>('POST', '/people', {
        firstName: 'Cy',
        lastName: 'Taken',
        customFields: { [field.key]: 'M-7' },
      })
    ).id;
    await apiCall('DELETE', `/people/${ids.cy}`);
    await apiCall('POST', '/people', {
      firstName: 'Di',
      lastName: 'Newer',
      customFields: { [field.key]: 'M-7' },
    });

    await page.goto(`${server.url}/people`);
    const grid = page.getByRole('grid', { name: 'People' });
    await grid.getByRole('checkbox', { name: 'Select Ada Byron' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete' });
    await dialog.getByText('Settings → Deleted records brings them back.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await grid.getByRole('link', { name: 'Ada Byron' }).waitFor({ state: 'detached' });
  });

  test('Settings lists her, newest first, and Restore brings her back with her note', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByRole('tab', { name: 'Deleted records' }).click();
    const table = page.getByRole('table', { name: 'Deleted people' });
    await table.getByText('ada@byron.example').waitFor();
    const names = await table.locator('tbody tr td:first-child p:first-child').allTextContents();
    expect(names).toEqual(['Ada Byron', 'Cy Taken']);
    await table
      .getByRole('row', { name: /Ada Byron/ })
      .getByText(`by ${ADMIN.name}`)
      .waitFor();
    await table.getByRole('button', { name: 'Restore Ada Byron' }).click();
    await page.getByText('Ada Byron is back.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ada Byron' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${ids.ada}`);
    await page.getByText('Wants the yearly plan').waitFor();
    // Her history says what happened in words, not as a changed deletion date.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(/restored the person$/).waitFor();
    await page.getByText(/deleted the person$/).waitFor();
  });

  test('a restore refused for a taken unique value says which, and leaves the record deleted', async () => {
    await page.goto(`${server.url}/settings/deleted-records`);
    const table = page.getByRole('table', { name: 'Deleted people' });
    await table.getByRole('button', { name: 'Restore Cy Taken' }).click();
    await page
      .getByText('Member number "M-7" already belongs to another record.', { exact: false })
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/deleted-records');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
  });

  test('a run of deletions comes back at once from the oldest of them', async () => {
    for (const name of ['Eve', 'Fay']) {
      const { id } = await apiCall<{ id: string }>('POST', '/people', { firstName: name, lastName: 'Bulk' });
      await apiCall('DELETE', `/people/${id}`);
    }
    await page.reload();
    const table = page.getByRole('table', { name: 'Deleted people' });
    // A search narrows the list, and leaves out "every one after it", which would reach past it.
    const search = page.getByRole('searchbox', { name: 'Search deleted people' });
    await search.fill('fay');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByText('Fay Bulk').waitFor();
    expect(await table.getByRole('button', { name: 'More for Fay Bulk' }).count()).toBe(0);
    await search.fill('nobody');
    await page.getByText('No deleted people match “nobody”').waitFor();
    await search.fill('');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await table.getByRole('button', { name: 'More for Eve Bulk' }).click();
    await page.getByRole('menuitem', { name: 'Restore this and every person deleted after it' }).click();
    await page.getByText('2 people restored.').waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByText('Cy Taken').waitFor();
  });
});
