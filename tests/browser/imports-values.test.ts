import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A HubSpot contacts export names its lifecycle stages its own way and has a tier this workspace's
 * "Tier" field has no choice for: the mapping step lists each value of those columns with the choice
 * it becomes, the person changes what they would not have, and the import reads them so.
 */
const HUBSPOT_CSV = [
  'Email,Lifecycle Stage,Tier',
  'ada@example.com,Marketing Qualified Lead,Gold',
  'grace@example.com,Marketing Qualified Lead,Platinum',
  'alan@example.com,Customer,Silver',
  'linus@example.com,In Progress,Platinum',
  'edsger@example.com,Evangelist,',
].join('\r\n');

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const becomes = (text: string) => page.getByRole('combobox', { name: `“${text}” becomes` });
const valuesOf = (column: string) => page.getByRole('table', { name: `Values of “${column}”` });
const summaryOf = (column: string) =>
  page.getByText(`“${column}” → `).locator('xpath=following-sibling::p[1]').textContent();

async function choose(text: string, option: string): Promise<void> {
  await becomes(text).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('imports: what each value of a pick-list column becomes', () => {
  test('an admin has a Tier field with two choices, and uploads a HubSpot export', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Hubspotters');
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Tier',
      type: 'select',
      choices: [
        { value: 'gold', label: 'Gold' },
        { value: 'silver', label: 'Silver' },
      ],
    });
    await uploadToMapping(page, server.url, 'People', { name: 'hubspot.csv', content: HUBSPOT_CSV });
  });

  test('each value is listed with its rows and the choice proposed; those without one say their rows are rejected', async () => {
    await valuesOf('Lifecycle Stage').waitFor();
    expect(await becomes('Marketing Qualified Lead').inputValue()).toBe('Qualified');
    expect(await becomes('Customer').inputValue()).toBe('Customer');
    expect(await becomes('In Progress').inputValue()).toBe('');
    expect(await becomes('In Progress').getAttribute('placeholder')).toBe('Not a choice: rows rejected');
    // What needs a choice comes first; the rest follow, the most frequent first.
    const firstCells = await valuesOf('Lifecycle Stage')
      .getByRole('row')
      .locator('td:first-child')
      .allTextContents();
    expect(firstCells).toEqual(['In Progress', 'Marketing Qualified Lead', 'Customer', 'Evangelist']);
    const mql = valuesOf('Lifecycle Stage')
      .getByRole('row')
      .filter({ has: becomes('Marketing Qualified Lead') });
    expect(await mql.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await summaryOf('Lifecycle Stage')).toBe(
      '5 rows give 4 values. 1 row will be rejected: choose what their value becomes, or leave it empty.',
    );
    expect(await summaryOf('Tier')).toContain('2 rows will be rejected');
  });

  test('she makes MQLs leads, leaves “In Progress” empty and makes Platinum Gold; a reload keeps it all', async () => {
    await choose('Marketing Qualified Lead', 'Lead');
    await choose('In Progress', 'Leave empty');
    await choose('Platinum', 'Gold');
    expect(await summaryOf('Lifecycle Stage')).toBe('5 rows give 4 values. Every value has a choice.');
    expect(await summaryOf('Tier')).toBe('4 rows give 3 values. Every value has a choice.');

    await page.reload();
    await valuesOf('Tier').waitFor();
    expect(await becomes('Marketing Qualified Lead').inputValue()).toBe('Lead');
    expect(await becomes('In Progress').inputValue()).toBe('Leave empty');
    expect(await becomes('Platinum').inputValue()).toBe('Gold');
  });

  test('on a phone, a value reads in whole words beside its select, and nothing scrolls sideways', async () => {
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const word = valuesOf('Lifecycle Stage').getByText('Evangelist', { exact: true });
      const box = await word.boundingBox();
      // One line: a word broken in two would stand two lines high.
      expect(box?.height).toBeLessThan(30);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await becomes('Evangelist').isVisible()).toBe(true);
    } finally {
      if (desktop) await page.setViewportSize(desktop);
    }
  });

  test('the import reads each value as she chose, and rejects no row', async () => {
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const { data } = await apiCall<{
      data: { email: string; lifecycleStage: string; customFields: { tier?: string } }[];
    }>('GET', '/people?sort=email&limit=10');
    expect(data.map((p) => [p.email, p.lifecycleStage, p.customFields.tier ?? null])).toEqual([
      ['ada@example.com', 'lead', 'gold'],
      ['alan@example.com', 'customer', 'silver'],
      ['edsger@example.com', 'evangelist', null],
      ['grace@example.com', 'lead', 'gold'],
      // Left empty: the stage a new person takes when none is given.
      ['linus@example.com', 'lead', 'gold'],
    ]);
    // The import's page keeps what she chose, for whoever reads it later.
    await page.getByRole('button', { name: 'How the file was read' }).click();
    const stages = page.getByRole('table', { name: 'How “Lifecycle Stage” was read' });
    await stages.waitFor();
    expect(await stages.getByRole('row').allTextContents()).toContain('In ProgressLeft empty');
    expect(await stages.getByRole('row').allTextContents()).toContain('Marketing Qualified LeadLead');
  });

  test('a column no longer imported, or mapped to a field without choices, has no values to choose', async () => {
    await uploadToMapping(page, server.url, 'People', { name: 'again.csv', content: HUBSPOT_CSV });
    await valuesOf('Tier').waitFor();
    await page.getByRole('combobox', { name: 'Import “Tier” as' }).click();
    await page.getByRole('option', { name: 'Job title', exact: true }).click();
    await valuesOf('Tier').waitFor({ state: 'detached' });
    expect(await valuesOf('Lifecycle Stage').isVisible()).toBe(true);
  });

  test('a value left to be rejected is fixed from the stage’s choices, offered as the cell is typed', async () => {
    const file = 'Email,Lifecycle Stage\r\nmargaret@example.com,Hot\r\nkatherine@example.com,Customer';
    await uploadToMapping(page, server.url, 'People', { name: 'hot.csv', content: file });
    await valuesOf('Lifecycle Stage').waitFor();
    expect(await summaryOf('Lifecycle Stage')).toContain('1 row will be rejected');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Fix rows' }).click();
    const cell = page.getByRole('combobox', { name: 'Line 2, Lifecycle Stage' });
    expect(await cell.inputValue()).toBe('Hot');
    await cell.fill('qual');
    await page.getByRole('option', { name: 'Qualified', exact: true }).click();
    expect(await cell.inputValue()).toBe('Qualified');
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.getByText('Fixing rows of import').waitFor();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const { data } = await apiCall<{ data: { lifecycleStage: string }[] }>(
      'GET',
      '/people?email=margaret@example.com',
    );
    expect(data.map((p) => p.lifecycleStage)).toEqual(['qualified']);
  });

  test('a select made from a column takes its options from the whole file, so no row further down is rejected', async () => {
    // The preview's first 20 rows say New and Open; the 26th says Unqualified.
    const rows = Array.from({ length: 25 }, (_, i) => `lead${i}@example.com,${i % 2 ? 'Open' : 'New'}`);
    const file = ['Email,Lead Status', ...rows, 'lead25@example.com,Unqualified'].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'leads.csv', content: file });
    await page.getByRole('combobox', { name: 'Import “Lead Status” as' }).click();
    await page.getByRole('option', { name: 'New custom field…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByText('its options are the column’s 3 values, read from the whole file').waitFor();
    const options = await Promise.all(
      [1, 2, 3].map((n) => dialog.getByRole('textbox', { name: `Option ${n}` }).inputValue()),
    );
    expect(options).toEqual(['New', 'Open', 'Unqualified']);
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await valuesOf('Lead Status').waitFor();
    expect(await summaryOf('Lead Status')).toBe('26 rows give 3 values. Every value has a choice.');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const { data } = await apiCall<{ data: { customFields: { leadStatus?: string } }[] }>(
      'GET',
      '/people?email=lead25@example.com',
    );
    expect(data.map((p) => p.customFields.leadStatus)).toEqual(['unqualified']);
  });

  test('owners as another CRM names them: a member found by name, one who is not a member let in without', async () => {
    const sam = await apiCall<{ id: string }>('POST', '/users', {
      name: 'Sam Sales',
      email: 'sam@hubspotters.example',
      role: 'sales',
      password: 'always be closing 42',
    });
    const file = 'Email,Contact owner\r\nhedy@example.com,Sam Sales\r\nmary@example.com,Old Rep';
    await uploadToMapping(page, server.url, 'People', { name: 'owners.csv', content: file });
    await valuesOf('Contact owner').waitFor();
    expect(await becomes('Sam Sales').inputValue()).toBe('Sam Sales <sam@hubspotters.example>');
    expect(await becomes('Old Rep').getAttribute('placeholder')).toBe('Not a member: rows rejected');
    expect(await summaryOf('Contact owner')).toContain('1 row will be rejected');

    await page.getByRole('radio', { name: 'Import the row without that owner' }).check();
    expect(await becomes('Old Rep').getAttribute('placeholder')).toBe('Not a member: no owner');
    expect(await summaryOf('Contact owner')).toBe(
      '2 rows give 2 values. Records a row gives no owner are yours if new; those it updates keep theirs.',
    );
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const me = await apiCall<{ user: { id: string } }>('GET', '/me');
    const ownerOf = async (email: string) =>
      (await apiCall<{ data: { ownerId: string }[] }>('GET', `/people?email=${email}`)).data[0]?.ownerId;
    expect(await ownerOf('hedy@example.com')).toBe(sam.id);
    // Not a member here: the person is the importer's.
    expect(await ownerOf('mary@example.com')).toBe(me.user.id);
  });

  test('countries: a name is shown as the country it reads as; one that is none is found by typing', async () => {
    const file = 'Email,Country\r\nclara@example.com,Deutschland\r\nrosalind@example.com,Frnce';
    await uploadToMapping(page, server.url, 'People', { name: 'countries.csv', content: file });
    await valuesOf('Country').waitFor();
    expect(await becomes('Deutschland').inputValue()).toBe('Germany');
    expect(await becomes('Frnce').getAttribute('placeholder')).toBe('Not a country: rows rejected');
    await becomes('Frnce').fill('Fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    expect(await summaryOf('Country')).toBe('2 rows give 2 values. Every value has a choice.');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const { data } = await apiCall<{ data: { addresses: { country?: string }[] }[] }>(
      'GET',
      '/people?email=rosalind@example.com',
    );
    expect(data[0]?.addresses[0]?.country).toBe('FR');
  });
});
