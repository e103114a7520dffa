import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The People list read by keyboard, as a data grid (WAI-ARIA APG): one Tab stop however many rows are
 * loaded, walked with the arrows, Home, End, PageUp and PageDown; Space ticks a row, Enter opens its
 * record; moving down past the loaded rows fetches the next keyset page and moves on into it.
 */

/** More than the list's first keyset page (100), so the last few come with the second. */
const FILLERS = 104;

let server: RapportServer;
let page: Page;
let csrfToken = '';
let johnId = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const grid = () => page.getByRole('grid', { name: 'People' });

/** Where the focus is: its cell's place in the grid, its text, and whether the cell itself has it. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const cell = element?.closest<HTMLElement>('[data-row]');
    return {
      row: cell ? Number(cell.dataset.row) : null,
      column: cell ? Number(cell.dataset.column) : null,
      text: cell?.textContent ?? null,
      own: element !== null && element === cell,
      inGrid: Boolean(element?.closest('[role="grid"]')),
    };
  });

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

async function openPeople(): Promise<void> {
  await page.goto(`${server.url}/people`);
  await grid().getByRole('link', { name: 'John Smith' }).waitFor();
}

describe('the People list, by keyboard', () => {
  test('an admin has more people than one page of the list', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Keyboard Co');
    const session = { url: server.url, csrfToken };
    for (let i = 1; i <= FILLERS; i++)
      await callApi(page, session, 'POST', '/people', {
        firstName: 'Filler',
        lastName: String(i).padStart(3, '0'),
      });
    // Created last, so listed first (newest first).
    johnId = (
      await callApi<{ id: string }>(page, session, 'POST', '/people', {
        firstName: 'John',
        lastName: 'Smith',
      })
    ).id;
  });

  test('the grid is one Tab stop between the toolbar and what follows it', async () => {
    await openPeople();
    await page.getByRole('button', { name: 'Export' }).focus();
    await press('Tab');
    expect(await focused()).toMatchObject({ row: 1, column: 1, text: 'John Smith', own: true });
    expect(await grid().locator('[tabindex="0"]').count()).toBe(1);
    await press('Tab');
    expect((await focused()).inGrid).toBe(false);
    await press('Shift+Tab');
    expect(await focused()).toMatchObject({ row: 1, column: 1, own: true });
    await press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
  });

  test('screen readers learn the grid’s size and where each rendered row and cell sits', async () => {
    const table = grid();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(FILLERS + 2));
    expect(await table.getAttribute('aria-colcount')).toBe('8');
    const header = table.getByRole('row').first();
    expect(await header.getAttribute('aria-rowindex')).toBe('1');
    expect(await header.getByRole('columnheader', { name: 'Sort by Name' }).getAttribute('aria-sort')).toBe(
      'none',
    );
    const john = table.getByRole('row').filter({ hasText: 'John Smith' });
    expect(await john.getAttribute('aria-rowindex')).toBe('2');
    expect(await john.getByRole('gridcell').nth(2).getAttribute('aria-colindex')).toBe('3');
    // The row's own controls keep their names, out of the Tab order.
    const box = john.getByRole('checkbox', { name: 'Select John Smith' });
    expect(await box.getAttribute('tabindex')).toBe('-1');
    expect(await john.getByRole('link', { name: 'John Smith' }).getAttribute('tabindex')).toBe('-1');
    expect(await table.getByRole('row').count()).toBeLessThan(60);
  });

  test('the arrows, Home, End and the page keys move the focus, which shows', async () => {
    await grid().getByRole('gridcell', { name: 'John Smith', exact: true }).focus();
    await press('ArrowDown', 'ArrowRight');
    expect(await focused()).toMatchObject({ row: 2, column: 2, own: true });
    expect(
      await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      }),
    ).toBe('solid 2px');
    await press('ArrowLeft', 'ArrowUp');
    expect(await focused()).toMatchObject({ row: 1, column: 1 });
    await press('End');
    expect(await focused()).toMatchObject({ row: 1, column: 7 });
    await press('Home');
    expect(await focused()).toMatchObject({ row: 1, column: 0 });
    await press('PageDown');
    const paged = await focused();
    expect(paged.row).toBeGreaterThan(5);
    // The row paged to is in view, below the sticky header.
    const inView = await page.evaluate(() => {
      const cell = document.activeElement as HTMLElement;
      const area = cell.closest('section') as HTMLElement;
      const head = area.querySelector('thead') as HTMLElement;
      const [box, frame] = [cell.getBoundingClientRect(), area.getBoundingClientRect()];
      return (
        box.top >= head.getBoundingClientRect().bottom - 1 && box.bottom <= frame.top + area.clientHeight + 1
      );
    });
    expect(inView).toBe(true);
    await press('PageUp');
    expect(await focused()).toMatchObject({ row: 1, column: 0 });
    await press('Control+Home');
    expect(await focused()).toMatchObject({ row: 0, column: 0, own: true });
  });

  test('Enter or Space on a header sorts, the focus staying on it', async () => {
    await press('ArrowRight', 'Enter');
    const name = grid().getByRole('columnheader', { name: 'Sort by Name' });
    await expect.poll(() => name.getAttribute('aria-sort')).toBe('ascending');
    expect(await focused()).toMatchObject({ row: 0, column: 1, own: true });
    await press('Space');
    await expect.poll(() => name.getAttribute('aria-sort')).toBe('descending');
    await openPeople();
  });

  test('Space ticks the row’s box, Shift+Space the row from any cell, Escape leaves the box for its cell', async () => {
    const box = grid().getByRole('checkbox', { name: 'Select John Smith' });
    await grid().getByRole('gridcell', { name: 'John Smith', exact: true }).focus();
    await press('Home', 'Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
    await press('ArrowRight', 'ArrowRight', 'Shift+Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await focused()).toMatchObject({ row: 1, column: 2, own: true });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await focused()).toMatchObject({ row: 1, column: 0, own: false });
    await press('Escape');
    expect(await focused()).toMatchObject({ row: 1, column: 0, own: true });
  });

  test('Enter on a name opens the person', async () => {
    await press('ArrowRight', 'Enter');
    await page.waitForURL(`**/people/${johnId}`);
    await page.goBack();
    await grid().waitFor();
  });

  test('down past the loaded rows, the next page comes and the focus moves into it, and stays there', async () => {
    await openPeople();
    // The second page waits until the keyboard has reached the end of the first.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const secondPage = (url: URL) => url.pathname === '/api/v1/people' && url.searchParams.has('cursor');
    await page.route(secondPage, async (route) => {
      await held;
      await route.continue();
    });
    await grid().getByRole('gridcell', { name: 'John Smith', exact: true }).focus();
    await press('Control+End');
    expect(await focused()).toMatchObject({ row: 100, column: 7, own: true });
    await press('Home', 'ArrowRight', 'ArrowDown');
    expect(await focused()).toMatchObject({ row: 100, column: 1 });
    release();
    await expect.poll(async () => (await focused()).row).toBe(101);
    expect((await focused()).text).toMatch(/^Filler 00[1-5]$/);
    await page.unroute(secondPage);
    await press('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect((await focused()).row).toBe(FILLERS + 1);
    const row = grid()
      .getByRole('row')
      .filter({ has: page.locator(':focus') });
    expect(await row.getAttribute('aria-rowindex')).toBe(String(FILLERS + 2));

    // Scrolled away with the mouse, the focused row stays rendered, so the focus and the Tab stop stay.
    await grid().evaluate((table) => table.closest('section')?.scrollTo({ top: 0 }));
    await grid().getByRole('link', { name: 'John Smith' }).waitFor();
    expect(await focused()).toMatchObject({ row: FILLERS + 1, column: 1, own: true });
    await press('Tab', 'Shift+Tab');
    expect(await focused()).toMatchObject({ row: FILLERS + 1, column: 1, own: true });
  });
});
