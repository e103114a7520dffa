import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping as uploadFile } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A HubSpot contacts export: "Lead Status" and "Last Activity Date" match no field of Rapport's, and become
 * custom fields from the mapping step; "Create Date" is kept as the people's created date.
 */
const HUBSPOT_CSV = [
  'First Name,Last Name,Email,Lead Status,Last Activity Date,Create Date',
  'Ada,Byron,ada.byron@example.com,New,2024-03-15 10:22,2019-03-04 09:15',
  'Grace,Hopper,grace.hopper@example.com,Open,2024-03-16 08:05,2019-03-05 11:00',
  'Alan,Turing,alan.turing@example.com,new,2024-03-17 17:40,2019-03-06 16:45',
].join('\r\n');
const VIEWER = { name: 'Vera Viewer', email: 'vera@example.com', password: 'only looking 1234' };
const REP = { name: 'Sam Sales', email: 'sam@example.com', password: 'always be closing 42' };

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const mainNavigation = (on: Page) => on.getByRole('navigation', { name: 'Main' });
const mapping = (column: string) => page.getByRole('combobox', { name: `Import “${column}” as` });

/** The column's name sits level with its select: their middles within two pixels. */
async function expectLevel(column: string): Promise<void> {
  const row = page
    .getByRole('table', { name: 'Column mapping' })
    .getByRole('row')
    .filter({ has: mapping(column) });
  const middle = async (of: Locator) => {
    const box = await of.boundingBox();
    if (!box) throw new Error('not shown');
    return box.y + box.height / 2;
  };
  const label = await middle(row.getByText(column, { exact: true }));
  const select = await middle(mapping(column));
  expect(Math.abs(label - select), `“${column}” against its select`).toBeLessThanOrEqual(2);
}

/** A page of its own, signed in as the member: the admin's page stays as it was. */
async function signedInAs(member: { email: string; password: string }): Promise<Page> {
  const memberPage = await openPage(browser, server.url);
  const signIn = await memberPage.context().request.post(`${server.url}/api/v1/auth/sign-in`, {
    data: { email: member.email, password: member.password },
  });
  expect(signIn.status()).toBe(200);
  return memberPage;
}

const uploadToMapping = (object: 'People' | 'Companies', name: string, content: string) =>
  uploadFile(page, server.url, object, { name, content });

async function startAndFinish(): Promise<void> {
  await page.getByRole('button', { name: 'Start import' }).click();
  await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
}

async function newFieldFrom(column: string, type: string): Promise<Locator> {
  await mapping(column).click();
  await page.getByRole('option', { name: 'New custom field…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New field for people' });
  await dialog.waitFor();
  expect(await dialog.getByRole('textbox', { name: 'Label' }).inputValue()).toBe(column);
  expect(await dialog.getByRole('combobox', { name: 'Type' }).inputValue()).toBe(type);
  return dialog;
}

describe('imports: unknown columns become custom fields, and the import opens what it brought in', () => {
  test('an admin sets up a workspace with a person entered by hand and a viewer', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Bletchley');
    await apiCall('POST', '/people', { firstName: 'Hand', lastName: 'Made', email: 'hand@made.example' });
    await apiCall('POST', '/users', { ...VIEWER, role: 'viewer' });
    await apiCall('POST', '/users', { ...REP, role: 'sales' });
  });

  test('/import typed in the address bar opens the imports page, in place of the address typed', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('grid', { name: 'People' }).waitFor();
    await page.goto(`${server.url}/import`);
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/imports');
    await expect(page.getByText('Nothing here').count()).resolves.toBe(0);
    // Back leaves the imports page rather than landing on /import to be sent forward again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people');
  });

  test('she uploads a HubSpot export: two columns match no field', async () => {
    await mainNavigation(page).getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('radio', { name: 'People' }).check({ force: true });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'hubspot.csv', mimeType: 'text/csv', buffer: Buffer.from(HUBSPOT_CSV) });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    expect(await mapping('Lead Status').inputValue()).toBe('Don’t import');
    expect(await mapping('Last Activity Date').inputValue()).toBe('Don’t import');
    for (const column of ['First Name', 'Lead Status', 'Last Activity Date']) await expectLevel(column);
    // The longest field's name reads whole in its select.
    const created = mapping('Create Date');
    expect(await created.inputValue()).toBe('Created date (kept from the other system)');
    expect(await created.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
  });

  test('“New custom field…” makes one from the column: its header, a guessed type, its values', async () => {
    const status = await newFieldFrom('Lead Status', 'Single select');
    expect(await status.getByRole('textbox', { name: 'Option 1' }).inputValue()).toBe('New');
    expect(await status.getByRole('textbox', { name: 'Option 2' }).inputValue()).toBe('Open');
    expect(await status.getByRole('textbox', { name: 'Option 3' }).count()).toBe(0);
    await status.getByRole('button', { name: 'Add field' }).click();
    await status.waitFor({ state: 'hidden' });
    expect(await mapping('Lead Status').inputValue()).toBe('Lead Status');

    const created = await newFieldFrom('Last Activity Date', 'Date and time');
    await created.getByRole('textbox', { name: 'Label' }).fill('Last activity');
    await created.getByRole('button', { name: 'Add field' }).click();
    await created.waitFor({ state: 'hidden' });
    expect(await mapping('Last Activity Date').inputValue()).toBe('Last activity');
    await page.getByText('6 of 6 columns will be imported.').waitFor();

    // The preview read again names the new fields: any column may be mapped to them.
    await mapping('Last Name').click();
    await page.getByRole('option', { name: 'Last activity' }).waitFor();
    await page.keyboard.press('Escape');
  });

  test('a column’s error under its select keeps its name level with the select', async () => {
    await mapping('Last Name').click();
    await page.getByRole('option', { name: 'First name', exact: true }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page
      .getByRole('table', { name: 'Column mapping' })
      .getByText('First name is already filled from "First Name".')
      .waitFor();
    await expectLevel('Last Name');
    await mapping('Last Name').click();
    await page.getByRole('option', { name: 'Last name', exact: true }).click();
  });

  test('the import fills the new fields, and “Open people” lists only the people it brought in', async () => {
    await startAndFinish();
    const { data } = await apiCall<{
      data: { email: string; createdAt: string; customFields: Record<string, unknown> }[];
    }>('GET', '/people?sort=email');
    const grace = data.find((p) => p.email === 'grace.hopper@example.com');
    expect(grace?.customFields).toEqual({ leadStatus: 'open', lastActivity: '2024-03-16T08:05:00.000Z' });
    expect(grace).toMatchObject({ createdAt: '2019-03-05T11:00:00.000Z' });

    await page.getByRole('link', { name: 'Open people' }).click();
    // The list's rows, whatever role the list takes (a table, a grid).
    const list = page.getByRole('main');
    await list.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    await page.getByText('3 people', { exact: true }).waitFor();
    for (const name of ['Ada Byron', 'Alan Turing']) await list.getByRole('link', { name }).waitFor();
    expect(await list.getByRole('link', { name: 'Hand Made' }).count()).toBe(0);
    // The filter says what it is, and can be changed like any other: "Import is 1".
    await page.getByRole('button', { name: /^Filter/ }).click();
    const condition = page.getByRole('group', { name: 'Condition 1' });
    expect(await condition.getByRole('combobox', { name: 'Field' }).inputValue()).toBe('Import');
    expect(await condition.getByRole('combobox', { name: 'Operator' }).inputValue()).toBe('is');
    expect(await condition.getByRole('textbox', { name: 'Value' }).inputValue()).toBe('1');
  });

  test('a sales rep imports, but is not offered to define a field (that is an admin’s)', async () => {
    const rep = await signedInAs(REP);
    try {
      await rep.goto(`${server.url}/imports`);
      await rep.getByRole('radio', { name: 'People' }).check({ force: true });
      await rep.locator('input[type="file"]').setInputFiles({
        name: 'rep.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Email,Region\nx@y.example,North\n'),
      });
      await rep.getByRole('button', { name: 'Upload and preview' }).click();
      const region = rep.getByRole('combobox', { name: 'Import “Region” as' });
      await region.click();
      await rep.getByRole('option', { name: 'Don’t import' }).waitFor();
      expect(await rep.getByRole('option', { name: 'New custom field…' }).count()).toBe(0);
    } finally {
      await rep.context().close();
    }
  });

  test('a viewer finds Import in the navigation, follows the import, and is offered no new one', async () => {
    const viewer = await signedInAs(VIEWER);
    try {
      await viewer.goto(server.url);
      await mainNavigation(viewer).getByRole('link', { name: 'Import', exact: true }).click();
      await viewer.getByText('Your role may look at imports, not start one').waitFor();
      expect(await viewer.getByRole('button', { name: 'Upload and preview' }).count()).toBe(0);
      await viewer.getByRole('table', { name: 'Imports' }).getByRole('link', { name: 'hubspot.csv' }).click();
      await viewer.getByRole('heading', { name: 'Import done' }).waitFor();
      await viewer.getByRole('link', { name: 'Open people' }).click();
      await viewer.getByText('3 people', { exact: true }).waitFor();
      // Reading people is not creating them: the list offers no import either.
      expect(await viewer.getByRole('link', { name: 'Import', exact: true }).count()).toBe(1);
    } finally {
      await viewer.context().close();
    }
  });

  test('dates written as numbers: the new field is a date, and the form asks (or knows) day or month first', async () => {
    const signed = [
      'Email,Signed on',
      'ada.byron@example.com,05/12/2023',
      'grace.hopper@example.com,25/12/2023',
    ];
    await uploadToMapping('People', 'signed.csv', signed.join('\r\n'));
    // No date column mapped yet: no question.
    expect(await page.getByRole('radiogroup', { name: /How are dates such as/ }).count()).toBe(0);
    const field = await newFieldFrom('Signed on', 'Date');
    await field.getByRole('button', { name: 'Add field' }).click();
    await field.waitFor({ state: 'hidden' });

    const question = page.getByRole('radiogroup', {
      name: 'How are dates such as 05/12/2023 written in “Signed on”?',
    });
    await question.waitFor();
    // 25/12/2023 tells: day first is chosen for the user.
    await page.getByText('(25/12/2023 can only be day first)').waitFor();
    expect(await question.getByRole('radio', { name: /^Day first/ }).isChecked()).toBe(true);
    // Month first stays a choice: the file may be wrong in that row; it says what it would reject.
    await page.getByText('Dates only the other order reads, such as 25/12/2023, are rejected.').waitFor();
    await startAndFinish();
    const { data } = await apiCall<{
      data: { email: string; createdAt: string; customFields: Record<string, unknown> }[];
    }>('GET', '/people?sort=email');
    const signedOn = Object.fromEntries(data.map((p) => [p.email, p.customFields.signedOn]));
    expect(signedOn).toMatchObject({
      'ada.byron@example.com': '2023-12-05',
      'grace.hopper@example.com': '2023-12-25',
    });
  });

  test('phone numbers written without their +code are read in the country the import is told', async () => {
    const french = ['Email,Phone', 'amelie@example.fr,06 12 34 56 78'].join('\r\n');
    await uploadToMapping('People', 'french.csv', french);
    const country = page.getByRole('combobox', { name: 'Phone numbers without a +code are from' });
    // The workspace's country until told otherwise; searched by name.
    expect(await country.inputValue()).toBe('United States');
    await country.click();
    await country.fill('fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await startAndFinish();
    const { data } = await apiCall<{ data: { phone: string }[] }>('GET', '/people?email=amelie@example.fr');
    expect(data.map((p) => p.phone)).toEqual(['+33612345678']);
  });

  test('the choices of the mapping step survive a reload until the import starts', async () => {
    await uploadToMapping('People', 'reload.csv', 'Email,Role\r\nrita@example.com,Engineer');
    await mapping('Role').click();
    await page.getByRole('option', { name: 'Job title', exact: true }).click();
    await page.getByRole('radio', { name: 'Skip the row' }).check();

    await page.reload();
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    expect(await mapping('Role').inputValue()).toBe('Job title');
    expect(await page.getByRole('radio', { name: 'Skip the row' }).isChecked()).toBe(true);
    await startAndFinish();
    const { data } = await apiCall<{ data: { jobTitle: string }[] }>('GET', '/people?email=rita@example.com');
    expect(data.map((p) => p.jobTitle)).toEqual(['Engineer']);
  });

  test('a Salesforce accounts export: parents are placed, and those not found are listed with their companies', async () => {
    const accounts = [
      'Account Name,Website,Parent Account',
      'Initech Europe,initech.eu,Initech',
      'Initech,initech.example,',
      'Initrode,initrode.example,Initech Holdings',
    ].join('\r\n');
    await uploadToMapping('Companies', 'accounts.csv', accounts);
    expect(await mapping('Parent Account').inputValue()).toBe('Parent company (id, domain or name)');
    await startAndFinish();
    expect(await page.getByRole('group', { name: 'Placed under a parent' }).textContent()).toContain('1');

    const unplaced = page.getByRole('region', { name: 'Parent companies not set' });
    await unplaced.getByText('1 company was imported without the parent company its row named.').waitFor();
    const row = unplaced.getByRole('row').filter({ hasText: 'Line 4' });
    await row.getByText('No company “Initech Holdings” in this workspace.').waitFor();
    await row.getByRole('link', { name: 'Initrode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initrode' }).waitFor();
    const { data } = await apiCall<{ data: { name: string; id: string; parentId: string | null }[] }>(
      'GET',
      '/companies?sort=name',
    );
    const initech = data.find((c) => c.name === 'Initech');
    expect(data.find((c) => c.name === 'Initech Europe')?.parentId).toBe(initech?.id);
  });

  test('an Outlook contacts export’s Notes land on the person’s timeline, markup shown as typed', async () => {
    const outlook = [
      'First Name,Last Name,E-mail Address,Notes',
      'Katherine,Johnson,katherine@example.com,"Met at the launch.',
      'Asked about <orbits> & trajectories."',
    ].join('\r\n');
    await uploadToMapping('People', 'outlook.csv', outlook);
    expect(await mapping('Notes').inputValue()).toBe('Note on the timeline');
    await startAndFinish();
    await page.getByRole('link', { name: 'Open people' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Katherine Johnson' }).click();
    const note = page.getByRole('region', { name: 'Timeline' }).getByRole('article', { name: 'Note' });
    await note.getByText('Asked about <orbits> & trajectories.').waitFor();
    await note.getByText('Met at the launch.').waitFor();
  });

  test('an owner who is not a member here rejects the row, unless it may come without them: at the start or when fixed', async () => {
    const file = (domain: string) =>
      [
        'First Name,Last Name,Email,Contact owner',
        `Dorothy,Vaughan,dorothy@${domain},ops@elsewhere.example`,
        `Mary,Jackson,mary@${domain},${REP.email}`,
      ].join('\r\n');
    const ownersOf = async () => {
      const { data } = await apiCall<{ data: { email: string; ownerId: string | null }[] }>(
        'GET',
        '/people?sort=email&limit=200',
      );
      return Object.fromEntries(data.map((p) => [p.email, p.ownerId]));
    };
    const { data: members } = await apiCall<{ data: { id: string; email: string }[] }>('GET', '/users');
    const memberId = (email: string) => members.find((m) => m.email === email)?.id;

    // As it was: the stranger's row is rejected; fixed, it goes again without that owner.
    await uploadToMapping('People', 'owners.csv', file('example.com'));
    expect(await mapping('Contact owner').inputValue()).toBe('Owner (a member’s e-mail, name or id)');
    const question = page.getByRole('radiogroup', {
      name: 'When a row’s owner is not a member of this workspace',
    });
    expect(await question.getByRole('radio', { name: 'Reject the row' }).isChecked()).toBe(true);
    await startAndFinish();
    await page.getByText('Owner: no active member "ops@elsewhere.example".').first().waitFor();
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page
      .getByRole('radiogroup', { name: 'When a row’s owner is not a member of this workspace' })
      .getByText('Import the row without that owner')
      .click();
    await page.getByRole('checkbox', { name: 'Import line 2 again' }).check();
    const original = page.url();
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.waitForURL((url) => url.href !== original);
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    let owners = await ownersOf();
    const admin = owners['hand@made.example'];
    expect(owners['dorothy@example.com']).toBe(admin);
    expect(owners['mary@example.com']).toBe(memberId(REP.email));

    // Said at the start: the same file comes in whole, the stranger's row owned by whoever imports it.
    await uploadToMapping('People', 'owners-again.csv', file('example.org'));
    await page.getByText('Import the row without that owner').click();
    await startAndFinish();
    owners = await ownersOf();
    expect(owners['dorothy@example.org']).toBe(admin);
    expect(owners['mary@example.org']).toBe(memberId(REP.email));
  });
});
