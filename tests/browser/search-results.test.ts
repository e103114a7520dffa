import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The header's box shows a few hits; "See all results" opens every kind's best hits on a page of
 * their own, whose query lives in its address.
 */
let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = <T>(route: string, body: object) =>
  callApi<T>(page, { url: server.url, csrfToken }, 'POST', route, body);
const section = (name: string) => page.getByRole('region', { name });

describe('search: all results', () => {
  test('more people than the header shows are all listed, with the companies, from “See all results”', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Smithy');
    ids.company = (await apiCall<{ id: string }>('/companies', { name: 'Smith Forge' })).id;
    for (let i = 1; i <= 12; i++)
      ids[`smith${i}`] = (
        await apiCall<{ id: string }>('/people', { firstName: `Anna${i}`, lastName: 'Smith' })
      ).id;
    await page.reload();

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
    await page.getByRole('heading', { level: 2, name: 'Anna7 Smith' }).waitFor();
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
