import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, DESKTOP, PHONE, SCREENSHOT_STYLE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A contacts export as HubSpot writes it, saved by a spreadsheet in Windows-1252 with semicolons:
 * accents, a repeated e-mail (row 6 repeats row 1 in capitals), rows the API must refuse (4: no valid
 * e-mail, 5: unknown lifecycle stage, 7: a tier that is not a choice), and two people who share a phone
 * at the same company (rows 2 and 3), for the duplicate finder, and the line of delimiters a
 * spreadsheet leaves below its data. "Account Tier" is not a header Rapport knows: the user maps it to
 * the custom field by hand.
 */
const MESSY_CSV = iconv.encode(
  [
    'First Name;Last Name;Email;Phone Number;Company Name;Job Title;Lifecycle Stage;Account Tier;Record ID',
    'Zoë;Dupont;zoe@exemple.fr;+33 1 42 68 53 00;Société Générale;Directrice;customer;Gold;1',
    'Jon;Snow;jon@winterfell.example;+1 415 555 2671;Winterfell;Lord Commander;lead;Silver;2',
    'Jonathan;Snow;jsnow@nightswatch.example;+1 (415) 555-2671;Winterfell;;lead;;3',
    'Nobody;Here;not-an-email;;;;;;4',
    'Arya;Stark;arya@winterfell.example;;Winterfell;;assassin;;5',
    'Zoë;Dupont;ZOE@exemple.fr;;;Directrice générale;;Gold;6',
    'Bad;Tier;bad@tier.example;;;;;Platinum;7',
    ';;;;;;;;',
  ].join('\r\n'),
  'windows-1252',
);

let server: RapportServer;
let page: Page;
/** The rejected rows as downloaded, fixed and imported again by the next step. */
let rejectedFile = '';

browserSuite(
  (suite) => {
    ({ server, page } = suite);
  },
  { acceptDownloads: true },
);

const mainNavigation = () => page.getByRole('navigation', { name: 'Main' });

async function openSettings(section: string): Promise<void> {
  if (!page.url().includes('/settings'))
    await mainNavigation().getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: section }).click();
  await page.getByRole('heading', { level: 2, name: section }).waitFor();
}

/** The page as it stands, at phone width: nothing wider than the screen (tables scroll inside). */
async function expectFitsPhone(): Promise<void> {
  await page.setViewportSize(PHONE);
  // Scroll areas size themselves from a ResizeObserver: give the layout a moment to settle.
  const fits = await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize(DESKTOP);
  expect(fits, `${page.url()} is ${overflow}px wider than a phone`).toBe(true);
}

describe('data: custom fields, a messy import, duplicates', () => {
  test('an admin sets up a workspace', async () => {
    await setUpWorkspace(page, server.url, 'Winterfell Trading');
  });

  test('she adds a single-select custom field “Tier” to people in Settings', async () => {
    await openSettings('Custom fields');
    await page.getByText('No custom fields yet').waitFor();
    await page.getByRole('button', { name: 'Add field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Tier');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Single select', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Option 1' }).fill('Gold');
    await dialog.getByRole('textbox', { name: 'Option 2' }).fill('Silver');
    await dialog.getByRole('button', { name: 'Add option' }).click();
    await dialog.getByRole('textbox', { name: 'Option 3' }).fill('Bronze');
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page
      .getByRole('table', { name: 'Custom fields' })
      .getByRole('row')
      .filter({ hasText: 'Tier' });
    await row.getByText('Single select').waitFor();
    await row.getByText('Gold, Silver, Bronze').waitFor();
    await row.getByText('tier', { exact: true }).waitFor();
  });

  test('she uploads a messy CSV and sees how it reads', async () => {
    await mainNavigation().getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByRole('radio', { name: 'People' }).check({ force: true });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'hubspot-contacts.csv', mimeType: 'text/csv', buffer: MESSY_CSV });
    await page.getByRole('button', { name: 'Upload and preview' }).click();

    await page.getByRole('heading', { level: 1, name: 'hubspot-contacts.csv' }).waitFor();
    await page.getByRole('heading', { name: 'How the file reads' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Encoding' }).inputValue()).toBe('windows-1252');
    expect(await page.getByRole('combobox', { name: 'Delimiter' }).inputValue()).toBe('Semicolon ( ; )');
    const firstRows = page.getByRole('table', { name: 'First rows of the file' });
    await firstRows.getByRole('cell', { name: 'Société Générale' }).first().waitFor();
    await firstRows.getByRole('cell', { name: 'Zoë' }).first().waitFor();
  });

  test('the proposed mapping reads HubSpot’s headers; she maps “Account Tier” to Tier and starts', async () => {
    const mapping = (column: string) => page.getByRole('combobox', { name: `Import “${column}” as` });
    expect(await mapping('First Name').inputValue()).toBe('First name');
    expect(await mapping('Email').inputValue()).toBe('E-mail (primary)');
    expect(await mapping('Company Name').inputValue()).toBe('Company name');
    expect(await mapping('Record ID').inputValue()).toBe('Don’t import');
    expect(await mapping('Account Tier').inputValue()).toBe('Don’t import');

    await mapping('Account Tier').click();
    await page.getByRole('option', { name: 'Tier', exact: true }).click();
    expect(await mapping('Account Tier').inputValue()).toBe('Tier');
    await page.getByText('8 of 9 columns will be imported.').waitFor();
    expect(await page.getByRole('radio', { name: 'Update that person' }).isChecked()).toBe(true);
    // A viewport tall enough for the whole step: a full-page shot would paint the fixed header mid-page.
    await page.setViewportSize({ width: DESKTOP.width, height: 1700 });
    await page.screenshot({
      path: path.join(ARTIFACTS, 'import-mapping.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
    await page.setViewportSize(DESKTOP);

    await expectFitsPhone();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    const counts: Record<string, string | null> = {};
    for (const label of ['Created', 'Updated', 'Skipped', 'Rejected', 'Companies created']) {
      counts[label] = await page
        .getByRole('group', { name: label, exact: true })
        .locator('p')
        .last()
        .textContent();
    }
    // Zoë's second row (her e-mail in capitals) updated the record her first row created.
    expect(counts).toEqual({
      Created: '3',
      Updated: '1',
      Skipped: '1',
      Rejected: '3',
      'Companies created': '2',
    });
    // The spreadsheet's trailing line of delimiters is skipped, and the page says what skipped covers.
    await page
      .getByText('Skipped: rows whose person already held every value they gave, and blank lines.')
      .waitFor();
    // And that the update was her own earlier row's record: the later row's values stand.
    await page
      .getByText(
        "Of the updated, 1 row wrote a person an earlier row of this file had written (the same e-mail twice, say): rows apply in file order, so the later row's values stand, and the person's History shows both.",
      )
      .waitFor();
  });

  test('she reads the rejected rows on the page, each with its line and reason', async () => {
    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    const rows = rejected.getByRole('row');
    await rows.nth(3).waitFor();
    const lines = await rows.allInnerTexts();
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Line \d+\s+Email: "not-an-email" is not an e-mail address/);
    expect(lines[2]).toMatch(/Lifecycle Stage: "assassin"/);
    expect(lines[2]).toContain('Arya');
    expect(lines[3]).toMatch(/Account Tier:/);
  });

  test('she downloads the rejected rows, each with its reason', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download 3 rejected rows with reasons' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hubspot-contacts.rejected.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    // Made for a spreadsheet: a byte-order mark first, so Excel reads its accents, and separated as
    // the uploaded file was, so a spreadsheet set for semicolons opens it in columns.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFFirst Name;Last Name;Email;/);
    const [header, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(header?.at(-1)).toBe('reason');
    expect(header?.[0]).toBe('First Name');
    const reasons = Object.fromEntries(rows.map((row) => [row[0], row.at(-1)]));
    expect(Object.keys(reasons)).toEqual(['Nobody', 'Arya', 'Bad']);
    expect(reasons.Nobody).toMatch(/^Email: "not-an-email" is not an e-mail address/);
    expect(reasons.Arya).toMatch(/^Lifecycle Stage: "assassin"/);
    expect(reasons.Bad).toMatch(/^Account Tier: .*Platinum|^Account Tier:/);

    // The import is listed with what it did.
    await mainNavigation().getByRole('link', { name: 'Import', exact: true }).click();
    const past = page.getByRole('table', { name: 'Imports' }).getByRole('row').filter({
      hasText: 'hubspot-contacts.csv',
    });
    await past.getByText('3 created · 1 updated · 3 rejected').waitFor();
    await past.getByText('Done').waitFor();
    rejectedFile = text;
  });

  test('she fixes the rejected rows in the downloaded file and imports it: all three land', async () => {
    const [header = [], ...rows] = parse(rejectedFile, { bom: true, delimiter: ';' }) as string[][];
    const column = (name: string) => header.indexOf(name);
    const fixes: Record<string, [string, string]> = {
      Nobody: ['Email', 'nobody@here.example'],
      Arya: ['Lifecycle Stage', 'customer'],
      Bad: ['Account Tier', 'Gold'],
    };
    const fixed = rows.map((row) => {
      const [name, value] = fixes[row[0] ?? ''] ?? ['', ''];
      return row.map((cell, i) => (i === column(name) ? value : cell));
    });
    await mainNavigation().getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('radio', { name: 'People' }).check({ force: true });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'hubspot-contacts.fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(stringify([header, ...fixed], { delimiter: ';' })),
    });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByRole('heading', { level: 1, name: 'hubspot-contacts.fixed.csv' }).waitFor();

    // The reasons column the download added is not proposed for import.
    const mapping = (name: string) => page.getByRole('combobox', { name: `Import “${name}” as` });
    expect(await mapping('reason').inputValue()).toBe('Don’t import');
    await mapping('Account Tier').click();
    await page.getByRole('option', { name: 'Tier', exact: true }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    const count = (label: string) =>
      page.getByRole('group', { name: label, exact: true }).locator('p').last().textContent();
    expect(await count('Created')).toBe('3');
    expect(await count('Rejected')).toBe('0');

    const found = await page.request.get(`${server.url}/api/v1/people?email=bad@tier.example`);
    expect((await found.json()).data).toMatchObject([{ firstName: 'Bad', customFields: { tier: 'gold' } }]);
  });
  test('the import was checked for duplicates: she reviews the Snows, who share a phone at Winterfell', async () => {
    // The finished import says where its duplicates will be; nobody has to ask for a scan.
    await page.getByRole('link', { name: 'Duplicates', exact: true }).and(page.locator('main a')).click();
    await page.getByRole('heading', { level: 1, name: 'Duplicates' }).waitFor();
    const pair = page
      .getByRole('list', { name: 'Possible duplicates' })
      .getByRole('listitem')
      .filter({ hasText: 'Jonathan Snow' });
    await pair.getByText('Same phone').waitFor();
    // A scan can still be asked for, though records are matched as they are written (next steps).
    await page.getByRole('button', { name: 'Scan now' }).click();
    await page.getByText(/^Scan done: \d+ new or changed pairs?\.$/).waitFor();
    // Which phone, written as people write it.
    await pair.getByText('Both have +1 415 555 2671').waitFor();
    await pair.getByText('Jon Snow', { exact: true }).waitFor();
    await pair.getByRole('link', { name: /^Review / }).click();

    await page.getByRole('heading', { level: 1, name: 'Review a possible duplicate' }).waitFor();
    // The older record is proposed as the one to keep; the other's first name is the better one.
    expect(await page.getByRole('radio', { name: /^A · Jon Snow/ }).isChecked()).toBe(true);
    const compare = page.getByRole('table', { name: 'Compare fields' });
    await compare.getByRole('rowheader', { name: 'Tier' }).waitFor();
    await compare.getByRole('radio', { name: 'Keep First name: Jonathan' }).check();
    await expectFitsPhone();
    await page.getByRole('button', { name: 'Merge into Jon Snow' }).click();
  });

  test('the merge keeps both records’ details, links to the record kept, and can be undone', async () => {
    await page.getByRole('heading', { level: 1, name: 'Merged' }).waitFor();
    const kept = page.getByRole('link', { name: 'Jonathan Snow' });
    await kept.waitFor();
    await page.getByText(/\(history, deals, tickets, orders…\) now lives on Jonathan Snow, merged/).waitFor();
    const keptId = (await kept.getAttribute('href'))?.split('/').pop() ?? '';
    expect(await kept.getAttribute('href')).toBe(`/people/${keptId}`);
    const person = async (id: string) => (await page.request.get(`${server.url}/api/v1/people/${id}`)).json();
    const merged = await person(keptId);
    expect(merged).toMatchObject({ firstName: 'Jonathan', lastName: 'Snow', jobTitle: 'Lord Commander' });
    expect(merged.customFields).toEqual({ tier: 'silver' });
    expect(merged.emails.map((e: { address: string }) => e.address).sort()).toEqual([
      'jon@winterfell.example',
      'jsnow@nightswatch.example',
    ]);

    // The Duplicates page's Merged tab lists the pair: the record kept, and the one merged away as it was.
    await mainNavigation().getByRole('link', { name: 'Duplicates', exact: true }).click();
    await page.getByText('Merged', { exact: true }).click();
    const mergedPair = page.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem');
    await mergedPair.getByText('jsnow@nightswatch.example').waitFor();
    await mergedPair.getByRole('link', { name: 'Jonathan Snow' }).waitFor();
    await mergedPair.getByRole('button', { name: /^Undo merge/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Merged', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Undo merge' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merge undone' }).waitFor();
    await page.getByText('Both records are back', { exact: true }).waitFor();
    // Undone, nothing "lives on" the record kept any more; the names read at the size of the text.
    expect(await page.getByText(/now lives on/).count()).toBe(0);
    const [linkSize, textSize] = await page
      .getByRole('alert')
      .filter({ has: page.getByRole('link', { name: 'Jonathan Snow' }) })
      .evaluate((alert) =>
        [alert.querySelector('a'), alert.querySelector('a')?.parentElement].map((node) =>
          node ? getComputedStyle(node).fontSize : '',
        ),
      );
    expect(linkSize).toBe(textSize);
    const restored = page.getByRole('alert').getByRole('link', { name: 'Jonathan Snow' });
    const restoredId = (await restored.getAttribute('href'))?.split('/').pop() ?? '';
    expect(restoredId).not.toBe(keptId);
    expect(await person(keptId)).toMatchObject({ firstName: 'Jon', email: 'jon@winterfell.example' });
    expect(await person(restoredId)).toMatchObject({ email: 'jsnow@nightswatch.example' });
  });

  test('a person entered by hand is pointed out as a twin on their page, within seconds', async () => {
    await mainNavigation().getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('dialog', { name: 'New person' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Arya');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Stark');
    await form.getByRole('textbox', { name: 'E-mail' }).fill('Arya@Winterfell.example');
    await form.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arya Stark' }).waitFor();
    const newId = page.url().split('/').pop() ?? '';

    // Nobody scans: the change is matched in the background, and the open page hears of the pair.
    const notice = page.getByRole('status', { name: 'Possibly the same person as another' });
    await notice.waitFor({ timeout: 15_000 });
    await notice.getByText(/: same e-mail/).waitFor();
    await page.screenshot({
      path: path.join(ARTIFACTS, 'possible-duplicate.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
    await notice.getByRole('link', { name: 'Review and merge with Arya Stark' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review a possible duplicate' }).waitFor();
    expect(page.url()).toContain(newId);
  });

  test('the pages fit a phone', async () => {
    await page.setViewportSize(PHONE);
    for (const address of ['/imports', '/duplicates', '/settings/custom-fields']) {
      await page.goto(`${server.url}${address}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, address).toBeLessThanOrEqual(0);
    }
    await page.goto(`${server.url}/duplicates`);
    await page.getByRole('button', { name: 'Scan now' }).waitFor();
    await page.screenshot({
      path: path.join(ARTIFACTS, 'duplicates-phone.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
  });
});
