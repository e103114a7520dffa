import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { uploadToMapping } from './support/imports.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/** Grace's address lacks its top-level domain: her row is rejected, to be fixed on the import's page. */
const CONTACTS_CSV = [
  'First Name,Last Name,Email,Notes',
  'Ada,Lovelace,ada@example.com,met at the fair',
  'Grace,Hopper,grace.hopper@example,typo in the address',
  'Alan,Turing,alan@example,',
].join('\r\n');

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const peopleWith = async (email: string) =>
  (await apiCall<{ data: { firstName: string }[] }>('GET', `/people?email=${encodeURIComponent(email)}`))
    .data;
const fixTable = () => page.getByRole('table', { name: 'Rejected rows to fix' });
/** The focused element's name: its label, else its text. */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? null;
  });

describe('imports: rejected rows are fixed on the import’s page and imported again', () => {
  test('an admin imports contacts; two rows are rejected for their e-mails', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Analytical Engines');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await page.getByRole('radio', { name: 'People' }).check({ force: true });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(CONTACTS_CSV) });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Rejected rows' }).waitFor();
    // The download stays beside the new way.
    await page.getByRole('link', { name: /Download 2 rejected rows/ }).waitFor();
    expect(await peopleWith('grace.hopper@example.com')).toEqual([]);
  });

  test('“Fix rows” shows each row’s reason and its mapped cells as labelled inputs', async () => {
    await page.getByRole('button', { name: 'Fix rows' }).click();
    // The form takes the focus from the button it replaced: its first row, then that row's cells.
    await expect.poll(focused).toBe('Import line 3 again');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Line 3, First Name');
    const grace = fixTable().getByRole('row').filter({ hasText: 'Line 3' });
    await grace.getByText('Email: "grace.hopper@example" is not an e-mail address.').waitFor();
    // Each column says which field it fills.
    await fixTable()
      .getByRole('columnheader', { name: /Email.*E-mail \(primary\)/ })
      .waitFor();
    const email = page.getByRole('textbox', { name: 'Line 3, Email' });
    expect(await email.inputValue()).toBe('grace.hopper@example');
    const firstName = page.getByRole('textbox', { name: 'Line 3, First Name' });
    expect(await firstName.inputValue()).toBe('Grace');
    // The cell the reason names is marked, until it is changed; the others are not.
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await firstName.getAttribute('aria-invalid')).toBeNull();
    // Nothing goes before something is changed or ticked.
    expect(await page.getByRole('button', { name: 'Import 0 fixed rows' }).isDisabled()).toBe(true);

    await email.fill('grace.hopper@example.com');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('checkbox', { name: 'Import line 3 again' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Import line 4 again' }).isChecked()).toBe(false);
  });

  test('“Import 1 fixed row” opens the new import, which links back; the person exists', async () => {
    const original = page.url();
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.waitForURL((url) => url.href !== original);
    await page.getByText('Fixing rows of import 1').waitFor();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    expect(await peopleWith('grace.hopper@example.com')).toEqual([
      expect.objectContaining({ firstName: 'Grace' }),
    ]);
    // Alan's row was left as it was: not sent.
    const everyone = await apiCall<{ data: { firstName: string }[] }>('GET', '/people?sort=firstName');
    expect(everyone.data.map((p) => p.firstName)).toEqual(['Ada', 'Grace']);

    await page.getByRole('link', { name: 'import 1', exact: true }).click();
    await page.waitForURL(original);
    await page.getByText('Fixed rows went to import 2').waitFor();
    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    await rejected
      .getByRole('row')
      .filter({ hasText: 'Line 3' })
      .getByText('Fixed and sent to import 2')
      .waitFor();
    // Alan's row can still be fixed; Grace's is no longer offered.
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page.getByRole('textbox', { name: 'Line 4, Email' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Line 3, Email' }).count()).toBe(0);
    // Leaving the form, the keyboard carries on from the button that opened it.
    await page.getByRole('button', { name: 'Stop fixing' }).click();
    await expect.poll(focused).toBe('Fix rows');
  });

  test('on a phone, the download of rejected rows says all it says', async () => {
    await page.setViewportSize(PHONE);
    try {
      const download = page.getByRole('link', { name: /Download 2 rejected rows/ });
      const label = download.locator('.mantine-Button-label');
      const cut = await label.evaluate((node) => node.scrollWidth > node.clientWidth);
      expect(cut, 'the button’s label is cut').toBe(false);
      expect((await download.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('on a phone, every column’s select is in sight, its examples under its name', async () => {
    await page.setViewportSize(PHONE);
    try {
      await uploadToMapping(page, server.url, 'People', { name: 'again.csv', content: CONTACTS_CSV });
      await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
      // No further right than the form's own button: not scrolled out of the card.
      const start = await page.getByRole('button', { name: 'Start import' }).boundingBox();
      const edge = (start?.x ?? 0) + (start?.width ?? 0);
      for (const column of ['First Name', 'Last Name', 'Email', 'Notes']) {
        const box = await page.getByRole('combobox', { name: `Import “${column}” as` }).boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY), column).toBeLessThanOrEqual(
          edge + 1,
        );
      }
      // Each field's name reads whole in its select.
      for (const column of ['First Name', 'Email']) {
        const select = page.getByRole('combobox', { name: `Import “${column}” as` });
        expect(await select.evaluate((input) => input.scrollWidth <= input.clientWidth), column).toBe(true);
      }
      const table = page.getByRole('table', { name: 'Column mapping' });
      await table.getByText('Ada · Grace · Alan').filter({ visible: true }).waitFor();
      expect(await table.getByRole('columnheader', { name: 'Examples' }).isVisible()).toBe(false);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('Enter in a column’s select picks the field typed, and never starts the import', async () => {
    const notes = page.getByRole('combobox', { name: 'Import “Notes” as' });
    // As a person would: open the list, type, and press Enter once the matching field shows highlighted.
    // (Typing in the same instant as the list opens, as fill() alone does, races Mantine's own timer
    // that re-marks the chosen option after opening, and Enter then finds no option marked.)
    await notes.click();
    await page.getByRole('option', { name: 'Don’t import' }).waitFor();
    await notes.fill('job');
    await page
      .locator('[data-combobox-selected]')
      .filter({ hasText: /^Job title$/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.inputValue()).toBe('Job title');
    await notes.fill('no such field');
    await page.getByText('No field by that name').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Start import' }).isVisible()).toBe(true);
    expect(await page.getByText('Importing…').count()).toBe(0);
  });

  test('an import left at its mapping is listed as not started, not as one that found nothing', async () => {
    await page.goto(`${server.url}/imports`);
    const imports = page.getByRole('table', { name: 'Imports' });
    const left = imports.getByRole('row').filter({ hasText: 'again.csv' });
    await left.getByText('Not started').waitFor();
    expect(await left.getByText('0 created').count()).toBe(0);
    await imports.getByRole('row').filter({ hasText: 'Import 1' }).getByText('1 created').waitFor();
    // On a phone its status reads whole.
    await page.setViewportSize(PHONE);
    try {
      const status = left.getByText('Ready to map');
      expect(await status.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('a row split by a value without its quotes is fixed as its line: quotes put right, it imports', async () => {
    const split = [
      'First Name,Last Name,Email,Notes',
      'Charles,Babbage,charles@example.com,engines, difference and analytical',
    ].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'split.csv', content: split });
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Fix rows' }).click();

    // Its cells would sit under the wrong columns: the row is its line, as read, and says what is wrong.
    const line = page.getByRole('textbox', { name: 'Line 2, as read' });
    expect(await line.inputValue()).toBe(
      'Charles,Babbage,charles@example.com,engines, difference and analytical',
    );
    expect(await page.getByRole('textbox', { name: 'Line 2, Email' }).count()).toBe(0);
    await page
      .getByText(/5 cells where the header has 4: put quotes around a value that holds a comma/)
      .waitFor();
    // Ticked as it is, it cannot go: the server would refuse it.
    await page.getByRole('checkbox', { name: 'Import line 2 again' }).check();
    await page.getByText('Line 2 does not have one cell per column yet').waitFor();
    expect(await page.getByRole('button', { name: 'Import 1 fixed row' }).isDisabled()).toBe(true);

    await line.fill('Charles,Babbage,charles@example.com,"engines, difference and analytical"');
    await page.getByText('One cell per column: ready to import.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Import line 2 again' }).isChecked()).toBe(true);
    const original = page.url();
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.waitForURL((url) => url.href !== original);
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    expect(await peopleWith('charles@example.com')).toEqual([
      expect.objectContaining({ firstName: 'Charles' }),
    ]);
  });

  test('rows rejected for different problems are grouped: one group’s rows are read and fixed together', async () => {
    const mixed = [
      'First Name,Last Name,Email,Phone',
      'Dora,One,dora@bad,',
      'Eve,Two,eve@example.com,12',
      'Finn,Three,finn@bad,',
    ].join('\r\n');
    await uploadToMapping(page, server.url, 'People', { name: 'mixed.csv', content: mixed });
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });

    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    const about = rejected.getByRole('group', { name: 'About' });
    await about.getByText('Email (2)').click();
    await expect.poll(() => about.getByRole('radio', { name: 'Email (2)' }).isChecked()).toBe(true);
    await rejected.getByRole('row').filter({ hasText: 'Line 4' }).waitFor();
    await expect.poll(() => rejected.getByRole('row').filter({ hasText: 'Line 3' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page.getByRole('textbox', { name: 'Line 4, Email' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Line 3, Phone' }).count()).toBe(0);
    // Another group would hide the rows being edited: the choice waits until the form is left.
    expect(await about.getByRole('radio', { name: 'Phone (1)' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Stop fixing' }).click();
    await about.getByText('Phone (1)').click();
    await rejected.getByRole('row').filter({ hasText: 'Line 3' }).waitFor();
  });

  test('rows rejected for a date that reads both ways go again as they are, told day or month first', async () => {
    await apiCall('POST', '/custom-fields', { objectType: 'people', label: 'Met on', type: 'date' });
    await uploadToMapping(page, server.url, 'People', {
      name: 'met.csv',
      content: 'Email,Met on\r\nzoe@example.com,05/12/2023\r\nyan@example.com,01/02/2024',
    });
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    // Nothing in the file tells the order: the form asks, and "Not sure" rejects those dates.
    const question = page.getByRole('radiogroup', { name: /How are dates such as 05\/12\/2023 written/ });
    expect(await question.getByRole('radio', { name: /^Not sure/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Fix rows' }).click();

    const fixQuestion = page.getByRole('radiogroup', {
      name: 'How are dates such as 05/12/2023 written in this file?',
    });
    await fixQuestion.getByText(/^Month first/).click();
    await page.getByRole('checkbox', { name: 'Import every row shown again' }).check();
    expect(await page.getByRole('checkbox', { name: 'Import line 3 again' }).isChecked()).toBe(true);
    const original = page.url();
    await page.getByRole('button', { name: 'Import 2 fixed rows' }).click();
    await page.waitForURL((url) => url.href !== original);
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const people = await apiCall<{ data: { email: string; customFields: Record<string, unknown> }[] }>(
      'GET',
      '/people?sort=email&limit=200',
    );
    const metOn = Object.fromEntries(people.data.map((p) => [p.email, p.customFields.metOn]));
    expect(metOn).toMatchObject({ 'zoe@example.com': '2023-05-12', 'yan@example.com': '2024-01-02' });
  });

  test('on a phone, each rejected row is a card: its reason and its fields one under another, all in sight', async () => {
    await page.setViewportSize(PHONE);
    try {
      await uploadToMapping(page, server.url, 'People', {
        name: 'phone.csv',
        content: 'First Name,Last Name,Email\r\nHedy,Lamarr,hedy@bad',
      });
      await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
      await page.getByRole('button', { name: 'Start import' }).click();
      await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Fix rows' }).click();
      const card = page.getByRole('group', { name: 'Line 2', exact: true });
      await card.getByText('Email: "hedy@bad" is not an e-mail address.').waitFor();
      for (const column of ['First Name', 'Last Name', 'Email']) {
        const box = await card.getByRole('textbox', { name: `Line 2, ${column}` }).boundingBox();
        expect(
          (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY) <= PHONE.width,
        ).toBe(true);
      }
      await card.getByRole('textbox', { name: 'Line 2, Email' }).fill('hedy@example.com');
      await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
      await page.getByText(/Fixing rows of import/).waitFor();
      await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
      expect(await peopleWith('hedy@example.com')).toEqual([expect.objectContaining({ firstName: 'Hedy' })]);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
  test('a row fixed wrongly and rejected again keeps the line it had in the file first imported', async () => {
    const file = ['First Name,Last Name,Email', 'Ida,Rhodes,ida@example.com', 'Joan,Clarke,joan@bad'].join(
      '\r\n',
    );
    await uploadToMapping(page, server.url, 'People', { name: 'again.csv', content: file });
    await page.getByRole('heading', { name: 'Map the columns' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page.getByRole('textbox', { name: 'Line 3, Email' }).fill('joan@still');
    const original = page.url();
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.waitForURL((url) => url.href !== original);
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });

    // The new import's file holds that row alone, as its line 2: it is still named line 3.
    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    await rejected.getByText(/each is named by its line in the file first imported/).waitFor();
    await rejected
      .getByRole('row')
      .filter({ hasText: 'Line 3' })
      .getByText(/"joan@still"/)
      .waitFor();
    expect(await rejected.getByRole('row').filter({ hasText: 'Line 2' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page.getByRole('textbox', { name: 'Line 3, Email' }).fill('joan@example.com');
    const retry = page.url();
    await page.getByRole('button', { name: 'Import 1 fixed row' }).click();
    await page.waitForURL((url) => url.href !== retry);
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    expect(await peopleWith('joan@example.com')).toEqual([expect.objectContaining({ firstName: 'Joan' })]);
  });
});
