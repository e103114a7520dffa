import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { searchHeader } from './support/header-search.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * How customer records read once they hold real-world values: long names in a group of companies,
 * many tags, stages and custom field values. Each check looks at what is painted (a cut-off name, a
 * squeezed badge), which the other suites' text look-ups cannot see. Then how the pages around them
 * read (a record that is not there, the duplicate review, an order in the history), and which hit the
 * header search offers first, and opens.
 */

const GROUP = 'Bergnaum Holdings International';
const SUBSIDIARIES = [`${GROUP} Canada`, `${GROUP} United States`];
const TAGS = ['newsletter', 'beta-tester', 'champion', 'decision-maker', 'event-2024', 'trade-show'];

let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

/**
 * Whether a text is painted cut: its own box or its parent's (a badge's) hides part of it (a line
 * clamped away too), or it spills out of its table cell.
 */
function isCut(text: Locator): Promise<boolean> {
  return text.evaluate((element) => {
    const boxes = [element, element.parentElement].filter((box) => box !== null);
    const hides = boxes.some((box) => {
      const style = getComputedStyle(box);
      return (
        (style.overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1) ||
        (style.overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 1)
      );
    });
    const cell = element.closest('td');
    return (
      hides || (cell !== null && element.getBoundingClientRect().right > cell.getBoundingClientRect().right)
    );
  });
}

const search = (text: string) => searchHeader(page, text);

describe('customer records read whole, whatever their values', () => {
  test('an admin adds a group of companies, people with many tags, and custom fields', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Northwind');
    const group = await apiCall<{ id: string }>('POST', '/companies', {
      name: GROUP,
      annualRevenue: 9_000_000,
    });
    ids.group = group.id;
    for (const name of SUBSIDIARIES)
      await apiCall('POST', '/companies', { name, parentId: group.id, annualRevenue: 1_500_000 });
    await apiCall('POST', '/custom-fields', { objectType: 'people', label: 'Seats', type: 'number' });
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Account notes',
      type: 'longText',
    });
    const deja = await apiCall<{ id: string }>('POST', '/people', {
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
      .getByRole('grid', { name: 'People' })
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

  test('scrolled sideways, the list keeps each row’s box and name in view, above the cells passing under', async () => {
    const area = page.getByRole('region', { name: 'People, scrollable' });
    const sideways = await area.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(sideways).toBeGreaterThan(0);
    // A shade at the right edge says more columns are that way (a cell cut there read as a broken page).
    const shade = page.locator('.more-to-the-right');
    await shade.waitFor();
    const rightEdge = async (element: Locator) => {
      const box = await element.boundingBox();
      return box ? box.x + box.width : Number.NaN;
    };
    // Against the edge, beside the vertical scroll bar if one is drawn.
    const gap = (await rightEdge(area)) - (await rightEdge(shade));
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(20);
    await area.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await shade.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'Deja Aufderhar' });
    const name = row.getByRole('link', { name: 'Deja Aufderhar' });
    // What is painted at the name's place is the name, not a cell scrolled over it.
    const [areaBox, nameBox] = await Promise.all([area.boundingBox(), name.boundingBox()]);
    const offset = nameBox && areaBox ? nameBox.x - areaBox.x : -1;
    expect(offset).toBeGreaterThanOrEqual(44);
    expect(offset).toBeLessThan(60);
    const onTop = await name.evaluate((link) => {
      const box = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(box.x + 5, box.y + box.height / 2));
    });
    expect(onTop).toBe(true);
    const box = row.getByRole('checkbox', { name: 'Select Deja Aufderhar' });
    await box.click();
    await expect(box.isChecked()).resolves.toBe(true);
    await box.click();
    await area.evaluate((element) => element.scrollTo({ left: 0 }));
    await shade.waitFor();
  });

  test('the Companies list fits a 1280-pixel screen as it first opens', async () => {
    await page.goto(`${server.url}/companies`);
    const area = page.getByRole('region', { name: 'Companies, scrollable' });
    await area.getByRole('link', { name: GROUP, exact: true }).waitFor();
    await expect(area.evaluate((element) => element.scrollWidth - element.clientWidth)).resolves.toBe(0);
    expect(await page.locator('.more-to-the-right').count()).toBe(0);
  });

  test('ticked under Columns, a company’s parent reads by name and leads to it, its revenue as money', async () => {
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Parent company' }).check();
    await page.getByRole('checkbox', { name: 'Annual revenue' }).check();
    await page.keyboard.press('Escape');
    const row = page.getByRole('row').filter({ hasText: SUBSIDIARIES[0] });
    // In the workspace's currency, whole, as on the company's profile.
    await row.getByRole('gridcell', { name: '$1,500,000', exact: true }).waitFor();
    await row.getByRole('link', { name: GROUP, exact: true }).click();
    await page.waitForURL(`${server.url}/companies/${ids.group}`);
    await page.goto(`${server.url}/companies`);
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Parent company' }).uncheck();
    await page.getByRole('checkbox', { name: 'Annual revenue' }).uncheck();
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/people`);
  });

  test('a cell too narrow for its value ends in an ellipsis and reads whole on hover', async () => {
    const row = page.getByRole('row').filter({ hasText: 'Deja Aufderhar' });
    for (const value of ['deja.aufderhar@bergnaum-holdings-international.example', GROUP]) {
      const cell = row.getByRole('gridcell').filter({ has: page.getByText(value, { exact: true }) });
      const painted = await cell.evaluate((td) => ({
        cut: td.scrollWidth > td.clientWidth,
        ending: getComputedStyle(td).textOverflow,
      }));
      expect(painted, value).toEqual({ cut: true, ending: 'ellipsis' });
      await cell.hover();
      expect(await cell.getAttribute('title'), value).toBe(value);
    }
    // A value that fits has no tooltip to repeat it.
    const stage = row.getByRole('gridcell').filter({ hasText: 'Opportunity' });
    await stage.hover();
    expect(await stage.getAttribute('title')).toBeNull();
  });

  test('by keyboard, the arrows move from cell to cell, and a cut one reads whole in a tip', async () => {
    const table = page.getByRole('grid', { name: 'People' });
    const row = table.getByRole('row').filter({ hasText: 'Deja Aufderhar' });
    const email = 'deja.aufderhar@bergnaum-holdings-international.example';
    const focused = () =>
      page.evaluate(() => {
        const cell = document.activeElement?.closest('td');
        return { text: cell?.textContent ?? null, own: document.activeElement === cell };
      });
    const tip = page.locator('[data-cut-cell-tip]');

    await row.getByRole('link', { name: 'Deja Aufderhar' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ text: email, own: true });
    await tip.waitFor();
    expect(await tip.textContent()).toBe(email);
    // Shown whole, below the cell and at least as wide as it.
    const [cellBox, tipBox] = await Promise.all([
      row.getByRole('gridcell').filter({ hasText: email }).boundingBox(),
      tip.boundingBox(),
    ]);
    expect(tipBox && cellBox && tipBox.y >= cellBox.y + cellBox.height - 1).toBe(true);
    expect(await tip.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);

    // A value that fits has no tip; Home goes to the row's checkbox, Enter on the name opens the person.
    await page.keyboard.press('ArrowRight');
    expect((await focused()).text).toBe(GROUP);
    await page.keyboard.press('ArrowRight');
    expect((await focused()).text).not.toBe(GROUP);
    await tip.waitFor({ state: 'detached' });
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.dataset.column)).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/people/${ids.deja}`);
    await page.goBack();
    await table.waitFor();
  });

  test('an internationalised e-mail and domain read as people write them, wherever they show', async () => {
    const company = await apiCall<{ id: string; domain: string }>('POST', '/companies', {
      name: 'Stadtwerke München',
      domain: 'münchen.de',
    });
    expect(company.domain).toBe('xn--mnchen-3ya.de');
    const person = await apiCall<{ id: string }>('POST', '/people', {
      firstName: 'Jörg',
      lastName: 'Müller',
      email: 'jörg@müller.de',
      companyId: company.id,
    });
    await page.goto(`${server.url}/people/${person.id}`);
    await page
      .getByRole('region', { name: 'Profile' })
      .getByRole('link', { name: /jörg@müller\.de/ })
      .waitFor();
    await page.goto(`${server.url}/companies/${company.id}`);
    await page.getByRole('region', { name: 'Profile' }).getByText('münchen.de', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'People' })
      .getByText(/jörg@müller\.de/)
      .waitFor();
    expect(await page.getByText(/xn--/).count()).toBe(0);
  });

  test('a person or company that is not there says so and leads back to its list, with nothing to retry', async () => {
    const nobody = '01930f6e-8f3a-7c41-9d2e-5b7a1c0d3e4f';
    for (const [path, said, list] of [
      ['people', 'No such person.', 'People'],
      ['companies', 'No such company.', 'Companies'],
    ] as const) {
      await page.goto(`${server.url}/${path}/${nobody}`);
      const alert = page.getByRole('alert').filter({ hasText: said });
      await alert.waitFor();
      expect(await alert.getByRole('button', { name: 'Try again' }).count(), path).toBe(0);
      await alert.getByRole('link', { name: `Back to ${list}` }).click();
      await page.getByRole('grid', { name: list }).waitFor();
    }
  });

  test('the duplicate review names a source as the profile does', async () => {
    const twin = { firstName: 'Deja', lastName: 'Aufderhar', email: 'deja@bergnaum.example', source: 'demo' };
    const demo = await apiCall<{ id: string }>('POST', '/people', twin);
    await page.goto(`${server.url}/duplicates/people/${ids.deja}/${demo.id}`);
    const compare = page.getByRole('table', { name: 'Compare fields' });
    await compare.getByRole('radio', { name: 'Keep Source: Demo', exact: true }).waitFor();
    await page.goto(`${server.url}/people/${demo.id}`);
    await page.getByRole('region', { name: 'Profile' }).getByText('Demo', { exact: true }).waitFor();
  });

  test('an order in the history reads its amount as the Orders card does', async () => {
    await apiCall('POST', '/orders', {
      externalId: 'SHOP-8231',
      personId: ids.deja,
      orderedAt: '2026-01-15T10:00:00Z',
      currency: 'USD',
      lines: [{ sku: 'SEATS', quantity: 1, unitPrice: 8231 }],
    });
    await page.goto(`${server.url}/people/${ids.deja}`);
    await page.getByText('$8,231.00', { exact: true }).first().waitFor();
    await page.getByRole('article', { name: 'Order SHOP-8231: $8,231.00' }).waitFor();
  });

  test('the company page shows its open deals, its people’s tickets, orders and last contact, live', async () => {
    await apiCall('POST', '/orders', {
      externalId: 'GROUP-1',
      companyId: ids.group,
      personId: ids.deja,
      orderedAt: '2026-02-01T10:00:00Z',
      currency: 'USD',
      lines: [{ sku: 'SEATS', quantity: 3, unitPrice: 1000, unitCost: 400 }],
    });
    await apiCall('POST', '/tickets', { subject: 'SSO does not sign me in', requesterId: ids.deja });
    await apiCall('POST', '/activities', {
      type: 'call',
      direction: 'outbound',
      subject: 'Renewal call',
      personIds: [ids.deja],
    });
    await page.goto(`${server.url}/companies/${ids.group}`);
    const orders = page.getByRole('region', { name: 'Orders and revenue' });
    // Deja's order of the earlier test counts too: an order without a company is her company's.
    await orders.getByText('2 orders', { exact: false }).waitFor();
    await orders.getByText('$11,231.00', { exact: true }).waitFor();
    await orders.getByText('GROUP-1', { exact: false }).waitFor();
    // That order's line has no cost, so the margin is not known, rather than its whole amount.
    expect(await orders.getByText('margin', { exact: false }).count()).toBe(0);
    const tickets = page.getByRole('region', { name: 'Tickets' });
    await tickets.getByText('SSO does not sign me in', { exact: false }).waitFor();
    await tickets.getByText('Deja Aufderhar · Normal priority', { exact: false }).waitFor();
    expect(await isCut(tickets.getByText('New', { exact: true }))).toBe(false);
    const lastContact = page.getByRole('region', { name: 'Last contact' });
    await lastContact.getByRole('link', { name: 'Deja Aufderhar' }).waitFor();
    const deals = page.getByRole('region', { name: 'Open deals' });
    await deals.getByText('No open deal.').waitFor();
    // Written elsewhere while the page is open: the card follows without a reload.
    await apiCall('POST', '/deals', { name: 'Group-wide renewal', amount: 42_000, companyId: ids.group });
    await deals.getByText('Group-wide renewal').waitFor();
    await deals.getByText('$42,000.00', { exact: true }).waitFor();
    // Named after the company, as deals often are: on its page the name reads without the company,
    // whose long name would otherwise push the part that differs out of the card's two lines.
    const named = `${GROUP} – Seats for the support team`;
    await apiCall('POST', '/deals', { name: named, amount: 900, companyId: ids.group });
    const title = deals.getByText('Seats for the support team', { exact: true });
    await title.waitFor();
    expect(await title.getAttribute('title')).toBe(named);
    expect(await isCut(title)).toBe(false);
    // Two deals of one product say whose each is, at the end of a name that reads whole beside the
    // company's profile at 1280 px, on a wider screen and on a tablet too: the cards' row follows its
    // own width, not the window's, so three cards do not share 700 pixels, nor two 500.
    const whose = 'Northwind Enterprise licence (annual) – Deja Aufderhar';
    await apiCall('POST', '/deals', { name: whose, amount: 31_254.5, companyId: ids.group });
    for (const width of [820, DESKTOP.width, 1440]) {
      await page.setViewportSize({ ...DESKTOP, width });
      await expect
        .poll(() => isCut(deals.getByText(whose, { exact: true })), { message: `at ${width}` })
        .toBe(false);
      // An order's amount is on its order's line, not wrapped down beside the next order's date.
      const [date, amount] = await Promise.all([
        orders.getByText('GROUP-1', { exact: false }).boundingBox(),
        orders.getByText('$3,000.00', { exact: true }).boundingBox(),
      ]);
      expect(Math.abs((amount?.y ?? 0) - (date?.y ?? 100)), `at ${width}`).toBeLessThan(4);
    }
    await page.setViewportSize(DESKTOP);
  });

  test('on a phone the search results take the screen’s width, and long names read whole', async () => {
    await page.setViewportSize(PHONE);
    await search('bergnaum canada');
    const canada = `${GROUP} Canada`;
    const option = page.getByRole('option', { name: canada });
    await option.waitFor();
    // The dropdown around the list of hits.
    const results = await page
      .getByRole('listbox', { name: 'Search results' })
      .locator('xpath=..')
      .boundingBox();
    expect(results?.width).toBeGreaterThanOrEqual(Math.min(PHONE.width - 16, 420));
    expect(results?.x).toBeGreaterThanOrEqual(0);
    expect((results?.x ?? 0) + (results?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    expect(await isCut(option.getByText(canada, { exact: true }))).toBe(false);
    // While it has the focus the box covers the header, and what was typed reads whole.
    const box = page.getByRole('textbox', { name: 'Search people and companies' });
    expect((await box.boundingBox())?.width).toBeGreaterThanOrEqual(PHONE.width - 64);
    expect(await box.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await page.keyboard.press('Escape');
    // Back in the header, beside the burger it covered.
    const burger = await page.getByRole('button', { name: 'Open navigation' }).boundingBox();
    await expect
      .poll(async () => (await box.boundingBox())?.x)
      .toBeGreaterThanOrEqual((burger?.x ?? 0) + (burger?.width ?? 0));
    await page.setViewportSize(DESKTOP);
  });
});
