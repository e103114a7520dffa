import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A filtered list says what it is filtered by, under its toolbar, as chips in words ("Country is
 * France"): each removable, all cleared at once, each opening the builder. A chip removed is a step
 * that Back undoes, whenever Back is pressed. A column ticked under Columns joins at the far right and
 * is scrolled into view.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const PEOPLE = [
  { firstName: 'Amélie', lastName: 'Martin', tags: ['vip'], addresses: [{ country: 'FR' }] },
  { firstName: 'Luc', lastName: 'Bernard', addresses: [{ country: 'FR' }] },
  { firstName: 'Hans', lastName: 'Müller', tags: ['vip'], addresses: [{ country: 'DE' }] },
];
const EVERYONE = ['Amélie Martin', 'Luc Bernard', 'Hans Müller'];

const table = () => page.getByRole('grid', { name: 'People' });
const listed = () => table().locator('tbody tr td:nth-child(2) a').allTextContents();
const activeFilters = () => page.getByRole('group', { name: 'Active filters' });
/** The chips by their remove buttons' names: "Remove filter Country is France". */
const chipNames = () =>
  activeFilters()
    .getByRole('button', { name: /^Remove filter / })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));

/** Chips right after opening a page wait for the app, the list and the names they show to load. */
const AFTER_LOAD = { timeout: 10_000 };

async function expectListed(names: string[]): Promise<void> {
  await expect.poll(async () => (await listed()).sort(), AFTER_LOAD).toEqual([...names].sort());
}

const linkTo = (filter: object) =>
  `${server.url}/people?filter=${Buffer.from(JSON.stringify(filter)).toString('base64url')}`;

const FRANCE = { field: 'country', op: 'eq', value: 'FR' };
const VIP_OR_EU = { field: 'tags', op: 'hasAny', value: ['vip', 'eu'] };
const filterBuilder = () => page.getByRole('region', { name: 'Filter builder' });

/** The filter as the list shows it all round: in its address, rows, chips and the builder's conditions. */
async function filterShown() {
  const filter = new URL(page.url()).searchParams.get('filter');
  return {
    address: filter ? JSON.parse(Buffer.from(filter, 'base64url').toString()) : null,
    listed: (await listed()).sort(),
    chips: await chipNames(),
    conditions: await filterBuilder()
      .getByRole('group', { name: /^Condition \d/ })
      .count(),
  };
}
const BOTH_SHOWN = {
  address: { and: [FRANCE, VIP_OR_EU] },
  listed: ['Amélie Martin'],
  chips: ['Remove filter Country is France', 'Remove filter Tags has any of vip, eu'],
  conditions: 2,
};
const FRANCE_SHOWN = {
  address: { and: [FRANCE] },
  listed: ['Amélie Martin', 'Luc Bernard'],
  chips: ['Remove filter Country is France'],
  conditions: 1,
};
const NONE_SHOWN = { address: null, listed: [...EVERYONE].sort(), chips: [], conditions: 0 };

async function expectShown(state: Awaited<ReturnType<typeof filterShown>>): Promise<void> {
  await expect.poll(filterShown, { timeout: 10_000 }).toEqual(state);
}

const removeChip = (words: string) =>
  activeFilters()
    .getByRole('button', { name: `Remove filter ${words}`, exact: true })
    .click();

/**
 * Runs steps on a CPU slowed three times, as a busy machine's: the router then shows the list's new
 * address well after the list has followed its filter, and a Back pressed in between must still count.
 * Three times is enough to open that gap; more only makes the test slow on a loaded CI machine.
 */
async function onSlowCpu(steps: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 3 });
  try {
    await steps();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

describe('the active filter as chips', () => {
  test('a link to a filtered list shows its conditions in words', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Chips');
    for (const person of PEOPLE) {
      await callApi(page, { url: server.url, csrfToken }, 'POST', '/people', person);
    }
    await page.goto(`${server.url}/people`);
    await expectListed(EVERYONE);
    await expect(activeFilters().count()).resolves.toBe(0);

    await page.goto(linkTo({ and: [FRANCE, VIP_OR_EU] }));
    await expectListed(['Amélie Martin']);
    await expect
      .poll(chipNames, AFTER_LOAD)
      .toEqual(['Remove filter Country is France', 'Remove filter Tags has any of vip, eu']);
    await expect(activeFilters().getByRole('button', { name: 'Clear all' }).count()).resolves.toBe(1);
  });

  test('clicking a chip opens the builder, where only each condition is removed', async () => {
    await expect(page.getByRole('region', { name: 'Filter builder' }).count()).resolves.toBe(0);
    await activeFilters().getByRole('button', { name: 'Country is France', exact: true }).click();
    const builder = page.getByRole('region', { name: 'Filter builder' });
    await expect.poll(() => builder.count()).toBe(1);
    // One action clears the whole filter, the chips' "Clear all"; the builder removes a condition.
    await expect(page.getByRole('button', { name: /^Clear/ }).allTextContents()).resolves.toEqual([
      'Clear all',
    ]);
    await builder.getByRole('button', { name: 'Remove condition 1' }).waitFor();
  });

  test('removing a chip narrows the list back, as a step Back undoes, the builder open too', async () => {
    await expectShown(BOTH_SHOWN);
    await removeChip('Tags has any of vip, eu');
    await expectShown(FRANCE_SHOWN);
    await page.goBack();
    await expectShown(BOTH_SHOWN);
    await page.goForward();
    await expectShown(FRANCE_SHOWN);
    await page.goBack();
    await expectShown(BOTH_SHOWN);
  });

  test('Back undoes a chip removed, pressed at once or once the list has followed, on a slow machine too', async () => {
    await onSlowCpu(async () => {
      await removeChip('Tags has any of vip, eu');
      await page.goBack();
      await expectShown(BOTH_SHOWN);
      await removeChip('Tags has any of vip, eu');
      await expectShown(FRANCE_SHOWN);
      await page.goBack();
      await expectShown(BOTH_SHOWN);
    });
  });

  test('chips removed one after the other are a step each', async () => {
    await onSlowCpu(async () => {
      await removeChip('Tags has any of vip, eu');
      await removeChip('Country is France');
      await expectShown(NONE_SHOWN);
      await page.goBack();
      await expectShown(FRANCE_SHOWN);
      await page.goBack();
      await expectShown(BOTH_SHOWN);
    });
  });

  test('Clear all shows everyone and the chips go', async () => {
    await activeFilters().getByRole('button', { name: 'Clear all' }).click();
    await expectListed(EVERYONE);
    await expect.poll(() => activeFilters().count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBeNull();
  });

  test('on a phone a long chip wraps its words inside its pill', async () => {
    await page.setViewportSize(PHONE);
    const tags = ['newsletter', 'beta-tester', 'champion', 'decision-maker', 'event-2024', 'trade-show'];
    await page.goto(linkTo({ and: [{ field: 'tags', op: 'hasAny', value: tags }] }));
    const words = `Tags has any of ${tags.join(', ')}`;
    const chip = activeFilters().getByRole('button', { name: words, exact: true });
    await chip.waitFor();
    const pill = chip.locator('xpath=../..');
    const [text, box] = await Promise.all([chip.boundingBox(), pill.boundingBox()]);
    if (!text || !box) throw new Error('the chip is not shown');
    // Two lines or more, all inside the pill, the pill inside the screen.
    expect(text.height).toBeGreaterThan(30);
    expect(text.y).toBeGreaterThanOrEqual(box.y);
    expect(text.y + text.height).toBeLessThanOrEqual(box.y + box.height);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const spills = (element: Element) =>
      [element, ...element.querySelectorAll('*')].some(
        (part) => part.scrollWidth > part.clientWidth + 1 || part.scrollHeight > part.clientHeight + 1,
      );
    await expect(chip.evaluate(spills)).resolves.toBe(false);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
    await page.setViewportSize(DESKTOP);
  });

  test('an Owner condition names the member, in the builder too, and never shows an id', async () => {
    const me = await callApi<{ user: { id: string } }>(page, { url: server.url, csrfToken }, 'GET', '/me');
    const gone = '01900000-0000-7000-8000-000000000000';
    await page.goto(
      linkTo({
        and: [
          { field: 'ownerId', op: 'eq', value: me.user.id },
          // `in` on an id is no operator the builder offers: the builder shows it read-only.
          { field: 'ownerId', op: 'in', value: [me.user.id, gone] },
        ],
      }),
    );
    await expect
      .poll(chipNames, AFTER_LOAD)
      .toEqual([
        'Remove filter Owner is Ada Lovelace',
        'Remove filter Owner is any of Ada Lovelace, a former member',
      ]);
    await activeFilters().getByRole('button', { name: 'Owner is Ada Lovelace', exact: true }).click();
    const readOnly = page.getByRole('group', { name: 'Condition 2 (read-only)' });
    await expect.poll(() => readOnly.textContent()).toBe('Owner is any of Ada Lovelace, a former member');
  });

  test('Company conditions name their companies from one request, whose names the picker reuses', async () => {
    const session = { url: server.url, csrfToken };
    const company = async (name: string) =>
      (await callApi<{ id: string }>(page, session, 'POST', '/companies', { name })).id;
    const acme = await company('Acme');
    const globex = await company('Globex');
    const gone = '01900000-0000-7000-8000-000000000001';
    const asked: string[] = [];
    const record = (request: { url(): string }) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/companies')) asked.push(`${url.pathname}${url.search}`);
    };
    page.on('request', record);
    try {
      await page.goto(
        linkTo({
          and: [
            { field: 'companyId', op: 'eq', value: acme },
            { field: 'companyId', op: 'in', value: [acme, globex, gone] },
          ],
        }),
      );
      await expect
        .poll(chipNames, AFTER_LOAD)
        .toEqual([
          'Remove filter Company is Acme',
          'Remove filter Company is any of Acme, Globex, a company',
        ]);
      await activeFilters().getByRole('button', { name: 'Company is Acme', exact: true }).click();
      const picker = page
        .getByRole('group', { name: 'Condition 1' })
        .getByRole('combobox', { name: 'Value' });
      await expect.poll(() => picker.inputValue()).toBe('Acme');
      const readOnly = page.getByRole('group', { name: 'Condition 2 (read-only)' });
      await expect.poll(() => readOnly.textContent()).toBe('Company is any of Acme, Globex, a company');
      // One look-up of the three ids for the chips, the read-only row and the picker; none one by one.
      expect(asked.filter((path) => path.includes('ids='))).toHaveLength(1);
      expect(asked.filter((path) => /^\/api\/v1\/companies\/[0-9a-f-]{36}$/.test(path))).toEqual([]);
    } finally {
      page.off('request', record);
    }
    // Nobody works at Acme: back to everyone, as the next test expects.
    await page.goto(`${server.url}/people`);
    await expectListed(EVERYONE);
  });
});

describe('comparisons in words that fit the field', () => {
  const condition = () => filterBuilder().getByRole('group', { name: 'Condition 1' });
  async function operatorsOffered(): Promise<string[]> {
    await condition().getByRole('combobox', { name: 'Operator' }).click();
    const offered = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Escape');
    return offered;
  }
  async function pickIn(combobox: string, option: string): Promise<void> {
    await condition().getByRole('combobox', { name: combobox }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  test('a number custom field is compared as a number, a date as a date', async () => {
    const session = { url: server.url, csrfToken };
    await callApi(page, session, 'POST', '/custom-fields', {
      objectType: 'people',
      label: 'NPS score',
      type: 'number',
    });
    await page.goto(`${server.url}/people`);
    await expectListed(EVERYONE);
    await page.getByRole('button', { name: /^Filter/ }).click();
    await filterBuilder().getByRole('button', { name: 'Add condition', exact: true }).click();
    await pickIn('Field', 'NPS score');
    await expect(operatorsOffered()).resolves.toEqual([
      'is',
      'is not',
      'is greater than',
      'is at least',
      'is less than',
      'is at most',
      'is between',
      'is empty',
      'is not empty',
    ]);
    await pickIn('Operator', 'is at least');
    await condition().getByRole('textbox', { name: 'Value' }).fill('8');
    await expect.poll(chipNames, AFTER_LOAD).toEqual(['Remove filter NPS score is at least 8']);

    await pickIn('Field', 'Created');
    await expect(operatorsOffered()).resolves.toEqual([
      'is after',
      'is on or after',
      'is before',
      'is on or before',
      'is between',
      'is empty',
      'is not empty',
    ]);
  });

  test('a company’s employees and revenue read as numbers in its chips', async () => {
    const filter = {
      and: [
        { field: 'employees', op: 'gte', value: 50 },
        { field: 'annualRevenue', op: 'lt', value: 1000000 },
      ],
    };
    await page.goto(
      `${server.url}/companies?filter=${Buffer.from(JSON.stringify(filter)).toString('base64url')}`,
    );
    await expect
      .poll(chipNames, AFTER_LOAD)
      .toEqual([
        'Remove filter Employees is at least 50',
        'Remove filter Annual revenue is less than 1000000',
      ]);
    // Back to everyone, as the next test expects.
    await page.goto(`${server.url}/people`);
    await expectListed(EVERYONE);
  });
});

describe('a column ticked under Columns', () => {
  test('is scrolled into view at the far right', async () => {
    const scroller = page.getByRole('region', { name: 'People, scrollable' });
    await expect(scroller.evaluate((element) => element.scrollLeft)).resolves.toBe(0);
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Last contacted', exact: true }).check();
    await page.keyboard.press('Escape');
    const header = table().getByRole('columnheader', { name: /Last contacted(?! by)/ });
    await expect.poll(() => header.count()).toBe(1);
    await expect
      .poll(
        async () => {
          const [box, view] = await Promise.all([header.boundingBox(), scroller.boundingBox()]);
          return (
            box !== null && view !== null && box.x >= view.x && box.x + box.width <= view.x + view.width + 1
          );
        },
        { timeout: 5000 },
      )
      .toBe(true);
    // It joined out of sight: the list scrolled sideways to show it.
    await expect(scroller.evaluate((element) => element.scrollLeft)).resolves.toBeGreaterThan(0);
  });
});
