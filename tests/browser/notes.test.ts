import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, SCREENSHOT_STYLE, sessionApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const MATE = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };
const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const PLACEHOLDER = 'Write a note… Type @ to mention a colleague';
/** What a web page or a word processor may put on the clipboard: a note keeps only the formatting. */
const PASTED_HTML =
  '<meta charset="utf-8"><p style="margin:40px">Quarterly call went <b>well</b>, <i>mostly</i>: ' +
  '<span style="color:red;font-size:48px" class="shout" onclick="window.__pwned=6">styled text</span>.</p>' +
  '<script>window.__pwned=4</script><img src="x" onerror="window.__pwned=5">' +
  '<p>See <a href="javascript:window.__pwned=3">the bad link</a> and ' +
  '<a href="https://example.com/agenda" style="color:red">the agenda</a>.</p><ul><li>Follow up</li></ul>';
/** Anything that styles, runs or loads in a note's HTML, which neither the editor nor the server keeps. */
const UNSAFE = 'script, img, [style], [class], [onclick], [onerror], a[href^="javascript:"]';

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
let personId = '';
let mateId = '';

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

/** Puts data on Chromium's clipboard (headless keeps its own) and pastes it with the keyboard. */
async function paste(items: Record<string, string>) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.evaluate(
    (data) =>
      navigator.clipboard.write([
        new ClipboardItem(
          Object.fromEntries(Object.entries(data).map(([type, text]) => [type, new Blob([text], { type })])),
        ),
      ]),
    items,
  );
  await page.keyboard.press('ControlOrMeta+V');
}

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

const timeline = () => page.getByRole('region', { name: 'Timeline' });
const editor = () => timeline().getByRole('textbox', { name: 'Add a note' });
const notes = () => timeline().getByRole('article', { name: 'Note' });

describe('notes: rich text with @mentions', () => {
  test('a workspace with two members and a customer', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');

    mateId = (await apiCall<{ id: string }>('POST', '/users', { ...MATE, role: 'sales' })).id;
    personId = (await apiCall<{ id: string }>('POST', '/people', { firstName: 'John', lastName: 'Smith' }))
      .id;
    // A note from before rich text: plain text only, whose markup-like text is text.
    await apiCall('POST', '/activities', {
      type: 'note',
      body: 'Old note, line one\nline two <b>not bold</b>',
      personIds: [personId],
    });
  });

  test('a plain-text note from before still reads as it was written', async () => {
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();
    const old = notes().filter({ hasText: 'Old note' });
    await old.waitFor();
    await expect(old.textContent()).resolves.toContain('Old note, line one\nline two <b>not bold</b>');
    await expect(old.locator('b').count()).resolves.toBe(0);
  });

  test('the empty editor says what to write until something is written', async () => {
    const empty = editor().locator('p.is-editor-empty');
    await expect(empty.getAttribute('data-placeholder')).resolves.toBe(PLACEHOLDER);
    await expect(empty.evaluate((p) => getComputedStyle(p, '::before').content)).resolves.toBe(
      `"${PLACEHOLDER}"`,
    );
    await editor().click();
    await page.keyboard.type('x');
    await expect(editor().locator('.is-editor-empty').count()).resolves.toBe(0);
    await page.keyboard.press('Backspace');
    await empty.waitFor();
  });

  test('a note with bold, a list and an @mention chosen by keyboard lands in the timeline', async () => {
    await editor().click();
    await timeline().getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('Renewal at risk');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(', ask ');
    await page.keyboard.type('@');
    const list = page.getByRole('listbox', { name: 'Members to mention' });
    await list.getByRole('option', { name: /Ada Lovelace/ }).waitFor();
    await expect(
      list.getByRole('option', { name: /Ada Lovelace/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(
      list.getByRole('option', { name: /Grace Hopper/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS, 'notes-mention-list.png'), animations: 'disabled' });
    await page.keyboard.press('Enter');
    await list.waitFor({ state: 'detached' });
    await page.keyboard.type('to call him.');
    await page.keyboard.press('Enter');
    await timeline().getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Send the new quote');
    await timeline().getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added.').waitFor();

    const note = notes().filter({ hasText: 'Renewal at risk' });
    await note.locator('strong', { hasText: 'Renewal at risk' }).waitFor();
    const chip = note.locator(`span[data-mention="${mateId}"]`);
    await expect(chip.textContent()).resolves.toBe('@Grace Hopper');
    const chipBackground = await chip.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(chipBackground).not.toBe('rgba(0, 0, 0, 0)');
    await note.locator('ul li', { hasText: 'Send the new quote' }).waitFor();
    await expect(editor().textContent()).resolves.toBe('');
    await page.screenshot({
      path: path.join(ARTIFACTS, 'notes-mention.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });

    const saved = await apiCall<{ data: { bodyHtml: string | null }[] }>(
      'GET',
      `/people/${personId}/timeline?type=note`,
    );
    expect(saved.data[0]?.bodyHtml).toContain(`<span data-mention="${mateId}">@Grace Hopper</span>`);
    expect(saved.data[0]?.bodyHtml).toContain('<strong>Renewal at risk</strong>');
  });

  test('the mentioned member finds a notification', async () => {
    const context = await browser.newContext();
    try {
      const signIn = await context.request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email: MATE.email, password: MATE.password },
      });
      expect(signIn.status()).toBe(200);
      const response = await context.request.get(`${server.url}/api/v1/notifications`);
      expect(response.status()).toBe(200);
      const { data } = (await response.json()) as {
        data: { kind: string; title: string; body: string | null; recordId: string | null }[];
      };
      expect(data).toHaveLength(1);
      expect(data[0]).toMatchObject({
        kind: 'mention',
        title: `${ADMIN.name} mentioned you in a note`,
        recordId: personId,
      });
      expect(data[0]?.body).toContain('@Grace Hopper');

      // In the app: the bell counts it; opened, it leads to John Smith and counts as read.
      const mate = await context.newPage();
      await mate.goto(server.url);
      const bell = (unread: number) =>
        mate.getByRole('button', {
          name: unread > 0 ? `Notifications, ${unread} unread` : 'Notifications',
          exact: true,
        });
      await bell(1).click();
      await mate.getByRole('button', { name: `Unread: ${ADMIN.name} mentioned you in a note` }).click();
      await mate.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();
      expect(new URL(mate.url()).pathname).toBe(`/people/${personId}`);
      await bell(0).waitFor();

      // A note that mentions her while her page is open rings at once, no reload.
      await apiCall('POST', '/activities', {
        type: 'note',
        bodyHtml: `<p>Again, <span data-mention="${mateId}">@Grace Hopper</span></p>`,
        personIds: [personId],
      });
      await bell(1).waitFor({ timeout: 10_000 });
      await bell(1).click();
      await mate.getByRole('button', { name: 'Mark all as read' }).click();
      await bell(0).waitFor();
      await mate
        .getByRole('button', { name: `${ADMIN.name} mentioned you in a note` })
        .first()
        .waitFor();

      // Older ones come a page at a time.
      for (let i = 0; i < 20; i++)
        await apiCall('POST', '/activities', {
          type: 'note',
          bodyHtml: `<p>Ping ${i} <span data-mention="${mateId}">@Grace Hopper</span></p>`,
          personIds: [personId],
        });
      await mate.reload();
      await bell(20).click();
      const listed = mate.getByRole('list', { name: 'Your notifications' }).getByRole('listitem');
      await expect.poll(() => listed.count()).toBe(20);
      await mate.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => listed.count()).toBe(22);
    } finally {
      await context.close();
    }
    // The author mentioned someone else and is told nothing.
    const own = await apiCall<{ data: unknown[] }>('GET', '/notifications');
    expect(own.data).toHaveLength(0);
  });

  test('markup typed into the editor is shown as text and never runs', async () => {
    await editor().click();
    await page.keyboard.type(XSS);
    await timeline().getByRole('button', { name: 'Add note' }).click();
    const note = notes().filter({ hasText: 'onerror' });
    await note.waitFor();
    await expect(note.locator('.note-body').textContent()).resolves.toBe(XSS);
    await expect(note.locator('img, script').count()).resolves.toBe(0);
    // An <img onerror> would have fired by now; give it a moment all the same.
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBe(
      undefined,
    );
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  });

  test('pasted HTML keeps only the formatting a note keeps, and nothing that runs', async () => {
    await editor().click();
    await paste({ 'text/html': PASTED_HTML, 'text/plain': 'Quarterly call went well' });
    await editor().locator('strong', { hasText: 'well' }).waitFor();
    await expect(editor().locator('em', { hasText: 'mostly' }).count()).resolves.toBe(1);
    await expect(editor().locator('a[href="https://example.com/agenda"]').count()).resolves.toBe(1);
    await expect(editor().locator('a', { hasText: 'the bad link' }).count()).resolves.toBe(0);
    await expect(editor().locator('span', { hasText: 'styled text' }).count()).resolves.toBe(0);
    await expect(editor().locator('script, img, [onclick], [onerror]').count()).resolves.toBe(0);
    await timeline().getByRole('button', { name: 'Add note' }).click();

    const body = notes().filter({ hasText: 'Quarterly call' }).locator('.note-body');
    await body.waitFor();
    await expect(body.textContent()).resolves.toBe(
      'Quarterly call went well, mostly: styled text.See the bad link and the agenda.Follow up',
    );
    await expect(body.locator('strong', { hasText: 'well' }).count()).resolves.toBe(1);
    await expect(body.locator('ul li', { hasText: 'Follow up' }).count()).resolves.toBe(1);
    const agenda = body.locator('a[href="https://example.com/agenda"]');
    await expect(agenda.getAttribute('rel')).resolves.toBe('noopener noreferrer nofollow');
    await expect(body.locator(UNSAFE).count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await expect(pwned()).resolves.toBe(undefined);
    const saved = await apiCall<{ data: { bodyHtml: string | null }[] }>(
      'GET',
      `/people/${personId}/timeline?type=note`,
    );
    expect(saved.data[0]?.bodyHtml).not.toMatch(/script|onerror|onclick|javascript:|style=|class=|<img/);
  });

  test('HTML sent past the editor is sanitised by the server before anyone sees it', async () => {
    await apiCall('POST', '/activities', {
      type: 'note',
      bodyHtml: PASTED_HTML.replace('Quarterly call', 'Straight from the API:'),
      personIds: [personId],
    });
    await page.reload();
    const body = notes().filter({ hasText: 'Straight from the API' }).locator('.note-body');
    await body.waitFor();
    await expect(body.locator('b', { hasText: 'well' }).count()).resolves.toBe(1);
    await expect(body.locator('span', { hasText: 'styled text' }).getAttribute('style')).resolves.toBe(null);
    await expect(body.locator('a', { hasText: 'the bad link' }).getAttribute('href')).resolves.toBe(null);
    await expect(body.locator(UNSAFE).count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await expect(pwned()).resolves.toBe(undefined);
  });

  test('pasted plain text keeps its lines as paragraphs, and its markup as text', async () => {
    await editor().click();
    await paste({ 'text/plain': 'Agenda for Monday\nPricing\r\n\nNext steps <b>tbd</b>' });
    const lines = ['Agenda for Monday', 'Pricing', 'Next steps <b>tbd</b>'];
    await editor().locator('p', { hasText: 'Next steps' }).waitFor();
    await expect(editor().locator('p').allTextContents()).resolves.toEqual(lines);
    await timeline().getByRole('button', { name: 'Add note' }).click();

    const body = notes().filter({ hasText: 'Agenda for Monday' }).locator('.note-body');
    await body.waitFor();
    await expect(body.locator('p').allTextContents()).resolves.toEqual(lines);
    await expect(body.locator('b').count()).resolves.toBe(0);
    const saved = await apiCall<{ data: { bodyHtml: string | null }[] }>(
      'GET',
      `/people/${personId}/timeline?type=note`,
    );
    expect(saved.data[0]?.bodyHtml).toBe(
      '<p>Agenda for Monday</p><p>Pricing</p><p>Next steps &lt;b&gt;tbd&lt;/b&gt;</p>',
    );
  });

  test('a note added while the timeline shows only calls clears the filter, and shows', async () => {
    await apiCall('POST', '/activities', {
      type: 'call',
      direction: 'outbound',
      subject: 'Pricing call',
      personIds: [personId],
    });
    await page.reload();
    const types = timeline().getByRole('combobox', { name: 'Show only these types' });
    await types.click();
    await page.getByRole('option', { name: 'Call', exact: true }).click();
    await page.keyboard.press('Escape');
    await notes().first().waitFor({ state: 'detached' });
    await timeline().getByRole('article', { name: /^Call/ }).waitFor();

    await editor().click();
    await page.keyboard.type('Sent the pricing after the call');
    await timeline().getByRole('button', { name: 'Add note' }).click();
    await notes().filter({ hasText: 'Sent the pricing after the call' }).waitFor();
    await expect(types.getAttribute('placeholder')).resolves.toBe('All types');
    await timeline().getByRole('article', { name: /^Call/ }).waitFor();
  });
});
