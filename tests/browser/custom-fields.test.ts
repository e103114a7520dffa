import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { tierField } from '../support/tier-field.ts';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { expectInPhoneView, expectTableUncut } from './support/phone-fit.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A custom field's life in Settings: made, relabelled, archived, restored, and deleted with its data
 * after a warning; and the fields' table on a phone. (data.test.ts adds one through the dialog and
 * imports into it.)
 */
let server: RapportServer;
let page: Page;

browserSuite((suite) => {
  ({ server, page } = suite);
});

describe('custom fields in Settings', () => {
  test('an admin opens the custom fields of a workspace that has a “Tier” field', async () => {
    const csrfToken = await setUpWorkspace(page, server.url, 'Field Office');
    await callApi(page, { url: server.url, csrfToken }, 'POST', '/custom-fields', tierField('people'));
    await page.goto(`${server.url}/settings/custom-fields`);
    await page
      .getByRole('table', { name: 'Custom fields' })
      .getByRole('row')
      .filter({ hasText: 'Tier' })
      .waitFor();
  });

  test('a field can be relabelled, archived, restored, and deleted with its data after a warning', async () => {
    await page.getByRole('button', { name: 'Add field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Renewal value');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Currency', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Currency' }).fill('eur');
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Custom fields' });
    await table.getByRole('row').filter({ hasText: 'Renewal value' }).getByText('EUR').waitFor();

    await page.getByRole('button', { name: 'Edit Renewal value' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “Renewal value”' });
    await edit.getByRole('textbox', { name: 'Label' }).fill('Contract value');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ hasText: 'Contract value' });
    // The key stays what it was: records, imports and API clients use it.
    await row.getByText('renewalValue', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Archive Contract value' }).click();
    await row.getByText('Archived').waitFor();
    expect(await page.getByRole('switch', { name: 'Show archived fields' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Restore Contract value' }).click();
    await row.getByText('Active').waitFor();
    await page.getByRole('button', { name: 'Archive Contract value' }).click();
    await page.getByRole('button', { name: 'Delete Contract value' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Contract value” and its data?' });
    await confirm.getByText('will be deleted from every person', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Delete field and data' }).click();
    await row.waitFor({ state: 'detached' });
    await table.getByRole('row').filter({ hasText: 'Tier' }).waitFor();
  });

  test('on a phone, and beside the menu at 1024 and 1280 px, a field’s name, type, status and actions are all in sight', async () => {
    await page.goto(`${server.url}/settings/custom-fields`);
    await page.setViewportSize(PHONE);
    try {
      const fields = page.getByRole('table', { name: 'Custom fields' });
      const tier = fields.getByRole('row').filter({ hasText: 'Tier' });
      await tier.getByText('Single select').waitFor();
      const actions = ['Edit Tier', 'Archive Tier'].map((name) => tier.getByRole('button', { name }));
      await expectInPhoneView(tier.getByText('Active'), ...actions);
      await expectTableUncut(fields);
      // Beside the Settings menu at 1024 and 1280 px the table gets less room than a wide phone's.
      for (const width of [1024, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await expectTableUncut(fields);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
