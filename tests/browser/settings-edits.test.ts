import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

const STALE = /^Someone else saved this (workspace|team|member) while you were editing/;

/**
 * Saves, and expects the form to say that someone else saved first, with the record read again: the
 * fields then hold the other save's values, and what was typed here over them.
 */
async function saveIntoStaleVersion(form: Locator, button: string): Promise<void> {
  await form.getByRole('button', { name: button }).click();
  await form.getByRole('alert').filter({ hasText: STALE }).waitFor();
}

describe('settings forms that stay open after a save, when two admins change the same record', () => {
  test('the workspace: the later save is told, keeps what was typed, and lands on top', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    const { workspace } = await apiCall<{ workspace: { id: string } }>('GET', '/me');
    await page.goto(`${server.url}/settings/workspace`);
    const form = page.getByRole('main');
    const name = form.getByRole('textbox', { name: 'Workspace name' });
    await name.fill('Acme Europe');
    // Meanwhile another admin sets the default country (as of the latest version).
    await apiCall('PATCH', `/workspaces/${workspace.id}`, { defaultCountry: 'DE' });

    await saveIntoStaleVersion(form, 'Save workspace');
    const country = form.getByRole('textbox', { name: 'Default country' });
    await expect.poll(() => country.inputValue()).toBe('DE');
    await expect(name.inputValue()).resolves.toBe('Acme Europe');
    await form.getByRole('button', { name: 'Save workspace' }).click();
    await page.getByText('Workspace saved.').waitFor();
    await expect.poll(() => form.getByRole('button', { name: 'Save workspace' }).isDisabled()).toBe(true);
    await expect(form.getByRole('alert').count()).resolves.toBe(0);

    const saved = await apiCall<{ name: string; defaultCountry: string }>(
      'GET',
      `/workspaces/${workspace.id}`,
    );
    expect({ name: saved.name, country: saved.defaultCountry }).toEqual({
      name: 'Acme Europe',
      country: 'DE',
    });
  });

  test('a team: their new name shows, the description typed here is kept, both land', async () => {
    const team = await apiCall<{ id: string }>('POST', '/teams', { name: 'Inside sales' });
    await page.goto(`${server.url}/settings/teams/${team.id}`);
    const drawer = page.getByRole('dialog');
    const description = drawer.getByRole('textbox', { name: 'Description' });
    await description.fill('Inbound leads, EMEA and APAC');
    await apiCall('PATCH', `/teams/${team.id}`, { name: 'Inside sales EMEA' });

    await saveIntoStaleVersion(drawer, 'Save team');
    await expect
      .poll(() => drawer.getByRole('textbox', { name: 'Name' }).inputValue())
      .toBe('Inside sales EMEA');
    await expect(description.inputValue()).resolves.toBe('Inbound leads, EMEA and APAC');
    await drawer.getByRole('button', { name: 'Save team' }).click();
    await page.getByText('Team “Inside sales EMEA” saved.').waitFor();
    await expect.poll(() => drawer.getByRole('button', { name: 'Save team' }).isDisabled()).toBe(true);

    const saved = await apiCall<{ name: string; description: string }>('GET', `/teams/${team.id}`);
    expect(saved).toMatchObject({ name: 'Inside sales EMEA', description: 'Inbound leads, EMEA and APAC' });
  });

  test('a team whose new version cannot be read: the save is not left waiting, and lands once it can', async () => {
    const team = await apiCall<{ id: string }>('POST', '/teams', { name: 'Field sales' });
    await page.goto(`${server.url}/settings/teams/${team.id}`);
    const drawer = page.getByRole('dialog');
    const description = drawer.getByRole('textbox', { name: 'Description' });
    await description.fill('Visits in the DACH region');
    await apiCall('PATCH', `/teams/${team.id}`, { name: 'Field sales DACH' });
    // Reads of the team fail from now on (the connection dropped), the one after the 412 included.
    const reads = `**/api/v1/teams/${team.id}`;
    await page.route(reads, (route) =>
      route.request().method() === 'GET' ? route.abort('internetdisconnected') : route.continue(),
    );
    const save = drawer.getByRole('button', { name: 'Save team' });
    await save.click();
    await drawer.getByRole('alert').filter({ hasText: 'their version could not be read' }).waitFor();
    await expect(save.isEnabled()).resolves.toBe(true);
    await expect(description.inputValue()).resolves.toBe('Visits in the DACH region');

    await page.unroute(reads);
    await saveIntoStaleVersion(drawer, 'Save team');
    await expect
      .poll(() => drawer.getByRole('textbox', { name: 'Name' }).inputValue())
      .toBe('Field sales DACH');
    await save.click();
    await page.getByText('Team “Field sales DACH” saved.').waitFor();
    const saved = await apiCall<{ name: string; description: string }>('GET', `/teams/${team.id}`);
    expect(saved).toMatchObject({ name: 'Field sales DACH', description: 'Visits in the DACH region' });
  });

  test('a member: the role chosen here and the team given elsewhere both stand', async () => {
    const grace = await apiCall<{ id: string }>('POST', '/users', {
      name: 'Grace Hopper',
      email: 'grace@example.com',
      role: 'viewer',
      password: 'navy compiler 1906',
    });
    const team = await apiCall<{ id: string }>('POST', '/teams', { name: 'Compilers' });
    await page.goto(`${server.url}/settings/users/${grace.id}`);
    const drawer = page.getByRole('dialog', { name: 'Grace Hopper' });
    await drawer.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await apiCall('PATCH', `/users/${grace.id}`, { teamIds: [team.id] });

    await saveIntoStaleVersion(drawer, 'Save changes');
    await drawer.getByText('Compilers').waitFor();
    await expect(drawer.getByRole('combobox', { name: 'Role' }).inputValue()).resolves.toBe('Manager');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Grace Hopper is saved.').waitFor();

    const saved = await apiCall<{ role: string; teamIds: string[] }>('GET', `/users/${grace.id}`);
    expect({ role: saved.role, teamIds: saved.teamIds }).toEqual({ role: 'manager', teamIds: [team.id] });
  });
});
