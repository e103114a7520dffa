import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { expectInPhoneView, expectTableUncut } from './support/phone-fit.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const CONTACTS_CSV = ['First Name,Email', 'Ada,ada@gmail.com', 'Grace,grace@navy.example'].join('\r\n');

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const importCount = async () =>
  (await callApi<{ data: unknown[] }>(page, { url: server.url, csrfToken }, 'GET', '/imports')).data.length;

async function uploadForMapping(filename: string): Promise<void> {
  await page.getByRole('radio', { name: 'People' }).check({ force: true });
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: filename, mimeType: 'text/csv', buffer: Buffer.from(CONTACTS_CSV) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
}

describe('an import never started is discarded; Home leads a new workspace to importing', () => {
  test('Home’s first suggestion is “Import your contacts”, and it leads to Import', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Analytical Engines');
    const steps = page.getByRole('region', { name: 'What you can do next' }).getByRole('link');
    await steps.first().waitFor();
    expect((await steps.allTextContents()).slice(0, 2)).toEqual([
      'Import your contacts',
      'Invite colleagues',
    ]);
    await page.getByRole('link', { name: 'Import your contacts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/imports');
  });

  test('“Discard” on an import left at its mapping asks first, then removes it and goes back to Import', async () => {
    await uploadForMapping('abandoned.csv');
    await page.getByRole('button', { name: 'Discard abandoned.csv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Discard this import?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await importCount()).toBe(1);

    await page.getByRole('button', { name: 'Discard abandoned.csv' }).click();
    await dialog.getByRole('button', { name: 'Discard import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/imports');
    expect(await importCount()).toBe(0);
  });

  test('the list offers “Discard” only for imports not started', async () => {
    await uploadForMapping('left.csv');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await uploadForMapping('forgotten.csv');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    const table = page.getByRole('table', { name: 'Imports' });
    await table.getByRole('row', { name: /forgotten\.csv/ }).waitFor();
    expect(await table.getByRole('button', { name: /^Discard/ }).count()).toBe(1);
    await table.getByRole('button', { name: 'Discard forgotten.csv' }).click();
    await page
      .getByRole('dialog', { name: 'Discard this import?' })
      .getByRole('button', { name: 'Discard import' })
      .click();
    await table.getByRole('row', { name: /forgotten\.csv/ }).waitFor({ state: 'detached' });
    await table.getByRole('row', { name: /left\.csv/ }).waitFor();
    expect(await importCount()).toBe(1);
  });

  test('on a phone each import’s name, status, counts and “Discard” read without scrolling sideways', async () => {
    await uploadForMapping('a-file-with-quite-a-long-name-from-the-old-crm.csv');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    const table = page.getByRole('table', { name: 'Imports' });
    const pending = table.getByRole('row').filter({ hasText: 'quite-a-long-name' });
    const done = table.getByRole('row').filter({ hasText: 'left.csv' });
    await pending.waitFor();
    await page.setViewportSize(PHONE);
    try {
      await expectInPhoneView(
        done.getByRole('link', { name: 'left.csv' }),
        done.getByText('Done'),
        done.getByText('2 created · 0 updated · 0 rejected'),
        pending.getByText('Ready to map'),
        pending.getByText('Not started'),
        pending.getByRole('button', { name: /^Discard/ }),
      );
      await expectTableUncut(table);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
