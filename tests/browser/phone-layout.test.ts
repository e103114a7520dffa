import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, DESKTOP, PHONE, SCREENSHOT_STYLE } from './support/chromium.ts';
import { expectInPhoneView } from './support/phone-fit.ts';
import type { DemoLogin, RapportServer } from './support/rapport-server.ts';
import { type DemoSuite, demoSuite } from './support/suite.ts';

/**
 * The people and companies lists and a record's page at 390 px, on the demo workspace: a list row is a
 * card (the name, the view's next two columns under it) in a page that never scrolls sideways; a tap,
 * its checkbox and the keyboard still work on it, and the order is picked from the phone's own list. A
 * record page's jump links reach its timeline, far below the cards, at once. At 1280 px the list keeps
 * its columns and the links are not shown.
 */

let server: RapportServer;
let page: Page;
let login: DemoLogin;
let api: DemoSuite['api'];

demoSuite('phone', (suite) => {
  ({ server, page, login, api } = suite);
});

interface Listed {
  id: string;
  name: string;
  email: string | null;
}

const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The grid's first record row, once the list has come (its header is row 1). */
async function firstRow(grid: Locator): Promise<Locator> {
  const row = grid.locator('tbody tr[aria-rowindex="2"]');
  await row.waitFor();
  return row;
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({
    path: path.join(ARTIFACTS, name),
    animations: 'disabled',
    style: SCREENSHOT_STYLE,
  });
}

describe('a phone’s lists and record pages', () => {
  test('the demo’s admin signs in', async () => {
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'E-mail' }).fill(login.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.setViewportSize(PHONE);
  });

  test('the people and companies lists fit the screen, each row a card', async () => {
    for (const [address, title, newButton] of [
      ['/people', 'People', 'New person'],
      ['/companies', 'Companies', 'New company'],
    ] as const) {
      await page.goto(`${server.url}${address}`);
      const grid = page.getByRole('grid', { name: title });
      const row = await firstRow(grid);
      // The selection box and the card: the name with the view's next columns under it.
      await expect.poll(() => grid.getAttribute('aria-colcount')).toBe('2');
      expect(await overflow(), address).toBeLessThanOrEqual(0);
      const scroller = page.getByRole('region', { name: `${title}, scrollable` });
      expect(
        await scroller.evaluate((box) => box.scrollWidth - box.clientWidth),
        address,
      ).toBeLessThanOrEqual(0);
      const toolbar = ['Filter', 'Columns', 'Export', newButton].map((name) =>
        page.getByRole('button', { name, exact: true }),
      );
      await expectInPhoneView(row.getByRole('checkbox'), row.getByRole('link').first(), ...toolbar);
      await shoot(`phone-list${address.replace('/', '-')}.png`);
    }
  });

  test('a person’s card reads their e-mail under the name, and a tap on it opens them', async () => {
    const [first] = (await api<{ data: Listed[] }>('/people?limit=1&sort=-updatedAt')).data;
    if (!first?.email) throw new Error('the demo’s newest person has no e-mail');
    await page.goto(`${server.url}/people`);
    const row = await firstRow(page.getByRole('grid', { name: 'People' }));
    await row.getByRole('link', { name: first.name }).waitFor();
    await row.getByText(first.email).waitFor();
    // Beside the e-mail, away from the name's own link: the whole card opens the person.
    const card = row.locator('td[data-column="1"]');
    const box = await card.boundingBox();
    if (!box) throw new Error('the card is not shown');
    await card.click({ position: { x: box.width - 12, y: box.height / 2 } });
    await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${first.id}`);
  });

  test('a card’s checkbox selects its record', async () => {
    await page.goto(`${server.url}/people`);
    const row = await firstRow(page.getByRole('grid', { name: 'People' }));
    await row.getByRole('checkbox').check();
    await page.getByText('1 person selected').waitFor();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/people');
    await row.getByRole('checkbox').uncheck();
    await page.getByText('1 person selected').waitFor({ state: 'detached' });
  });

  test('the cards are walked by keyboard: the arrows, Space selects, Enter opens', async () => {
    await page.goto(`${server.url}/people`);
    const grid = page.getByRole('grid', { name: 'People' });
    await firstRow(grid);
    // The toolbar's last control on a phone is the order's picker: the grid is the next Tab stop.
    await page.getByRole('combobox', { name: 'Sort by' }).focus();
    await page.keyboard.press('Tab');
    const place = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement | null;
        return `${cell?.dataset.row}:${cell?.dataset.column}`;
      });
    expect(await place()).toBe('1:1');
    await page.keyboard.press('ArrowDown');
    expect(await place()).toBe('2:1');
    // Past the card there is no column to go to: the grid has two.
    await page.keyboard.press('ArrowRight');
    expect(await place()).toBe('2:1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    const second = grid.locator('tbody tr[aria-rowindex="3"]');
    expect(await second.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    const name = await second.getByRole('link').first().textContent();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: name ?? '' }).waitFor();
  });

  test('with no column headers to sort by, the order is picked from the phone’s own list', async () => {
    const [first] = (await api<{ data: Listed[] }>('/people?limit=1&sort=lastName')).data;
    await page.goto(`${server.url}/people`);
    const grid = page.getByRole('grid', { name: 'People' });
    await firstRow(grid);
    const order = page.getByRole('combobox', { name: 'Sort by' });
    await expectInPhoneView(order);
    expect(await order.inputValue()).toBe('-updatedAt');
    await order.selectOption({ label: 'Name (ascending)' });
    await (await firstRow(grid)).getByRole('link', { name: first?.name ?? '' }).waitFor();
    expect(await grid.getByRole('columnheader', { name: 'Sort by Name' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  test('a person’s Timeline link brings their history into view, and the focus to it', async () => {
    const [person] = (await api<{ data: Listed[] }>('/people?limit=1&sort=-updatedAt')).data;
    await expectJumpToTimeline(`/people/${person?.id}`, person?.name ?? '');
    await shoot('phone-person-timeline.png');
  });

  test('a company’s Timeline link does the same, while the cards above it are still coming', async () => {
    const [company] = (await api<{ data: Listed[] }>('/companies?limit=1')).data;
    // Its deals, tickets and orders, and its people, are read beside the company: held back here, they
    // come while the page scrolls, and push the timeline down past where the scroll was aimed.
    const late = /\/api\/v1\/(companies\/[^/]+\/overview|people\?)/;
    await page.route(late, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.fallback();
    });
    try {
      await expectJumpToTimeline(`/companies/${company?.id}`, company?.name ?? '');
      await page.getByRole('heading', { level: 2, name: 'Open deals' }).waitFor({ state: 'attached' });
    } finally {
      await page.unroute(late);
    }
  });

  test('a record whose words are longer than the screen still fits it: its page, history, search results', async () => {
    const word = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(3);
    const company = await api<{ id: string }>('/companies', {
      name: `${word} Holdings`,
      domain: `${'a'.repeat(60)}.example`,
    });
    const person = await api<{ id: string }>('/people', {
      firstName: word,
      jobTitle: `Chief ${word} Officer`,
      companyId: company.id,
      tags: ['tag'.repeat(30)],
    });
    for (const address of [`/people/${person.id}`, `/companies/${company.id}`]) {
      await page.goto(`${server.url}${address}`);
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      const card = address.startsWith('/people') ? 'Companies' : 'People';
      await page.getByRole('heading', { level: 2, name: card }).waitFor();
      await expect.poll(overflow, { message: `${address} scrolls sideways` }).toBeLessThanOrEqual(0);
    }
    await page.goto(`${server.url}/people/${person.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    await page
      .getByText(/created the person/)
      .first()
      .waitFor();
    await expect.poll(overflow, { message: 'the history scrolls sideways' }).toBeLessThanOrEqual(0);
    await page.goto(`${server.url}/search?q=${word.slice(0, 20)}`);
    await page
      .getByRole('link', { name: `${word} Holdings` })
      .first()
      .waitFor();
    await expect.poll(overflow, { message: 'the search results scroll sideways' }).toBeLessThanOrEqual(0);
  });

  test('at 1280 px the list keeps its columns and the record page its two, without jump links', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/people`);
    const grid = page.getByRole('grid', { name: 'People' });
    const row = await firstRow(grid);
    // The selection box and the default columns: name, e-mail, company, stage, owner, tags, updated.
    await expect.poll(() => grid.getAttribute('aria-colcount')).toBe('8');
    await grid.getByRole('button', { name: 'Sort by E-mail' }).waitFor();
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Jump to a section' }).isVisible()).toBe(false);
  });
});

/**
 * The record's page at phone width: the timeline starts below the first screen; its jump link scrolls it
 * under the app's header, whole heading in sight, and gives its heading the focus.
 */
async function expectJumpToTimeline(address: string, name: string): Promise<void> {
  await page.goto(`${server.url}${address}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const heading = page.getByRole('heading', { level: 2, name: 'Timeline' });
  await heading.waitFor();
  const before = await heading.boundingBox();
  expect(before?.y, 'the timeline starts on the first screen already').toBeGreaterThan(PHONE.height);
  const jumps = page.getByRole('navigation', { name: 'Jump to a section' });
  await expectInPhoneView(jumps.getByRole('link', { name: 'Timeline' }));
  await jumps.getByRole('link', { name: 'Timeline' }).click();
  // Scrolled smoothly: within a moment it stands still at the top, below the app's 60-pixel header,
  // even when the history is short or its next entries come only as its end shows.
  let was = Number.NaN;
  await expect
    .poll(
      async () => {
        const y = (await heading.boundingBox())?.y ?? Number.NaN;
        const still = y === was;
        was = y;
        return still && y >= 60 && y <= 120;
      },
      { timeout: 5000 },
    )
    .toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Timeline');
  expect(new URL(page.url()).pathname).toBe(address);
}
