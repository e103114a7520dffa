import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, pickOption, sessionApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A list's filter, sort, columns and saved view live in its address: a reload keeps them, Back and
 * Forward walk through them, and a link pasted into another browser opens the same list. The Country
 * filter is chosen by the country's name ("France"), though records hold its code (FR).
 */

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

const PEOPLE = [
  { firstName: 'Amélie', lastName: 'Martin', addresses: [{ city: 'Lyon', country: 'FR' }] },
  { firstName: 'Hans', lastName: 'Müller', addresses: [{ city: 'Köln', country: 'DE' }] },
  { firstName: 'Tom', lastName: 'Jones', addresses: [{ city: 'Cardiff', country: 'GB' }] },
  { firstName: 'Jane', lastName: 'Doe' },
];
const EVERYONE = ['Amélie Martin', 'Hans Müller', 'Tom Jones', 'Jane Doe'];

const table = (on: Page = page) => on.getByRole('grid', { name: 'People' });
const listed = (on: Page = page) => table(on).locator('tbody tr td:nth-child(2) a').allTextContents();

/** Waits until the list shows exactly these people, in any order. */
async function expectListed(names: string[], on: Page = page): Promise<void> {
  await expect.poll(async () => (await listed(on)).sort(), { timeout: 10_000 }).toEqual([...names].sort());
}

const filterButton = () => page.getByRole('button', { name: /^Filter/ });
const condition = (path: string) => page.getByRole('group', { name: `Condition ${path}` });
const params = () => new URL(page.url()).searchParams;

describe('the list lives in its address', () => {
  test('an admin has people in France, Germany and Wales, and one nowhere', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Addresses');
    for (const person of PEOPLE) await apiCall('POST', '/people', person);
    await apiCall('POST', '/companies', { name: 'Renault', addresses: [{ country: 'FR' }] });
    await apiCall('POST', '/companies', { name: 'Siemens', addresses: [{ country: 'DE' }] });
    await page.goto(`${server.url}/people`);
    await expectListed(EVERYONE);
    expect(page.url()).toBe(`${server.url}/people`);
  });

  test('typing "France" in the Country filter picks FR, and the list narrows', async () => {
    await filterButton().click();
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    await pickOption(condition('1'), 'Field', 'Country');
    const value = condition('1').getByRole('combobox', { name: 'Value' });
    await value.click();
    await value.fill('Fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await expectListed(['Amélie Martin']);
    await expect.poll(() => params().get('filter')).toBeTruthy();
    const saved = JSON.parse(Buffer.from(params().get('filter') ?? '', 'base64url').toString());
    expect(saved).toEqual({ and: [{ field: 'country', op: 'eq', value: 'FR' }] });
  });

  test('a reload keeps the filter', async () => {
    await page.reload();
    await expectListed(['Amélie Martin']);
    await filterButton().click();
    await expect(condition('1').getByRole('combobox', { name: 'Value' }).inputValue()).resolves.toBe(
      'France',
    );
  });

  test('Back returns to the previous filter, and to none before it; Forward comes again', async () => {
    await pickOption(condition('1'), 'Operator', 'is not');
    await expectListed(['Hans Müller', 'Tom Jones', 'Jane Doe']);
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await expect.poll(() => params().get('sort')).toBe('lastName');

    await page.goBack();
    await expect.poll(() => params().get('sort')).toBeNull();
    await page.goBack();
    await expectListed(['Amélie Martin']);
    await expect(condition('1').getByRole('combobox', { name: 'Operator' }).inputValue()).resolves.toBe('is');
    await page.goBack();
    await expectListed(EVERYONE);
    expect(page.url()).toBe(`${server.url}/people`);
    await page.goForward();
    await expectListed(['Amélie Martin']);
  });

  test('typing on in a value replaces the address rather than adding a step for each letter', async () => {
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    await pickOption(condition('2'), 'Field', 'City');
    const city = condition('2').getByRole('textbox', { name: 'Value' });
    const franceAlone = params().get('filter');
    await city.fill('L');
    await expect.poll(() => params().get('filter')).not.toBe(franceAlone);
    const afterFirstLetter = page.url();
    for (const text of ['Ly', 'Lyo', 'Lyon']) {
      await city.fill(text);
      await page.waitForTimeout(500);
    }
    await expectListed(['Amélie Martin']);
    expect(page.url()).not.toBe(afterFirstLetter);
    await page.goBack();
    // One step back is France alone, not "Lyo".
    await expect.poll(() => page.getByRole('group', { name: /^Condition 2/ }).count()).toBe(0);
    await expectListed(['Amélie Martin']);
  });

  test('the link opens the same list, sorted and with its columns, in another browser', async () => {
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await expect.poll(() => params().get('sort')).toBe('lastName');
    const filter = params().get('filter');
    const link = `${server.url}/people?filter=${filter}&sort=-lastName&columns=name,country,email`;
    const colleague = await openPage(browser, server.url);
    try {
      const signIn = await colleague.context().request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email: ADMIN.email, password: ADMIN.password },
      });
      expect(signIn.status()).toBe(200);
      await colleague.goto(`${link}&import=7`);
      await expectListed(['Amélie Martin'], colleague);
      const headers = await table(colleague).locator('thead th').allTextContents();
      expect(headers.slice(1).map((h) => h.trim())).toEqual(['Name', 'Country', 'E-mail']);
      // The country reads as its name; its code is what the record holds.
      const country = table(colleague).getByText('France', { exact: true });
      await expect(country.getAttribute('title')).resolves.toBe('France (FR)');
      await colleague.getByRole('button', { name: /^Filter/ }).click();
      await colleague.getByRole('group', { name: 'Condition 1' }).waitFor();
      // Its own parameters are kept as written; one it does not know is left alone.
      const opened = new URL(colleague.url()).searchParams;
      expect([opened.get('sort'), opened.get('columns'), opened.get('import')]).toEqual([
        '-lastName',
        'name,country,email',
        '7',
      ]);
    } finally {
      await colleague.context().close();
    }
  });

  test('a garbled link, or one to a view that is not there, opens the whole list with a notice', async () => {
    await page.goto(`${server.url}/people?filter=not-a-filter&sort=name`);
    await page
      .getByText('This link’s filter, sort or columns could not be read: showing all people.')
      .waitFor();
    await expectListed(EVERYONE);
    expect(page.url()).toBe(`${server.url}/people`);

    await page.goto(`${server.url}/people?view=00000000-0000-4000-8000-000000000000`);
    await page.getByText('The saved view in this link is not there, or not shared with you').waitFor();
    await expectListed(EVERYONE);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('The saved view in this link').waitFor({ state: 'detached' });
  });

  test('a saved view is its id alone; changed, the address says how', async () => {
    const view = await apiCall<{ id: string }>('POST', '/saved-views', {
      objectType: 'people',
      name: 'In Germany',
      filter: { field: 'country', op: 'eq', value: 'DE' },
    });
    await page.goto(`${server.url}/people?view=${view.id}`);
    await expectListed(['Hans Müller']);
    expect(page.url()).toBe(`${server.url}/people?view=${view.id}`);
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await expect.poll(() => params().get('sort')).toBe('lastName');
    expect(params().get('view')).toBe(view.id);
    await page.reload();
    await page.getByText('Changed', { exact: true }).waitFor();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${server.url}/people?view=${view.id}`);
    await expect(page.getByText('Changed', { exact: true }).count()).resolves.toBe(0);

    // Saved over, the view is what the list shows: its id alone again.
    await page.goForward();
    await page.getByText('Changed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Save changes to “In Germany”' }).click();
    await page.getByText('Changed', { exact: true }).waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).toBe(`${server.url}/people?view=${view.id}`);
  });

  test('a view saved for oneself is shared afterwards from the same menu, and unshared', async () => {
    const shared = async () =>
      (
        await apiCall<{ data: { name: string; shared: boolean }[] }>('GET', '/saved-views?objectType=people')
      ).data.find((v) => v.name === 'In Germany')?.shared;
    expect(await shared()).toBe(false);
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Share “In Germany” with the workspace' }).click();
    await page
      .getByText('View “In Germany” shared: everyone in the workspace finds it under View.')
      .waitFor();
    await page
      .getByRole('combobox', { name: 'View' })
      .and(page.locator('[value="In Germany (shared)"]'))
      .waitFor();
    expect(await shared()).toBe(true);
    await expectListed(['Hans Müller']);

    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Stop sharing “In Germany”' }).click();
    await page.getByText('View “In Germany” is yours alone again.').waitFor();
    expect(await shared()).toBe(false);
  });

  test('columns are put in order under Columns; the address, a reload and the saved view keep it', async () => {
    const headers = async () =>
      (await table().locator('thead th').allTextContents()).slice(1).map((h) => h.trim());
    const before = await headers();
    expect(before.slice(0, 3)).toEqual(['Name', 'E-mail', 'Company']);
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Country' }).check();
    // The column ticked joins at the right end; its arrows bring it left, one column a press, and the
    // focus stays on the arrow pressed.
    await expect.poll(async () => (await headers()).at(-1)).toBe('Country');
    const left = page.getByRole('button', { name: 'Move Country left' });
    await left.click();
    for (let i = 0; i < before.length - 2; i++) await page.keyboard.press('Enter');
    await expect.poll(async () => (await headers()).slice(0, 3)).toEqual(['Name', 'Country', 'E-mail']);
    // At the left end its arrow is disabled: the focus moves to the other.
    await expect(left.isDisabled()).resolves.toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move Country right');
    await page.getByRole('button', { name: 'Move E-mail right' }).click();
    await page.keyboard.press('Escape');
    const order = ['Name', 'Country', 'Company', 'E-mail'];
    await expect.poll(async () => (await headers()).slice(0, 4)).toEqual(order);
    expect(params().get('columns')?.split(',').slice(0, 4)).toEqual(['name', 'country', 'company', 'email']);
    await page.reload();
    await expect.poll(async () => (await headers()).slice(0, 4)).toEqual(order);

    await page.getByText('Changed', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Save changes to “In Germany”' }).click();
    await page.getByText('Changed', { exact: true }).waitFor({ state: 'detached' });
    const views = await apiCall<{ data: { name: string; columns: string[] }[] }>(
      'GET',
      '/saved-views?objectType=people',
    );
    const saved = views.data.find((v) => v.name === 'In Germany');
    expect(saved?.columns.slice(0, 4)).toEqual(['name', 'country', 'company', 'email']);
  });

  test('companies are filtered by country name too', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    const companies = page.getByRole('grid', { name: 'Companies' });
    await companies.getByText('Siemens').waitFor();
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    await pickOption(condition('1'), 'Field', 'Country');
    await pickOption(condition('1'), 'Operator', 'is any of');
    const values = condition('1').getByLabel('Values', { exact: true });
    await values.fill('germ');
    await page.getByRole('option', { name: 'Germany', exact: true }).click();
    await companies.getByText('Renault').waitFor({ state: 'detached' });
    await companies.getByText('Siemens').waitFor();
    await page.reload();
    await companies.getByText('Siemens').waitFor();
    await expect(companies.getByText('Renault').count()).resolves.toBe(0);
  });
});
