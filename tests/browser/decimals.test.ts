import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Amounts typed with decimals, key by key as a user types them, are saved as typed: a currency custom
 * field and a company's revenue in their forms, and the bounds of a list filter. "12.5" used to be
 * saved as 5: the input gave "12." as text, the form took text for no number and emptied the field.
 * A comma groups thousands as the (English) locale writes them; it used to be read as a decimal point.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

interface Saved {
  id: string;
  customFields: Record<string, unknown>;
  annualRevenue: number | null;
}

describe('amounts with decimals', () => {
  let ada: Saved;
  let acme: Saved;

  test('a workspace has a “Contract value” in EUR on people, a person and a company', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Decimals');
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Contract value',
      type: 'currency',
      currency: 'EUR',
    });
    await apiCall('POST', '/custom-fields', { objectType: 'people', label: 'Head count', type: 'number' });
    ada = await apiCall<Saved>('POST', '/people', { firstName: 'Ada', lastName: 'Byron' });
    await apiCall('POST', '/people', {
      firstName: 'Bob',
      lastName: 'Small',
      customFields: { contractValue: 99.99 },
    });
    acme = await apiCall<Saved>('POST', '/companies', { name: 'Acme' });
  });

  test('a contract value typed as 12500.50 stays on screen and is saved as 12,500.50', async () => {
    await page.goto(`${server.url}/people/${ada.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Ada Byron' });
    const value = form.getByRole('textbox', { name: 'Contract value' });
    await value.pressSequentially('12500.50');
    await expect(value.inputValue()).resolves.toBe('EUR 12,500.50');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'hidden' });
    const saved = await apiCall<Saved>('GET', `/people/${ada.id}`);
    expect(saved.customFields.contractValue).toBe(12500.5);
  });

  test('a zero inside the decimals (100.05) is kept too', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Ada Byron' });
    const value = form.getByRole('textbox', { name: 'Contract value' });
    await expect(value.inputValue()).resolves.toBe('EUR 12,500.5');
    await value.selectText();
    await page.keyboard.press('Backspace');
    await value.pressSequentially('100.05');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'hidden' });
    const saved = await apiCall<Saved>('GET', `/people/${ada.id}`);
    expect(saved.customFields.contractValue).toBe(100.05);
  });

  test('a comma typed between thousands groups them (1,250 is 1250, not 1.25)', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Ada Byron' });
    const count = form.getByRole('textbox', { name: 'Head count' });
    await count.pressSequentially('1,250');
    await expect(count.inputValue()).resolves.toBe('1,250');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'hidden' });
    const saved = await apiCall<Saved>('GET', `/people/${ada.id}`);
    expect(saved.customFields.headCount).toBe(1250);
  });

  test('a company’s annual revenue typed with cents is saved with them', async () => {
    await page.goto(`${server.url}/companies/${acme.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Acme' });
    const revenue = form.getByRole('textbox', { name: 'Annual revenue' });
    await revenue.pressSequentially('2500000.75');
    // In the workspace's currency, which the input names as a currency field's does.
    await expect(revenue.inputValue()).resolves.toBe('USD 2,500,000.75');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'hidden' });
    const saved = await apiCall<Saved>('GET', `/companies/${acme.id}`);
    expect(saved.annualRevenue).toBe(2500000.75);
  });

  test('a filter between 100.01 and 12500.50 keeps Ada (100.05) and leaves out Bob (99.99)', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('button', { name: /^Filter/ }).click();
    const builder = page.getByRole('region', { name: 'Filter builder' });
    await builder.getByRole('button', { name: 'Add condition', exact: true }).click();
    const condition = builder.getByRole('group', { name: 'Condition 1' });
    const pick = async (combobox: string, option: string) => {
      await condition.getByRole('combobox', { name: combobox }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await pick('Field', 'Contract value');
    await pick('Operator', 'is between');
    await condition.getByRole('textbox', { name: 'From' }).pressSequentially('100.01');
    await condition.getByRole('textbox', { name: 'To' }).pressSequentially('12500.50');
    await page
      .getByRole('group', { name: 'Active filters' })
      .getByRole('button', { name: /^Remove filter Contract value is between 100.01 and 12500.5/ })
      .waitFor();
    const names = page.getByRole('grid', { name: 'People' }).locator('tbody tr td:nth-child(2) a');
    await expect.poll(() => names.allTextContents(), { timeout: 10_000 }).toEqual(['Ada Byron']);
  });
});
