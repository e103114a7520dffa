import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, DESKTOP, PHONE, pickOption, SCREENSHOT_STYLE, sessionApi } from './support/chromium.ts';
import { seedCustomers } from './support/customers-seed.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { type RapportServer, ROOT_DIR } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/** More than one keyset page (the list asks for 100 at a time), so scrolling must fetch the next. */
const FILLER_PEOPLE = 110;

let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

async function createPerson(key: string, body: Record<string, unknown>): Promise<void> {
  ids[key] = (await apiCall<{ id: string }>('POST', '/people', body)).id;
}

async function openPeople(): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
}

const peopleTable = () => page.getByRole('grid', { name: 'People' });
const row = (name: string) => peopleTable().getByRole('row').filter({ hasText: name });

describe('customers: lists, views, bulk actions and search', () => {
  test('an admin sets up a workspace with companies and people', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    Object.assign(ids, await seedCustomers(apiCall));
    await createPerson('ada', { firstName: 'Ada', lastName: 'Byron', lifecycleStage: 'subscriber' });
    for (let i = 1; i <= FILLER_PEOPLE; i++) {
      await apiCall('POST', '/people', {
        firstName: 'Filler',
        lastName: String(i).padStart(3, '0'),
        tags: ['filler'],
      });
    }
  });

  test('the list is virtualised and loads the next keyset page while scrolling', async () => {
    await openPeople();
    await row('Filler 110').waitFor();
    // However few rows are loaded, the list says how many it holds.
    await page.getByText(`${FILLER_PEOPLE + 4} people`, { exact: true }).waitFor();
    // Sorted by last update, newest first: the first people created are beyond the first page.
    const scroller = page.getByRole('region', { name: 'People, scrollable' });
    for (let i = 0; i < 6 && !(await row('Ada Byron').isVisible()); i++) {
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(400);
    }
    await row('Ada Byron').waitFor();
    const rendered = await peopleTable().getByRole('row').count();
    expect(rendered).toBeLessThan(60);
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  });

  test('the filter builder narrows the list with an OR group', async () => {
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add group', exact: true }).click();
    const first = page.getByRole('group', { name: 'Condition 1.1' });
    await pickOption(first, 'Field', 'Last name');
    await first.getByRole('textbox', { name: 'Value' }).fill('Smith');
    await page.getByRole('button', { name: 'Add condition to group 1' }).click();
    const second = page.getByRole('group', { name: 'Condition 1.2' });
    await pickOption(second, 'Field', 'Company industry');
    await second.getByRole('textbox', { name: 'Value' }).fill('manufact');

    await row('Filler 110').waitFor({ state: 'detached' });
    await row('John Smith').waitFor();
    await row('Jane Doe').waitFor();
    await row('Bob Stone').waitFor();
    await expect(row('Ada Byron').count()).resolves.toBe(0);
    await page.getByText('3 people', { exact: true }).waitFor();
  });

  test('the filtered list is saved as a shared view', async () => {
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Save as new view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save view' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Smiths and makers');
    await dialog.getByRole('switch', { name: 'Share with the workspace' }).check({ force: true });
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('View “Smiths and makers” saved and shared.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    // The list is exactly what the view holds (the saved filter comes back from jsonb reordered).
    await expect(page.getByText('Changed', { exact: true }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Export' }).click();
    const csvHref = await page.getByRole('menuitem', { name: 'CSV', exact: true }).getAttribute('href');
    const excelHref = await page.getByRole('menuitem', { name: 'CSV for Excel' }).getAttribute('href');
    await page.keyboard.press('Escape');
    const excel = await (await page.request.get(`${server.url}${excelHref}`)).body();
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Headers as people read them, not as programs do.
    expect(excel.toString('utf8').split('\r\n')[0]).toContain('First name');
    const csv = await (await page.request.get(`${server.url}${csvHref}`)).text();
    expect(csv.split('\n')[0]).toContain('firstName');
    expect(csv).toContain('Smith');
    expect(csv).not.toContain('Byron');
    // The file reads in the list's order (newest change first, as the list is sorted).
    expect(new URL(csvHref ?? '', server.url).searchParams.get('sort')).toBe('-updatedAt');
    const shown = await page
      .getByRole('grid', { name: 'People' })
      .locator('tbody tr td:nth-child(2) a')
      .allTextContents();
    const [header = '', ...lines] = csv.trim().split('\n');
    const [first, last] = ['firstName', 'lastName'].map((name) => header.split(',').indexOf(name));
    const written = lines.map((line) => {
      const cells = line.split(',');
      return `${cells[first ?? 0]} ${cells[last ?? 0]}`;
    });
    expect(written).toEqual(shown);

    // The view is in the address: a reload (or a colleague following the link) gets the same list.
    expect(new URL(page.url()).searchParams.get('view')).toMatch(/^[0-9a-f-]{36}$/);
    await page.reload();
    await page
      .getByRole('combobox', { name: 'View' })
      .and(page.locator('[value="Smiths and makers (shared)"]'))
      .waitFor();
    await row('John Smith').waitFor();
    await expect(row('Filler 110').count()).resolves.toBe(0);

    const views = await apiCall<{ data: { name: string; shared: boolean; filter: unknown }[] }>(
      'GET',
      '/saved-views?objectType=people',
    );
    const saved = views.data.find((v) => v.name === 'Smiths and makers');
    expect(saved?.shared).toBe(true);
    expect(saved?.filter).toEqual({
      and: [
        {
          or: [
            { field: 'lastName', op: 'contains', value: 'Smith' },
            { field: 'company.industry', op: 'contains', value: 'manufact' },
          ],
        },
      ],
    });
  });

  test('the rows ticked are exported on their own', async () => {
    await page.getByRole('checkbox', { name: 'Select John Smith' }).check();
    await page.getByRole('checkbox', { name: 'Select Bob Stone' }).check();
    await page.getByRole('button', { name: 'Export' }).click();
    const href = await page.getByRole('menuitem', { name: 'CSV of the 2 selected' }).getAttribute('href');
    await page.keyboard.press('Escape');
    const csv = await (await page.request.get(`${server.url}${href}`)).text();
    const [header = '', ...lines] = csv.trim().split('\r\n');
    const first = header.split(',').indexOf('firstName');
    expect(lines.map((line) => line.split(',')[first]).sort()).toEqual(['Bob', 'John']);
    await page.getByRole('checkbox', { name: 'Select John Smith' }).uncheck();
    await page.getByRole('checkbox', { name: 'Select Bob Stone' }).uncheck();
  });

  test('a stage is set in bulk on everyone matching the filter', async () => {
    await page.getByRole('checkbox', { name: 'Select all loaded rows' }).check();
    await page.getByRole('button', { name: 'Select all matching the filter' }).click();
    await page.getByText('All people matching the filter are selected').waitFor();
    await page.getByRole('button', { name: 'Set stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set stage' });
    await pickOption(dialog, 'Lifecycle stage', 'Customer');
    await dialog.getByRole('button', { name: 'Set stage' }).click();
    await page.getByText('3 people changed.').waitFor();
    for (const name of ['John Smith', 'Jane Doe', 'Bob Stone'])
      await row(name).getByText('Customer').waitFor();

    const ada = await apiCall<{ lifecycleStage: string }>('GET', `/people/${ids.ada}`);
    expect(ada.lifecycleStage).toBe('subscriber');
    const john = await apiCall<{ lifecycleStage: string }>('GET', `/people/${ids.john}`);
    expect(john.lifecycleStage).toBe('customer');
  });

  test('the desktop screenshot: People filtered by a shared view', async () => {
    await page.getByRole('button', { name: /^Filter/ }).click();
    await page.getByRole('group', { name: 'Condition 1.2' }).waitFor();
    await row('John Smith').getByText('Customer').waitFor();
    const file = path.join(ARTIFACTS, 'customers-desktop.png');
    await page.screenshot({ path: file, animations: 'disabled', style: SCREENSHOT_STYLE });
    fs.copyFileSync(file, path.join(ROOT_DIR, 'docs', 'screenshot-people.png'));
  });

  test('a group that excludes leaves out what it matches; a view saved with "not" opens in the builder', async () => {
    const listed = () => peopleTable().locator('tbody').getByRole('row');
    // A fresh visit opens the list unfiltered (the shared view above stays chosen within the page).
    await page.goto(`${server.url}/people`);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    const stage = page.getByRole('group', { name: 'Condition 1' });
    await pickOption(stage, 'Field', 'Lifecycle stage');
    await pickOption(stage, 'Value', 'Customer');
    await row('Filler 110').waitFor({ state: 'detached' });
    await row('Jane Doe').waitFor();
    await expect(listed().count()).resolves.toBe(3);

    await page.getByRole('button', { name: 'Add group', exact: true }).click();
    const doe = page.getByRole('group', { name: 'Condition 2.1' });
    await pickOption(doe, 'Field', 'Last name');
    await doe.getByRole('textbox', { name: 'Value' }).fill('Doe');
    await page.getByRole('button', { name: 'Add condition to group 2' }).click();
    const stone = page.getByRole('group', { name: 'Condition 2.2' });
    await pickOption(stone, 'Field', 'Last name');
    await stone.getByRole('textbox', { name: 'Value' }).fill('Stone');
    await row('John Smith').waitFor({ state: 'detached' });
    await row('Bob Stone').waitFor();
    await expect(listed().count()).resolves.toBe(2);

    await page.getByRole('switch', { name: 'Group 2: exclude matches' }).check({ force: true });
    await row('Jane Doe').waitFor({ state: 'detached' });
    await row('Bob Stone').waitFor({ state: 'detached' });
    await row('John Smith').waitFor();
    await expect(listed().count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Save as new view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save view' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Customers but Doe and Stone');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await dialog.waitFor({ state: 'detached' });
    const views = await apiCall<{ data: { name: string; filter: unknown }[] }>(
      'GET',
      '/saved-views?objectType=people',
    );
    expect(views.data.find((v) => v.name === 'Customers but Doe and Stone')?.filter).toEqual({
      and: [
        { field: 'lifecycleStage', op: 'eq', value: 'customer' },
        {
          not: {
            or: [
              { field: 'lastName', op: 'contains', value: 'Doe' },
              { field: 'lastName', op: 'contains', value: 'Stone' },
            ],
          },
        },
      ],
    });

    // Through the API: a negated condition, and a time of day the builder's day inputs cannot show.
    const byApi = await apiCall<{ id: string }>('POST', '/saved-views', {
      objectType: 'people',
      name: 'Not customers, by API',
      filter: {
        and: [
          { not: { field: 'lifecycleStage', op: 'eq', value: 'customer' } },
          { field: 'lastName', op: 'in', value: ['Byron', 'Smith', '001'] },
          { field: 'createdAt', op: 'gte', value: '2000-01-01T08:30:00Z' },
        ],
      },
    });
    await page.goto(`${server.url}/people?view=${byApi.id}`);
    await row('Ada Byron').waitFor();
    await row('Filler 001').waitFor();
    await expect(listed().count()).resolves.toBe(2);
    await page.getByRole('button', { name: /^Filter/ }).click();
    const excluded = page.getByRole('switch', { name: 'Group 1: exclude matches' });
    await expect(excluded.isChecked()).resolves.toBe(true);
    await page
      .getByRole('group', { name: 'Condition 3 (read-only)' })
      .getByText('Created is on or after 2000-01-01T08:30:00Z')
      .waitFor();
    await expect(page.getByText('Changed', { exact: true }).count()).resolves.toBe(0);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'customers-filter-exclude.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });

    await excluded.uncheck({ force: true });
    await row('Ada Byron').waitFor({ state: 'detached' });
    await row('John Smith').waitFor();
    await expect(listed().count()).resolves.toBe(1);
    await page.getByText('Changed', { exact: true }).waitFor();
  });

  test('the header search finds John Smith despite the typos, by keyboard', async () => {
    await openPeople();
    await page.keyboard.press('/');
    const box = page.getByRole('textbox', { name: 'Search people and companies' });
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('jonh smiht');
    await page.getByRole('option', { name: 'John Smith' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${ids.john}`);
  });

  test('people are filtered by a custom field of their company, which a program defines meanwhile', async () => {
    // Defined through the API while the page is open: the definitions it had read are refreshed.
    await apiCall('POST', '/custom-fields', {
      objectType: 'companies',
      label: 'Account tier',
      type: 'select',
      choices: [
        { value: 'gold', label: 'Gold' },
        { value: 'silver', label: 'Silver' },
      ],
    });
    const hooli = await apiCall<{ id: string }>('POST', '/companies', {
      name: 'Hooli',
      customFields: { accountTier: 'gold' },
    });
    await createPerson('gavin', { firstName: 'Gavin', lastName: 'Belson', companyId: hooli.id });
    await openPeople();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition', exact: true }).click();
    const tier = page.getByRole('group', { name: 'Condition 1' });
    await pickOption(tier, 'Field', 'Company Account tier');
    await pickOption(tier, 'Value', 'Gold');
    await row('Jane Doe').waitFor({ state: 'detached' });
    await row('Gavin Belson').waitFor();
    await page.getByText('1 person', { exact: true }).waitFor();
  });

  test('on a phone the people list fits the screen', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/people`);
    await row('Filler 110').waitFor();
    const listOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(listOverflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'customers-phone-list.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
    await page.setViewportSize(DESKTOP);
  });

  test('on a 1024 px tablet the toolbar keeps to one line: the view picker gives up width', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${server.url}/people`);
    await row('Filler 110').waitFor();
    const parts = [
      page.getByRole('combobox', { name: 'View' }),
      page.getByRole('button', { name: 'Save view' }),
      page.getByRole('button', { name: /^Filter/ }),
      page.getByRole('button', { name: 'Columns' }),
      page.getByRole('button', { name: 'Export' }),
    ];
    await expect
      .poll(
        async () => {
          const boxes = await Promise.all(parts.map((part) => part.boundingBox()));
          return new Set(boxes.map((box) => Math.round((box?.y ?? 0) + (box?.height ?? 0)))).size;
        },
        { message: 'the picker and the four buttons end on one line' },
      )
      .toBe(1);
    await page.setViewportSize(DESKTOP);
  });
});
