import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A file of a thousand columns (an export of every property another CRM has): its mapping renders
 * only the rows near the window, so it opens at once, and every column is still reached, mapped and
 * imported. Mantine's select searches the whole page as it mounts: all thousand took 12 s.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const COLUMNS = 1_000;
const header = [...Array.from({ length: COLUMNS - 1 }, (_, i) => `Property ${i}`), 'Email'];
const row = [...Array.from({ length: COLUMNS - 1 }, (_, i) => `value ${i}`), 'ada@wide.example'];
const WIDE_CSV = [header.join(','), row.join(',')].join('\r\n');

const mapping = (column: string) => page.getByRole('combobox', { name: `Import “${column}” as` });
const table = () => page.getByRole('table', { name: 'Column mapping' });

describe('a file of a thousand columns', () => {
  test('its mapping opens with the rows near the window, and says how many there are', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Wide Exports');
    await uploadToMapping(page, server.url, 'People', { name: 'every-property.csv', content: WIDE_CSV });
    await mapping('Property 0').waitFor();
    expect(await table().getAttribute('aria-rowcount')).toBe(String(COLUMNS + 1));
    expect(await table().locator('tbody tr[aria-rowindex]').count()).toBeLessThan(200);
    expect(await mapping('Email').count()).toBe(0);
  });

  test('the last column is reached, with the field proposed for it', async () => {
    await page.keyboard.press('End');
    await mapping('Email').waitFor();
    expect(await mapping('Email').inputValue()).toBe('E-mail (primary)');
    expect(await mapping('Email').locator('xpath=ancestor::tr').getAttribute('aria-rowindex')).toBe(
      String(COLUMNS + 1),
    );
  });

  test('a column is found by part of its name, past the window the page holds', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const find = page.getByRole('textbox', { name: 'Find a column' });
    await find.fill('property 99');
    // "Property 99" and "Property 990" to "Property 998", none of them rendered before.
    await page.getByText('10 of 1,000 columns').waitFor();
    expect(await table().getAttribute('aria-rowcount')).toBe('11');
    expect(await table().locator('tbody tr[aria-rowindex]').count()).toBe(10);
    expect(await mapping('Property 998').inputValue()).toBe('Don’t import');
    // Enter in the box does not start the import.
    await find.press('Enter');
    await find.fill('no such column');
    await table().getByText('No column’s name holds “no such column”.').waitFor();
  });

  test('refused, the import brings the column with the error into view, far below and not found', async () => {
    // Mapped through the box, which then lists only "Property 1" and its like: not the column at fault.
    await page.getByRole('textbox', { name: 'Find a column' }).fill('Property 1');
    await mapping('Property 1').click();
    await page.getByRole('option', { name: 'E-mail (primary)', exact: true }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    const error = table().getByText('E-mail (primary) is already filled from "Property 1".');
    await error.waitFor();
    // It is the last column's: the box was emptied and the page went down to it.
    expect(await page.getByRole('textbox', { name: 'Find a column' }).inputValue()).toBe('');
    expect(await error.locator('xpath=ancestor::tr').getAttribute('aria-rowindex')).toBe(String(COLUMNS + 1));
    await expect.poll(() => error.isVisible()).toBe(true);
    const box = await error.boundingBox();
    expect(box && box.y > 0 && box.y < (page.viewportSize()?.height ?? 0)).toBe(true);
  });

  test('mapped again, the file is imported: the person in its last column lands', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await mapping('Property 1').click();
    await page.getByRole('option', { name: 'Don’t import', exact: true }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const people = await callApi<{ data: { email: string }[] }>(
      page,
      { url: server.url, csrfToken },
      'GET',
      '/people?email=ada@wide.example',
    );
    expect(people.data.map((p) => p.email)).toEqual(['ada@wide.example']);
  });

  test('a column of 150 values lists those near its box’s window, and its last is reached there', async () => {
    const values = Array.from({ length: 150 }, (_, i) => `Stage ${i}`);
    const csv = ['Email,Lifecycle stage', ...values.map((v, i) => `p${i}@values.example,${v}`)].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'many-stages.csv', content: csv });
    const list = page.getByRole('table', { name: 'Values of “Lifecycle stage”' });
    await list.getByRole('combobox', { name: '“Stage 0” becomes' }).waitFor();
    expect(await list.getAttribute('aria-rowcount')).toBe('151');
    expect(await list.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(100);
    await list.evaluate((table) => {
      const box = table.closest('.mantine-ScrollArea-viewport');
      if (box) box.scrollTop = box.scrollHeight;
    });
    await list.getByRole('combobox', { name: '“Stage 149” becomes' }).waitFor();
    // Or found by part of its text: "Stage 14" and "Stage 140" to "Stage 149".
    await list.evaluate((table) => {
      const box = table.closest('.mantine-ScrollArea-viewport');
      if (box) box.scrollTop = 0;
    });
    await page.getByRole('textbox', { name: 'Find a value of “Lifecycle stage”' }).fill('stage 14');
    await page.getByText('11 of 150 values').waitFor();
    expect(await list.getAttribute('aria-rowcount')).toBe('12');
    expect(await list.locator('tbody tr[aria-rowindex]').count()).toBe(11);
    await list.getByRole('combobox', { name: '“Stage 145” becomes' }).waitFor();
    await page.getByRole('textbox', { name: 'Find a value of “Lifecycle stage”' }).fill('no such stage');
    await page.getByText('No value holds “no such stage”.').waitFor();
  });
});
