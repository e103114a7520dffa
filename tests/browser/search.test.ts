import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { searchHeader } from './support/header-search.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The header's box: its best hit first and opened by Enter, whatever was shown before; a few hits,
 * then "See all results", which opens every kind's best hits on a page of their own, whose query
 * lives in its address.
 */
let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const section = (name: string) => page.getByRole('region', { name });

const search = (text: string) => searchHeader(page, text);

describe('search: the header’s box', () => {
  test('an admin adds companies and people to find', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Smithy');
    // A company named as typed, and a person whose job title only begins the same words; a name with
    // the letters of "feil" in another order, added before the one spelt so.
    await apiCall('POST', '/companies', { name: 'Acme Corp' });
    await apiCall('POST', '/people', {
      firstName: 'Road',
      lastName: 'Runner',
      jobTitle: 'Buyer for Acme Corporation',
    });
    await apiCall('POST', '/people', { firstName: 'Leif', lastName: 'Sandberg' });
    await apiCall('POST', '/people', { firstName: 'Ronny', lastName: 'Feil' });
    // More Smiths than the box shows, and a company of the name.
    ids.company = (await apiCall<{ id: string }>('POST', '/companies', { name: 'Smith Forge' })).id;
    for (let i = 1; i <= 12; i++)
      ids[`smith${i}`] = (
        await apiCall<{ id: string }>('POST', '/people', { firstName: `Anna${i}`, lastName: 'Smith' })
      ).id;
    await page.reload();
  });

  test('the header search offers its best hit first, whatever its kind, and Enter opens it', async () => {
    const options = await search('acme corp');
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Acme Corp');
    await page.getByRole('option', { name: 'Road Runner' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Acme Corp' }).waitFor();
  });

  test('a name spelt as typed comes before one with the same letters in another order', async () => {
    const options = await search('feil');
    await page.getByRole('option', { name: 'Leif Sandberg' }).waitFor();
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Ronny Feil');
  });

  test('Enter right after typing opens the best hit for what was typed, not the one shown before', async () => {
    const options = await search('acme corp');
    await page.getByRole('option', { name: 'Road Runner' }).waitFor();
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Acme Corp');
    // Within the debounce the options are still Acme Corp's: Enter waits for Feil's.
    await page.getByRole('textbox', { name: 'Search people and companies' }).fill('feil');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ronny Feil' }).waitFor();
  });

  test('a person found by a custom value says which, and Enter opens them', async () => {
    await apiCall('POST', '/custom-fields', { objectType: 'people', label: 'Contract ref', type: 'text' });
    await apiCall('POST', '/people', {
      firstName: 'Quinn',
      lastName: 'Hart',
      customFields: { contractRef: 'NW-2209-Q' },
    });
    const options = await search('nw-2209');
    await page.getByRole('option', { name: 'Quinn Hart' }).getByText('Contract ref: NW-2209-Q').waitFor();
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Quinn Hart');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Quinn Hart' }).waitFor();
  });
});

describe('search: all results', () => {
  test('more people than the header shows are all listed, with the companies, from “See all results”', async () => {
    const box = page.getByRole('textbox', { name: 'Search people and companies' });
    await box.fill('smith');
    const all = page.getByRole('option', { name: 'See all results for “smith”' });
    await all.waitFor();
    // The header keeps to a few: the twelve Smiths are not all there.
    expect(await page.getByRole('option', { name: /^Anna\d+ Smith$/ }).count()).toBeLessThan(12);
    await all.click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'smith');

    const people = section('People');
    await expect.poll(() => people.getByRole('link', { name: /^Anna\d+ Smith$/ }).count()).toBe(12);
    await section('Companies').getByRole('link', { name: 'Smith Forge' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Search for' }).inputValue()).toBe('smith');
    expect(await box.inputValue()).toBe('');
  });

  test('a hit opens its record; Back comes back to the same results', async () => {
    await section('People').getByRole('link', { name: 'Anna7 Smith' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anna7 Smith' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${ids.smith7}`);
    await page.goBack();
    await section('People').getByRole('link', { name: 'Anna7 Smith' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Search for' }).inputValue()).toBe('smith');
  });

  test('typing on the page changes the query in its address, in place; nothing found says so', async () => {
    const before = await page.evaluate(() => history.length);
    await page.getByRole('textbox', { name: 'Search for' }).fill('forge');
    await page.waitForURL((url) => url.searchParams.get('q') === 'forge');
    await section('Companies').getByRole('link', { name: 'Smith Forge' }).waitFor();
    await section('People').getByText('No people found for “forge”.').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('on a phone, the results fit the screen', async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`${server.url}/search?q=smith`);
      await section('People').getByRole('link', { name: 'Anna1 Smith' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});

describe('search: the records opened last', () => {
  const box = () => page.getByRole('textbox', { name: 'Search people and companies' });
  const recentNames = () =>
    page
      .getByRole('listbox', { name: 'Recently viewed' })
      .getByRole('option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('aria-label')));

  test('the empty box offers the records opened last, latest first; the keyboard opens one', async () => {
    await page.goto(`${server.url}/people`);
    await box().focus();
    // Opened above in this order: Acme Corp, Ronny Feil, then Anna7 Smith from the results page.
    await expect.poll(recentNames).toContain('Acme Corp');
    const names = await recentNames();
    expect(names[0]).toBe('Anna7 Smith');
    expect(names.indexOf('Ronny Feil')).toBeLessThan(names.indexOf('Acme Corp'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Anna7 Smith' }).waitFor();

    // Typing turns the offer into the query's hits.
    const options = await search('forge');
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Smith Forge');
    expect(await page.getByRole('listbox', { name: 'Recently viewed' }).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  test('Home lists them too, and a record opened from there comes to the top', async () => {
    await page.goto(server.url);
    const recent = section('Recently viewed');
    await expect.poll(() => recent.getByRole('link').first().textContent()).toBe('Anna7 Smith');
    await recent.getByRole('img', { name: 'Company' }).first().waitFor();
    await recent.getByRole('link', { name: 'Acme Corp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Corp' }).waitFor();
    await page.goBack();
    await expect
      .poll(() => section('Recently viewed').getByRole('link').first().textContent())
      .toBe('Acme Corp');
    await section('Recently viewed').getByText('now').first().waitFor();
  });

  test('on a wide screen they stand beside the open tasks; at 1280 px under them', async () => {
    const box = async (name: string) => {
      const found = await section(name).boundingBox();
      if (!found) throw new Error(`${name} is not shown`);
      return found;
    };
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await expect.poll(async () => (await box('Recently viewed')).y).toBe((await box('Your open tasks')).y);
      const [tasks, recent] = [await box('Your open tasks'), await box('Recently viewed')];
      expect(recent.x).toBeGreaterThan(tasks.x + tasks.width);
      // Each still has room for a line of its own: a task's title, a record's name and when.
      expect(recent.width).toBeGreaterThan(400);
      expect(tasks.width).toBeGreaterThan(recent.width);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await expect
      .poll(async () => (await box('Recently viewed')).y)
      .toBeGreaterThan((await box('Your open tasks')).y + 50);
    expect((await box('Recently viewed')).x).toBe((await box('Your open tasks')).x);
  });
});
