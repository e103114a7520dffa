import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE } from './support/chromium.ts';
import { uploadToMapping } from './support/imports.ts';
import type { DemoLogin, RapportServer } from './support/rapport-server.ts';
import { type DemoSuite, demoSuite } from './support/suite.ts';

/**
 * Every screen, measured by axe-core against WCAG 2.2 at level AA (contrast, names and roles, ARIA
 * that fits its element, targets of 24 pixels) and axe's best practices (one level-1 heading a page,
 * headings in order, landmarks), on the demo workspace: the lists and their filter builder, a person's
 * and a company's page, the import's steps, Settings, and the dialogs, menus and lists that open over
 * them; on a phone too, with its navigation and the workspaces' menu.
 */

let server: RapportServer;
let page: Page;
let login: DemoLogin;
let api: DemoSuite['api'];

demoSuite('accessibility', (suite) => {
  ({ server, page, login, api } = suite);
});

const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What axe finds on the page as it is now, one line a rule with the first elements it names. With a
 * menu open, "region" (all content inside landmarks) is left out: a menu is drawn over the page at the
 * end of the document, as dialogs are (which the rule already leaves out), and says what it is itself.
 * With a combobox's list open, the same, and the box that scrolls its options is not asked for
 * something focusable inside it (see `scrollsFocusedList`).
 */
async function violations(options: { menuOpen?: boolean; listOpen?: boolean } = {}): Promise<string[]> {
  // A dialog or popover still fading in blends its text with the page behind (axe then reads 4.2:1
  // for a grey that is 5.4:1): judge what stays on screen, once no transition has run for a few
  // frames (a popover's fade may start a frame after it mounts). A spinner turns for ever: only
  // animations that end are waited for, and never more than about five seconds.
  await page.evaluate(async () => {
    for (let quiet = 0, frames = 0; quiet < 3 && frames < 300; frames++) {
      const running = document
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState !== 'finished' &&
            animation.effect?.getComputedTiming().iterations !== Infinity,
        );
      quiet = running.length === 0 ? quiet + 1 : 0;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  let builder = new AxeBuilder({ page }).withTags(RULES);
  if (options.menuOpen || options.listOpen) builder = builder.disableRules(['region']);
  const { violations: found } = await builder.analyze();
  if (!options.listOpen) return found.map(describeViolation);
  const kept = [];
  for (const violation of found) {
    const nodes = [];
    for (const node of violation.nodes)
      if (
        !(violation.id === 'scrollable-region-focusable' && (await scrollsFocusedList(node.target.join(' '))))
      )
        nodes.push(node);
    if (nodes.length > 0) kept.push({ ...violation, nodes });
  }
  return kept.map(describeViolation);
}

/**
 * Whether the box at `selector` scrolls the list of the combobox that has the focus. Such a list is
 * walked from its combobox with the arrows (aria-activedescendant), its options never focused, as
 * the ARIA combobox pattern has it; axe asks a scrolling box for something focusable inside it
 * (dequelabs/axe-core#4914, a false positive it leaves out only where the list itself scrolls).
 * `expectListWalkedByKeys` checks the keys reach the list's end.
 */
function scrollsFocusedList(selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const controlled = document.activeElement?.getAttribute('aria-controls');
    // The combobox controls the listbox, inside which a box scrolls its options.
    const list = controlled ? document.getElementById(controlled) : null;
    const box = document.querySelector(selector);
    return list?.getAttribute('role') === 'listbox' && box !== null && list.contains(box);
  }, selector);
}

/** From the focused combobox, the arrows reach the list's last option and scroll it into view. */
async function expectListWalkedByKeys(): Promise<void> {
  const options = page.getByRole('listbox').getByRole('option');
  const last = options.last();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => last.getAttribute('data-combobox-selected')).toBe('true');
  const [shown, box] = await Promise.all([
    last.boundingBox(),
    page.getByRole('listbox').locator('.mantine-ScrollArea-viewport').boundingBox(),
  ]);
  expect(shown && box && shown.y >= box.y - 1 && shown.y + shown.height <= box.y + box.height + 1).toBe(true);
}

function describeViolation(violation: Result): string {
  const where = violation.nodes
    .slice(0, 3)
    .map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`);
  return `${violation.id}: ${violation.help}: ${where.join('; ')}`;
}

/** Opens `path` and waits for its heading and for what it loads (no spinner left). */
async function visit(path: string, heading: string, level: 1 | 2 = 1): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await settle(heading, level);
}

async function settle(heading: string, level: 1 | 2 = 1): Promise<void> {
  await page.getByRole('heading', { level, name: heading, exact: true }).first().waitFor();
  await expect.poll(() => page.locator('.mantine-Loader-root:visible').count()).toBe(0);
}

const SETTINGS = [
  ['users', 'Users'],
  ['teams', 'Teams'],
  ['roles', 'Roles'],
  ['custom-fields', 'Custom fields'],
  ['audit-log', 'Audit log'],
  ['deleted-records', 'Deleted records'],
  ['api-tokens', 'API tokens'],
  ['jobs', 'Jobs'],
  ['outbox', 'Outbox'],
  ['workspace', 'Workspace'],
] as const;

describe('accessibility (WCAG 2.2 AA, axe-core)', () => {
  test('the sign-in page, then Home', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await violations()).toEqual([]);

    await page.getByRole('textbox', { name: 'E-mail' }).fill(login.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await expect.poll(() => page.locator('.mantine-Loader-root:visible').count()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  test('the people list, its filter builder, columns, views menu, a ticked row and a new person’s form', async () => {
    await visit('/people', 'People');
    await page.getByRole('grid', { name: 'People' }).locator('tbody tr').first().waitFor();
    expect(await violations()).toEqual([]);

    await page.getByRole('button', { name: 'Filter' }).click();
    const builder = page.getByRole('region', { name: 'Filter builder' });
    await builder.getByRole('button', { name: 'Add condition' }).click();
    await builder.getByRole('button', { name: 'Add group' }).click();
    expect(await violations()).toEqual([]);
    // A condition's list of fields, open: its options and their groups.
    await builder.getByRole('combobox', { name: 'Field' }).first().click();
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await violations({ listOpen: true })).toEqual([]);
    await expectListWalkedByKeys();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Filter' }).click();

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('menuitem', { name: 'Save as new view…' }).waitFor();
    expect(await violations({ menuOpen: true })).toEqual([]);
    await page.keyboard.press('Escape');

    // A ticked row's links on its tint.
    const firstBox = page
      .getByRole('grid', { name: 'People' })
      .locator('tbody tr')
      .first()
      .getByRole('checkbox');
    await firstBox.check();
    expect(await violations()).toEqual([]);
    await firstBox.uncheck();

    await page.getByRole('button', { name: 'New person' }).click();
    await page.getByRole('dialog', { name: 'New person' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test('a person’s page and its history, a company’s page, the companies list', async () => {
    const person = (await api<{ data: { id: string; name: string }[] }>('/people?limit=1')).data[0];
    const company = (await api<{ data: { id: string; name: string }[] }>('/companies?limit=1')).data[0];
    if (!person || !company) throw new Error('the demo has no people or companies');

    await visit(`/people/${person.id}`, person.name);
    await page.getByRole('region', { name: 'Timeline' }).getByRole('article').first().waitFor();
    expect(await violations()).toEqual([]);
    // The list of colleagues to mention, drawn over the page as a menu is.
    await page.getByRole('textbox', { name: 'Add a note' }).click();
    await page.keyboard.type('@');
    await page.getByRole('listbox', { name: 'Members to mention' }).waitFor();
    expect(await violations({ menuOpen: true })).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => page.locator('.mantine-Loader-root:visible').count()).toBe(0);
    expect(await violations()).toEqual([]);

    await visit(`/companies/${company.id}`, company.name);
    expect(await violations()).toEqual([]);
    await visit('/companies', 'Companies');
    await page.getByRole('grid', { name: 'Companies' }).locator('tbody tr').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  test('search results, the notifications, duplicates and the review of a pair', async () => {
    await visit('/search?q=a', 'Search');
    expect(await violations()).toEqual([]);

    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');

    await visit('/duplicates', 'Duplicates');
    expect(await violations()).toEqual([]);

    const twin = { firstName: 'Augusta', lastName: 'King', email: 'augusta@example.org' };
    const first = await api<{ id: string }>('/people', twin);
    const second = await api<{ id: string }>('/people', twin);
    await visit(`/duplicates/people/${first.id}/${second.id}`, 'Review a possible duplicate');
    expect(await violations()).toEqual([]);
  });

  test('an import: the upload, the mapping, the rejected rows and their fixing', async () => {
    await visit('/imports', 'Import');
    expect(await violations()).toEqual([]);
    await uploadToMapping(page, server.url, 'People', {
      name: 'contacts.csv',
      content: 'First Name,Last Name,Email\nAda,Byron,ada@example.org\nGrace,Hopper,grace@example\n',
    });
    expect(await violations()).toEqual([]);

    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Rejected rows' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Fix rows' }).click();
    await page.getByRole('textbox', { name: 'Line 3, Email' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  test('every section of Settings, and a member in their drawer', async () => {
    for (const [slug, title] of SETTINGS) {
      await visit(`/settings/${slug}`, title, 2);
      expect(await violations(), title).toEqual([]);
    }
    const member = (await api<{ data: { id: string; name: string }[] }>('/users?limit=1')).data[0];
    if (!member) throw new Error('the demo has no members');
    await visit(`/settings/users/${member.id}`, 'Users', 2);
    await page.getByRole('dialog', { name: member.name }).waitFor();
    expect(await violations()).toEqual([]);
  });

  test('a page that does not exist, and a person who does not', async () => {
    await visit('/no-such-page', 'Nothing here');
    expect(await violations()).toEqual([]);
    await visit('/people/00000000-0000-7000-8000-000000000000', 'Not found');
    expect(await violations()).toEqual([]);
  });

  test('on a phone: the people list and a person’s page', async () => {
    await page.setViewportSize(PHONE);
    try {
      await visit('/people', 'People');
      await page.getByRole('grid', { name: 'People' }).locator('tbody tr').first().waitFor();
      expect(await violations()).toEqual([]);
      const person = (await api<{ data: { id: string; name: string }[] }>('/people?limit=1')).data[0];
      if (!person) throw new Error('the demo has no people');
      await visit(`/people/${person.id}`, person.name);
      expect(await violations()).toEqual([]);
      // The navigation, where a phone switches workspace, and the list of workspaces open.
      await page.getByRole('button', { name: 'Open navigation' }).click();
      const switcher = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: /Switch workspace/ });
      await switcher.click();
      await page.getByRole('menuitem', { name: 'New workspace…' }).waitFor();
      expect(await violations({ menuOpen: true })).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await violations()).toEqual([]);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
