import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * From the import page: the kind of records, the file, and on to the mapping step. A segment's radio
 * is hidden under its label, so the label is what is clicked, as a user would.
 */
export async function uploadToMapping(
  page: Page,
  url: string,
  object: 'People' | 'Companies',
  file: { name: string; content: string },
): Promise<void> {
  await page.goto(`${url}/imports`);
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${object}$`) })
    .click();
  expect(await page.getByRole('radio', { name: object }).isChecked()).toBe(true);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.content) });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
}
