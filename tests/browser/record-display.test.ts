import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callApi, DESKTOP, launchChromium, openPage, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { type RapportServer, startRapport } from './support/rapport-server.ts';

/**
 * How customer records read once they hold real-world values: long names in a group of companies,
 * many tags, stages and custom field values. Each check looks at what is painted (a cut-off name, a
 * squeezed badge), which the other suites' text look-ups cannot see. Then which hit the header search
 * offers first.
 */

const GROUP = 'Bergnaum Holdings International';
const SUBSIDIARIES = [`${GROUP} Canada`, `${GROUP} United States`];
const TAGS = ['newsletter', 'beta-tester', 'champion', 'decision-maker', 'event-2024', 'trade-show'];

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startRapport({ readyWithinMs: 240_000 });
  browser = await launchChromium();
  page = await openPage(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const apiCall = <T>(route: string, body: object) =>
  callApi<T>(page, { url: server.url, csrfToken }, 'POST', route, body);

/**
 * Whether a text is painted cut: its own box or its parent's (a badge's) hides part of it, or it
 * spills out of its table cell.
 */
function isCut(text: Locator): Promise<boolean> {
  return text.evaluate((element) => {
    const boxes = [element, element.parentElement].filter((box) => box !== null);
    const hides = boxes.some(
      (box) => getComputedStyle(box).overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1,
    );
    const cell = element.closest('td');
    return (
      hides || (cell !== null && element.getBoundingClientRect().right > cell.getBoundingClientRect().right)
    );
  });
}

async function search(text: string): Promise<Locator> {
  const box = page.getByRole('textbox', { name: 'Search people and companies' });
  await box.fill(text);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await options.first().waitFor();
  return options;
}

describe('customer records read whole, whatever their values', () => {
  test('an admin adds a group of companies, people with many tags, and custom fields', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Northwind');
    const group = await apiCall<{ id: string }>('/companies', { name: GROUP, annualRevenue: 9_000_000 });
    ids.group = group.id;
    for (const name of SUBSIDIARIES)
      await apiCall('/companies', { name, parentId: group.id, annualRevenue: 1_500_000 });
    await apiCall('/custom-fields', { objectType: 'people', label: 'Seats', type: 'number' });
    await apiCall('/custom-fields', { objectType: 'people', label: 'Account notes', type: 'longText' });
    const deja = await apiCall<{ id: string }>('/people', {
      firstName: 'Deja',
      lastName: 'Aufderhar',
      companyId: group.id,
      email: 'deja.aufderhar@bergnaum-holdings-international.example',
      phone: '+33627477421',
      jobTitle: 'Head of Procurement',
      lifecycleStage: 'opportunity',
      tags: TAGS,
      customFields: { seats: 1500, accountNotes: 'Renewal in March.\nWants SSO first.' },
    });
    ids.deja = deja.id;

    // For the search: a company named as typed, and a person whose job title only begins the same words;
    // a name with the letters of "feil" in another order, added before the one spelt so.
    await apiCall('/companies', { name: 'Acme Corp' });
    await apiCall('/people', {
      firstName: 'Road',
      lastName: 'Runner',
      jobTitle: 'Buyer for Acme Corporation',
    });
    await apiCall('/people', { firstName: 'Leif', lastName: 'Sandberg' });
    await apiCall('/people', { firstName: 'Ronny', lastName: 'Feil' });
  });

  test('the hierarchy shows each company’s whole name, subsidiaries told apart', async () => {
    await page.goto(`${server.url}/companies/${ids.group}`);
    const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
    for (const name of [GROUP, ...SUBSIDIARIES]) {
      const shown = hierarchy.getByText(name, { exact: true });
      await shown.waitFor();
      expect(await isCut(shown), name).toBe(false);
    }
    await hierarchy.getByText('3 companies', { exact: false }).waitFor();
  });

  test('a stage badge reads whole in the company’s people, even on a phone', async () => {
    await page.setViewportSize(PHONE);
    const badge = page.getByRole('region', { name: 'People' }).getByText('Opportunity', { exact: true });
    await badge.waitFor();
    expect(await isCut(badge)).toBe(false);
    await page.setViewportSize(DESKTOP);
  });

  test('the person’s tags read whole in the profile', async () => {
    await page.goto(`${server.url}/people/${ids.deja}`);
    const profile = page.getByRole('region', { name: 'Profile' });
    for (const tag of TAGS) {
      const badge = profile.getByText(tag, { exact: true });
      await badge.waitFor();
      expect(await isCut(badge), tag).toBe(false);
    }
  });

  test('custom values read as written: a number with its thousands, a long text with its lines', async () => {
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('1,500', { exact: true }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as painted, line breaks included
    expect(await profile.getByText('Renewal in March.').innerText()).toBe(
      'Renewal in March.\nWants SSO first.',
    );
  });

  test('a phone number reads in groups, as its country writes it', async () => {
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByRole('link', { name: '+33 6 27 47 74 21' }).waitFor();
    expect(await profile.getByRole('link', { name: /^\+33 6/ }).getAttribute('href')).toBe(
      'tel:+33627477421',
    );
  });

  test('in the People list, the stage and the first tags read whole', async () => {
    await page.goto(`${server.url}/people`);
    const row = page
      .getByRole('table', { name: 'People' })
      .getByRole('row')
      .filter({ hasText: 'Deja Aufderhar' });
    const stage = row.getByText('Opportunity', { exact: true });
    await stage.waitFor();
    expect(await isCut(stage)).toBe(false);
    // The tags the cell has room for read whole; every tag is in its tooltip.
    for (const tag of TAGS.slice(0, 2))
      expect(await isCut(row.getByText(tag, { exact: true })), tag).toBe(false);
    expect(await row.getByTitle(TAGS.join(', ')).count()).toBe(1);
  });

  test('the header search offers its best hit first, whatever its kind, and Enter opens it', async () => {
    const options = await search('acme corp');
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Acme Corp');
    await page.getByRole('option', { name: 'Road Runner' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Acme Corp' }).waitFor();
  });

  test('a name spelt as typed comes before one with the same letters in another order', async () => {
    const options = await search('feil');
    await page.getByRole('option', { name: 'Leif Sandberg' }).waitFor();
    await expect(options.first().getAttribute('aria-label')).resolves.toBe('Ronny Feil');
  });
});
