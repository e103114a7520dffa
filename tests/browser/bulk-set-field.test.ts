import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { tierField } from '../support/tier-field.ts';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

const table = () => page.getByRole('grid', { name: 'People' });
const row = (name: string) => table().getByRole('row').filter({ hasText: name });

describe('bulk set field', () => {
  test('a select field is set on the rows ticked, and the list shows it', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Field Corp');
    await apiCall('POST', '/custom-fields', tierField('people'));
    const ids: Record<string, string> = {};
    for (const [firstName, lastName] of [
      ['Ann', 'Archer'],
      ['Bob', 'Baker'],
      ['Cid', 'Cooper'],
    ] as const)
      ids[firstName] = (await apiCall<{ id: string }>('POST', '/people', { firstName, lastName })).id;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await row('Cid Cooper').waitFor();
    await page.getByRole('checkbox', { name: 'Select Ann Archer' }).check();
    await page.getByRole('checkbox', { name: 'Select Bob Baker' }).check();
    await page.getByRole('button', { name: 'Set field' }).click();

    const dialog = page.getByRole('dialog', { name: 'Set field' });
    await dialog.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: 'Tier', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'Gold', exact: true }).click();
    // The confirmation says what and on how many.
    await dialog.getByText('Sets Tier on 2 people.').waitFor();
    await dialog.getByRole('button', { name: 'Set field' }).click();
    await page.getByText('2 people changed.').waitFor();

    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Tier' }).check();
    await page.keyboard.press('Escape');
    await table().getByRole('columnheader', { name: /Tier/ }).waitFor();
    for (const name of ['Ann Archer', 'Bob Baker']) await row(name).getByText('Gold').waitFor();
    await expect(row('Cid Cooper').getByText('Gold').count()).resolves.toBe(0);

    const ann = await apiCall<{ customFields: Record<string, unknown> }>('GET', `/people/${ids.Ann}`);
    expect(ann.customFields).toEqual({ tier: 'gold' });
    const cid = await apiCall<{ customFields: Record<string, unknown> }>('GET', `/people/${ids.Cid}`);
    expect(cid.customFields).toEqual({});
  });

  test('the field is cleared again on one of them', async () => {
    await page.getByRole('checkbox', { name: 'Select Bob Baker' }).check();
    await page.getByRole('button', { name: 'Set field' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set field' });
    await dialog.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: 'Tier', exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Clear the field instead' }).check();
    await dialog.getByText('Clears Tier on 1 person.').waitFor();
    await dialog.getByRole('button', { name: 'Set field' }).click();
    await page.getByText('1 person changed.').waitFor();
    await expect.poll(() => row('Bob Baker').getByText('Gold').count()).toBe(0);
    await row('Ann Archer').getByText('Gold').waitFor();
  });
});
