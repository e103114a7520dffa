import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A HubSpot export imported again after people changed their e-mails: its "HubSpot ID" column fills
 * the workspace's unique field, and the mapping step proposes to find people by it first.
 */
const EXPORT_AGAIN = [
  'HubSpot ID,First Name,Email',
  '101,Ada L.,ada@new.example',
  '102,Grace,grace@example.com',
].join('\r\n');

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const findBy = () => page.getByRole('combobox', { name: 'Find existing people by' });

interface Person {
  firstName: string;
  emails: { address: string }[];
  customFields: { hubspotId?: string };
}

describe('imports: finding records by an ID from another system', () => {
  test('a person imported from HubSpot holds her HubSpot ID; the export comes again', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Re-importers');
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'HubSpot ID',
      type: 'text',
      unique: true,
    });
    await apiCall('POST', '/people', {
      firstName: 'Ada',
      email: 'ada@old.example',
      customFields: { hubspotId: '101' },
    });
    await uploadToMapping(page, server.url, 'People', { name: 'hubspot.csv', content: EXPORT_AGAIN });
  });

  test('the step proposes to find people by HubSpot ID, then e-mail, and the import updates Ada by it', async () => {
    expect(await findBy().inputValue()).toBe('HubSpot ID, then e-mail address');
    await page.getByRole('radiogroup', { name: 'When a row finds an existing person' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const { data } = await apiCall<{ data: Person[] }>('GET', '/people?sort=firstName&limit=10');
    expect(data.map((p) => [p.firstName, p.customFields.hubspotId, p.emails.map((e) => e.address)])).toEqual([
      ['Ada L.', '101', ['ada@old.example', 'ada@new.example']],
      ['Grace', '102', ['grace@example.com']],
    ]);
    // Whoever opens the import later reads how it found them.
    await page.getByRole('button', { name: 'How the file was read' }).click();
    await page
      .getByText(
        'Rows found existing people by HubSpot ID, then by e-mail address; rows that found one updated them.',
      )
      .waitFor();
    const columns = page.getByRole('table', { name: 'Columns and the fields they filled' });
    expect(await columns.getByRole('row').allTextContents()).toEqual([
      'ColumnField',
      'HubSpot IDHubSpot ID',
      'First NameFirst name',
      'EmailE-mail (primary)',
    ]);
  });

  test('choosing e-mail only, the import says so, and a row by another e-mail is a new person', async () => {
    const file = ['HubSpot ID,First Name,Email', '103,Alan,alan@example.com'].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'again.csv', content: file });
    await findBy().click();
    await page.getByRole('option', { name: 'E-mail address only' }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const id = new URL(page.url()).pathname.split('/').pop();
    const job = await apiCall<{ matchOn: string | null; counts: { created: number } }>(
      'GET',
      `/imports/${id}`,
    );
    expect(job).toMatchObject({ matchOn: null, counts: { created: 1 } });
  });

  test('an export edited in a spreadsheet and imported back updates each person by their id', async () => {
    const alan = (
      await apiCall<{ data: { id: string; firstName: string }[] }>('GET', '/people?sort=firstName')
    ).data.find((p) => p.firstName === 'Alan');
    const file = ['id,firstName,email', `${alan?.id},Alan T.,alan@turing.example`].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'people-export.csv', content: file });
    expect(await page.getByRole('combobox', { name: 'Import “id” as' }).inputValue()).toBe(
      'Record id in Rapport (the record to update)',
    );
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'How the file was read' }).click();
    await page
      .getByText('Rows found existing people by their record id in Rapport, then by e-mail address;', {
        exact: false,
      })
      .waitFor();
    const { data } = await apiCall<{ data: Person[] }>('GET', '/people?sort=firstName&limit=10');
    expect(data.map((p) => [p.firstName, p.emails.map((e) => e.address)])).toContainEqual([
      'Alan T.',
      ['alan@example.com', 'alan@turing.example'],
    ]);
    expect(data).toHaveLength(3);
  });
});
