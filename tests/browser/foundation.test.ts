import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, DESKTOP, PHONE, SCREENSHOT_STYLE } from './support/chromium.ts';
import { ADMIN } from './support/first-run.ts';
import { expectInPhoneView, expectTableUncut } from './support/phone-fit.ts';
import { type RapportServer, ROOT_DIR } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const VIEWER = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };

let server: RapportServer;
let page: Page;

browserSuite((suite) => {
  ({ server, page } = suite);
});

async function openSettings(section: string): Promise<void> {
  const settingsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
  if (!page.url().includes('/settings')) await settingsLink.click();
  await page.getByRole('tab', { name: section }).click();
  await page.getByRole('heading', { level: 2, name: section }).waitFor();
}

async function signIn(email: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Whether an input's placeholder is painted whole, not cut at the box's end. */
function placeholderFits(input: Locator): Promise<boolean> {
  return input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room =
      element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    return context.measureText(element.placeholder).width <= room;
  });
}

async function tokenWorks(token: string): Promise<boolean> {
  const response = await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  return response.ok;
}

describe('foundation: first run, members, tokens, audit, roles', () => {
  test('an admin sets Rapport up and lands on Home', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Set up Rapport' }).waitFor();
    await page.getByRole('textbox', { name: 'Workspace name' }).fill('Acme Corp');
    await page.getByRole('textbox', { name: 'Your name' }).fill(ADMIN.name);
    await page.getByRole('textbox', { name: 'E-mail' }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create workspace' }).click();

    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('main').getByText('Acme Corp').waitFor();
    await page.getByRole('link', { name: 'Invite colleagues' }).waitFor();
  });

  test('the admin adds a viewer with a password, and invites a colleague', async () => {
    await openSettings('Users');
    await addUser({ email: VIEWER.email, name: VIEWER.name, role: 'Viewer', password: VIEWER.password });
    await addUser({ email: 'katherine@example.com', name: 'Katherine Johnson', role: 'Manager' });

    const members = page.getByRole('table', { name: 'Members' });
    await members.getByRole('link', { name: VIEWER.name }).waitFor();
    await members.getByRole('link', { name: 'Katherine Johnson' }).waitFor();
    const invited = members.getByRole('row').filter({ hasText: 'Katherine Johnson' });
    await invited.getByText('Invited').waitFor();
  });

  test('the admin puts the viewer in a new team, and sees it in her history', async () => {
    await openSettings('Teams');
    await page.getByRole('button', { name: 'New team' }).click();
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Inside sales');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Inbound leads, EMEA');
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('table', { name: 'Teams' }).getByRole('link', { name: 'Inside sales' }).waitFor();

    await openSettings('Users');
    await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: VIEWER.name }).click();
    const drawer = page.getByRole('dialog', { name: VIEWER.name });
    await drawer.getByRole('combobox', { name: 'Teams' }).click();
    await page.getByRole('option', { name: 'Inside sales' }).click();
    // A multi-select stays open for more picks; a click elsewhere closes it, as a user would.
    await drawer.getByRole('heading', { name: VIEWER.name }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`${VIEWER.name} is saved.`).waitFor();

    await drawer.getByRole('tab', { name: 'History' }).click();
    await drawer.getByText(`${ADMIN.name} created the user`).waitFor();
    await drawer.getByText(`${ADMIN.name} created the membership`).waitFor();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Members' })
      .getByRole('row')
      .filter({ hasText: VIEWER.name })
      .getByText('Inside sales')
      .waitFor();
  });

  test('the desktop screenshot: Settings › Users with a little data', async () => {
    await page
      .getByRole('table', { name: 'Members' })
      .getByRole('link', { name: 'Katherine Johnson' })
      .waitFor();
    const file = path.join(ARTIFACTS, 'foundation-desktop.png');
    await page.screenshot({ path: file, animations: 'disabled', style: SCREENSHOT_STYLE });
    fs.copyFileSync(file, path.join(ROOT_DIR, 'docs', 'screenshot.png'));
  });

  test('an API token is shown once, works, and stops working when revoked', async () => {
    await openSettings('API tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API token' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Nightly export');
    await dialog.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByRole('dialog', { name: 'Token “Nightly export” created' });
    const secretBox = shown.getByRole('textbox', { name: 'Your new token' });
    await secretBox.waitFor();
    const token = await secretBox.inputValue();
    expect(token).toMatch(/^rpt_/);
    await shown.getByText('This is the only time the token is shown.', { exact: false }).waitFor();
    expect(await tokenWorks(token)).toBe(true);
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await shown.waitFor({ state: 'detached' });

    const tokens = page.getByRole('table', { name: 'API tokens' });
    const row = tokens.getByRole('row').filter({ hasText: 'Nightly export' });
    await row.getByText('Active').waitFor();
    expect(await page.getByText(token).count()).toBe(0);

    await row.getByRole('button', { name: 'Revoke Nightly export' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke “Nightly export”?' })
      .getByRole('button', { name: 'Revoke token' })
      .click();
    await row.getByText('Revoked').waitFor();
    expect(await tokenWorks(token)).toBe(false);
  });

  test('the audit log shows those changes, field by field', async () => {
    await openSettings('Audit log');
    await page.getByText(`${ADMIN.name} created user “${VIEWER.name}”`).waitFor();
    await page.getByText(`${ADMIN.name} created API token “Nightly export”`).waitFor();
    // An update carries the fields it changed; the token's name is not one of them.
    const revocation = page.getByRole('button', { name: `updated ${ADMIN.name} updated API token` });
    await revocation.click();
    await page.getByRole('rowheader', { name: 'Revoked at' }).waitFor();

    await page.getByRole('combobox', { name: 'Record type' }).click();
    await page.getByRole('option', { name: 'Team', exact: true }).click();
    await page.getByText(`${ADMIN.name} created team “Inside sales”`).waitFor();
    await page.getByText(`${ADMIN.name} created API token “Nightly export”`).waitFor({ state: 'detached' });
  });

  test('on a phone a member’s role and status, a token’s status and actions, are in sight', async () => {
    await openSettings('Users');
    const members = page.getByRole('table', { name: 'Members' });
    const viewer = members.getByRole('row').filter({ hasText: VIEWER.name });
    await viewer.waitFor();
    await page.setViewportSize(PHONE);
    try {
      await expectInPhoneView(viewer.getByRole('link', { name: VIEWER.name }), viewer.getByText('Viewer'));
      await expectInPhoneView(viewer.getByText('Active'));
      await expectTableUncut(members);
    } finally {
      await page.setViewportSize(DESKTOP);
    }

    await openSettings('API tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API token' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Phone sync');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('dialog', { name: 'Token “Phone sync” created' });
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await shown.waitFor({ state: 'detached' });
    const tokens = page.getByRole('table', { name: 'API tokens' });
    const token = tokens.getByRole('row').filter({ hasText: 'Phone sync' });
    await page.setViewportSize(PHONE);
    try {
      const revoke = token.getByRole('button', { name: 'Revoke Phone sync' });
      await expectInPhoneView(
        token.getByText('Active'),
        revoke,
        token.getByRole('link', { name: /See its changes/ }),
      );
      await expectTableUncut(tokens);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('on a phone Teams, Roles, Outbox and Jobs fit the screen: nothing scrolls sideways', async () => {
    await openSettings('Users');
    await page.setViewportSize(PHONE);
    try {
      const section = page.getByRole('combobox', { name: 'Settings section' });
      for (const [name, tableName, inSight] of [
        ['Teams', 'Teams', 'Inside sales'],
        ['Roles', 'What the Admin role may do', 'Delete'],
        ['Outbox', 'Outbox', 'Held'],
        ['Jobs', 'Background jobs', 'mail.send'],
      ] as const) {
        await section.selectOption({ label: name });
        await page.getByRole('heading', { level: 2, name }).waitFor();
        const table = page.getByRole('table', { name: tableName });
        await expectInPhoneView(table.getByText(inSight, { exact: true }).first());
        await expectTableUncut(table);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  // Each table's narrow layout starts at the width its wide one needs, measured (useNarrowerThan): a
  // column added to one moves it, and this test says so.
  test('at 1024 and 1280 px every Settings table fits beside the Settings menu', async () => {
    try {
      for (const width of [1024, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const [section, tableName] of [
          ['Users', 'Members'],
          ['API tokens', 'API tokens'],
          ['Teams', 'Teams'],
          ['Roles', 'What the Admin role may do'],
          ['Outbox', 'Outbox'],
          ['Jobs', 'Background jobs'],
        ] as const) {
          await openSettings(section);
          await expectTableUncut(page.getByRole('table', { name: tableName }));
        }
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('the phone screenshot, and the navigation behind the burger', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    const file = path.join(ARTIFACTS, 'foundation-phone.png');
    await page.screenshot({ path: file, animations: 'disabled', style: SCREENSHOT_STYLE });
    fs.copyFileSync(file, path.join(ROOT_DIR, 'docs', 'screenshot-phone.png'));

    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Settings section' }).selectOption({ label: 'Roles' });
    await page.getByRole('heading', { level: 2, name: 'Roles' }).waitFor();
    await page.setViewportSize(DESKTOP);
  });

  test('the admin opens a second workspace from the header, and goes back from a phone’s navigation', async () => {
    await page.getByRole('button', { name: 'Workspace: Acme Corp. Switch workspace' }).click();
    await page.getByRole('menuitem', { name: 'New workspace…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    const name = dialog.getByRole('textbox', { name: 'Workspace name' });
    await name.fill('Acme Research Laboratories');
    // A tablet turned across the phone's width moves the switcher to the navigation and back: the
    // dialog stays open, with what was typed.
    await page.setViewportSize(PHONE);
    try {
      await expect
        .poll(() =>
          page
            .getByRole('banner')
            .getByRole('button', { name: /Switch workspace/ })
            .count(),
        )
        .toBe(0);
      expect(await name.inputValue()).toBe('Acme Research Laboratories');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Switch workspace/ })
      .waitFor();
    expect(await name.inputValue()).toBe('Acme Research Laboratories');
    await dialog.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByText('Workspace “Acme Research Laboratories” created. You are its admin.').waitFor();
    await page
      .getByRole('button', { name: 'Workspace: Acme Research Laboratories. Switch workspace' })
      .waitFor();

    // On a tablet the header keeps the workspace's name, and the search box says all it searches.
    const header = page.getByRole('banner');
    const search = header.getByRole('textbox', { name: 'Search people and companies' });
    await page.setViewportSize({ width: 768, height: 1000 });
    try {
      await header
        .getByRole('button', { name: 'Workspace: Acme Research Laboratories. Switch workspace' })
        .waitFor();
      await expect.poll(() => placeholderFits(search)).toBe(true);
    } finally {
      await page.setViewportSize(DESKTOP);
    }

    // A phone's header leaves no room for the name: the switcher is in the navigation, on a line of its own.
    await page.setViewportSize(PHONE);
    try {
      // The layout follows the new width a render later.
      await expect.poll(() => header.getByRole('button', { name: /Switch workspace/ }).count()).toBe(0);
      await expect.poll(() => search.getAttribute('placeholder')).toBe('Search');
      expect(await placeholderFits(search)).toBe(true);
      await page.getByRole('button', { name: 'Open navigation' }).click();
      const switcher = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Workspace: Acme Research Laboratories. Switch workspace' });
      await expectInPhoneView(switcher);
      await switcher.click();
      await page.getByRole('menuitemradio', { name: /Acme Corp/ }).click();
      await page.getByText('You are now in Acme Corp.').waitFor();
      await page.getByRole('main').getByText('Acme Corp').waitFor();
      await page.getByRole('button', { name: 'Open navigation', expanded: false }).waitFor();
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await page.getByRole('button', { name: 'Workspace: Acme Corp. Switch workspace' }).waitFor();
  });

  test('the viewer signs in and meets the limits of her role', async () => {
    await page.getByRole('button', { name: `Account menu for ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn(VIEWER.email, VIEWER.password);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Grace' }).waitFor();
    expect(await page.getByRole('link', { name: 'Invite colleagues' }).count()).toBe(0);

    // She reads people and companies but may not create them: she follows imports (the navigation
    // leads to them), and is not offered to import from the list.
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Import', exact: true }).count()).toBe(1);
    const main = page.getByRole('main');
    expect(await main.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await main.getByRole('button', { name: 'New person' }).count()).toBe(0);

    await openSettings('Users');
    await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: ADMIN.name }).waitFor();
    expect(await page.getByRole('button', { name: 'Add user' }).count()).toBe(0);

    const sections = page.getByRole('tablist', { name: 'Settings sections' });
    expect(await sections.getByRole('tab', { name: 'Audit log' }).count()).toBe(0);
    expect(await sections.getByRole('tab', { name: 'Jobs' }).count()).toBe(0);
    expect(await sections.getByRole('tab', { name: 'Workspace' }).count()).toBe(0);

    await openSettings('API tokens');
    await page.getByRole('button', { name: 'Create token' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Show everyone’s tokens' }).count()).toBe(0);
  });
});

async function addUser(user: {
  email: string;
  name: string;
  role: string;
  password?: string;
}): Promise<void> {
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(user.email);
  await dialog.getByRole('textbox', { name: 'Name' }).fill(user.name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: user.role, exact: true }).click();
  if (user.password) {
    await dialog.getByRole('radio', { name: 'Set a password now' }).check();
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(user.password);
  }
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await dialog.waitFor({ state: 'detached' });
}
