import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, openPage, SCREENSHOT_STYLE, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const REP = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };
const MINUTES = 'Minutes of the call\nPrice agreed.\n';

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
let personId = '';

browserSuite(
  (suite) => {
    ({ server, browser, page } = suite);
  },
  { acceptDownloads: true },
);

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

const timelineOf = (on: Page) => on.getByRole('region', { name: 'Timeline' });
const noteWith = (on: Page, text: string) => timelineOf(on).getByRole('article').filter({ hasText: text });

type Entry = {
  subject: string | null;
  body: string | null;
  attachments: { filename: string; size: number }[];
};
const notesSaved = async () =>
  (await apiCall<{ data: Entry[] }>('GET', `/people/${personId}/timeline?type=note`)).data;

describe('files attached to notes', () => {
  test('a workspace with a sales rep and a customer', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Curie Labs');
    await apiCall('POST', '/users', { ...REP, role: 'sales' });
    personId = (await apiCall<{ id: string }>('POST', '/people', { firstName: 'Marie', lastName: 'Curie' }))
      .id;
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Marie Curie' }).waitFor();
  });

  test('she chooses three files for a note: the one over 10 MiB is refused before anything is sent', async () => {
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/attachments'))
        uploads.push(new URL(request.url()).searchParams.get('filename') ?? '');
    });
    await timelineOf(page)
      .getByLabel('Choose files to attach', { exact: true })
      .setInputFiles([
        { name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from(MINUTES) },
        { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
        { name: 'call.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(11 * 1024 * 1024) },
      ]);
    await expect(timelineOf(page).getByRole('alert').textContent()).resolves.toBe(
      'call.mp4 is 11.5 MB: a file may be up to 10 MiB (10.5 MB).',
    );
    const chosen = timelineOf(page).getByRole('list', { name: 'Files to attach' });
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual([
      'minutes.txt34 bytes',
      'scan.pdf15 bytes',
    ]);
    await chosen.getByRole('button', { name: 'Do not attach scan.pdf' }).click();
    await expect(chosen.getByRole('listitem').count()).resolves.toBe(1);

    await timelineOf(page).getByRole('textbox', { name: 'Add a note' }).click();
    await page.keyboard.type('Call with Marie: minutes attached');
    await timelineOf(page).getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added.').waitFor();
    const note = noteWith(page, 'minutes attached');
    const files = note.getByRole('list', { name: 'Attached files' });
    await files.getByRole('link', { name: 'minutes.txt' }).waitFor();
    await expect(files.textContent()).resolves.toBe('minutes.txt34 bytes');
    await expect(chosen.count()).resolves.toBe(0);
    expect(uploads).toEqual(['minutes.txt']);
  });

  test('the file downloads as it was sent, under its name', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      noteWith(page, 'minutes attached').getByRole('link', { name: 'minutes.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('minutes.txt');
    const saved = await download.path();
    expect(fs.readFileSync(saved, 'utf8')).toBe(MINUTES);
  });

  test('a note can be only a file, dropped on the form', async () => {
    await timelineOf(page)
      .locator('form')
      .evaluate((form) => {
        const data = new DataTransfer();
        data.items.add(new File(['name,amount\nMarie,42\n'], 'budget.csv', { type: 'text/csv' }));
        form.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
        form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
    await timelineOf(page).getByRole('list', { name: 'Files to attach' }).getByText('budget.csv').waitFor();
    await timelineOf(page).getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added.').waitFor();
    await noteWith(page, 'budget.csv').getByRole('link', { name: 'budget.csv' }).waitFor();
    const [onlyFile] = await notesSaved();
    expect(onlyFile).toMatchObject({ body: null, attachments: [{ filename: 'budget.csv', size: 21 }] });
  });

  test('a file is attached to a note afterwards, and another removed after she confirms', async () => {
    const note = noteWith(page, 'minutes attached');
    await note.hover();
    await note
      .getByLabel('Choose files to attach to this entry')
      .setInputFiles({ name: 'agenda.txt', mimeType: 'text/plain', buffer: Buffer.from('1. Price\n') });
    await page.getByText('File attached.').waitFor();
    const files = note.getByRole('list', { name: 'Attached files' });
    await files.getByRole('link', { name: 'agenda.txt' }).waitFor();
    await page.screenshot({
      path: path.join(ARTIFACTS, 'attachments.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });

    await files.getByRole('button', { name: 'Remove minutes.txt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this file?' });
    await dialog.getByText('minutes.txt is deleted from this entry for everyone').waitFor();
    await dialog.getByRole('button', { name: 'Remove file' }).click();
    await page.getByText('minutes.txt removed.').waitFor();
    await files.getByRole('link', { name: 'minutes.txt' }).waitFor({ state: 'detached' });
    const saved = (await notesSaved()).find((entry) => entry.body?.includes('minutes attached'));
    expect(saved?.attachments.map((file) => file.filename)).toEqual(['agenda.txt']);
  });

  test('a sales rep attaches files to her own notes, and may only download the others’', async () => {
    const repPage = await openPage(browser, server.url);
    try {
      const signIn = await repPage.context().request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email: REP.email, password: REP.password },
      });
      expect(signIn.status()).toBe(200);
      await repPage.goto(`${server.url}/people/${personId}`);
      const admins = noteWith(repPage, 'minutes attached');
      await admins.getByRole('link', { name: 'agenda.txt' }).waitFor();
      await expect(admins.getByRole('button').count()).resolves.toBe(0);

      await timelineOf(repPage)
        .getByLabel('Choose files to attach', { exact: true })
        .setInputFiles({ name: 'quote.txt', mimeType: 'text/plain', buffer: Buffer.from('Quote 7\n') });
      await timelineOf(repPage).getByRole('textbox', { name: 'Add a note' }).click();
      await repPage.keyboard.type('Quote sent');
      await timelineOf(repPage).getByRole('button', { name: 'Add note' }).click();
      const hers = noteWith(repPage, 'Quote sent');
      await hers.getByRole('link', { name: 'quote.txt' }).waitFor();
      await hers.getByRole('button', { name: 'Remove quote.txt' }).waitFor();
      await hers.getByRole('button', { name: /^Attach a file to/ }).waitFor();
    } finally {
      await repPage.context().close();
    }
  });
});
