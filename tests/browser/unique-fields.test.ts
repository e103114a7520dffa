import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Unique custom fields from Settings to the record forms: an ID from another system made unique,
 * a field refused while records share a value, and a person's form told which value is taken.
 */
let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const fieldsTable = () => page.getByRole('table', { name: 'Custom fields' });

interface Person {
  id: string;
  customFields: Record<string, unknown>;
}

describe('unique custom fields', () => {
  test('an admin adds a HubSpot ID field with unique values, and the list says it is unique', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Unique Co');
    await page.goto(`${server.url}/settings/custom-fields`);
    await page.getByRole('button', { name: 'Add field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('HubSpot ID');
    await dialog.getByRole('switch', { name: 'Unique values' }).check({ force: true });
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'detached' });
    await fieldsTable().getByRole('row').filter({ hasText: 'HubSpot ID' }).getByText('Unique').waitFor();
  });

  test('a field two people share a value of is not made unique, and the dialog says which value', async () => {
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Customer number',
      type: 'number',
    });
    for (const firstName of ['Ann', 'Bob'])
      await apiCall('POST', '/people', { firstName, customFields: { customerNumber: 7 } });
    await page.reload();
    await page.getByRole('button', { name: 'Edit Customer number' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “Customer number”' });
    await edit.getByRole('switch', { name: 'Unique values' }).check({ force: true });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText('1 value(s) are shared by more than one record, such as "7" (2 records)').waitFor();
    expect(await edit.isVisible()).toBe(true);
    const field = await apiCall<{ data: { key: string; unique: boolean }[] }>('GET', '/custom-fields');
    expect(field.data.find((f) => f.key === 'customerNumber')?.unique).toBe(false);
  });

  test('a person given an ID another person holds: the form says so under the field, and saves nothing', async () => {
    await apiCall('POST', '/people', { firstName: 'Cyd', customFields: { hubspotId: 'HS-1' } });
    const dan = await apiCall<Person>('POST', '/people', { firstName: 'Dan' });
    await page.goto(`${server.url}/people/${dan.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Dan' });
    await form.getByRole('textbox', { name: 'HubSpot ID' }).fill('HS-1');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('HubSpot ID "HS-1" already belongs to another record.').waitFor();
    expect(await form.getByRole('textbox', { name: 'HubSpot ID' }).getAttribute('aria-invalid')).toBe('true');
    const after = await apiCall<Person>('GET', `/people/${dan.id}`);
    expect(after.customFields.hubspotId).toBeUndefined();
  });

  test('an import’s “Record ID” column becomes a unique field from the mapping step', async () => {
    const file = ['Record ID,Email', '9001,eve@example.com', '9002,fay@example.com'].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'export.csv', content: file });
    await page.getByRole('combobox', { name: 'Import “Record ID” as' }).click();
    await page.getByRole('option', { name: 'New custom field…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByText('It looks like another system’s IDs, so it is proposed unique').waitFor();
    expect(await dialog.getByRole('switch', { name: 'Unique values' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Type' }).inputValue()).toBe('Text');
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Now a unique field is filled, the step offers to find people by it.
    const findBy = page.getByRole('combobox', { name: 'Find existing people by' });
    expect(await findBy.inputValue()).toBe('Record ID, then e-mail address');
  });
});
