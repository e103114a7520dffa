import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { DemoLogin, RapportServer } from './support/rapport-server.ts';
import { type DemoSuite, demoSuite } from './support/suite.ts';

/**
 * Rapport as someone trying it meets it: `rapport demo`, then the server, then the login the demo
 * printed. The demo's histories hold what customers did themselves (web forms, chats, portal visits),
 * which no staff screen can write yet: a company's history names who wrote in, and leads to them.
 */

let server: RapportServer;
let page: Page;
let login: DemoLogin;
let api: DemoSuite['api'];

demoSuite('browser', (suite) => {
  ({ server, page, login, api } = suite);
});

interface Entry {
  actor: { type: string; personId: string | null; personName: string | null };
}

describe('a demo workspace', () => {
  test('its admin signs in with the login the demo printed', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mail' }).fill(login.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
  });

  test('a company’s history names the customer who wrote in, and leads to their page', async () => {
    // A company whose first page of history (30 entries, as the page loads it) holds an entry a customer made.
    const companies = await api<{ data: { id: string; name: string }[] }>('/companies?limit=100');
    let found: { company: { id: string; name: string }; name: string; personId: string } | undefined;
    for (const company of companies.data) {
      const history = await api<{ data: Entry[] }>(`/companies/${company.id}/timeline?limit=30`);
      const entry = history.data.find((e) => e.actor.type === 'person' && e.actor.personName);
      if (entry?.actor.personName && entry.actor.personId) {
        found = { company, name: entry.actor.personName, personId: entry.actor.personId };
        break;
      }
    }
    if (!found) throw new Error('no company of the demo has an entry a customer made');

    await page.goto(`${server.url}/companies/${found.company.id}`);
    await page.getByRole('heading', { level: 1, name: found.company.name }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const who = timeline.getByRole('article').getByRole('link', { name: found.name, exact: true }).first();
    await who.waitFor();
    await who.click();
    await page.waitForURL(`**/people/${found.personId}`);
    await page.getByRole('heading', { level: 1, name: found.name }).waitFor();
  });

  test('a customer who wrote last is shown as reaching out, and who on the team was in touch before', async () => {
    interface Person {
      id: string;
      firstName: string | null;
      lastName: string | null;
      lastContactedAt: string | null;
      lastContactedBy: string | null;
    }
    const people = (await api<{ data: Person[] }>('/people?limit=100')).data;
    type Contact = { at: string; by: { name: string } | null } | null;
    type Overview = { lastContact: Contact; lastTeamContact: Contact };
    const overviewOf = (person: Person) => api<Overview>(`/people/${person.id}/overview`);
    const reached = people.find((p) => p.lastContactedAt && p.lastContactedBy);
    // One who wrote last, whom a member had been in touch with before.
    let wrote: Person | undefined;
    let team: Contact = null;
    for (const p of people.filter((p) => p.lastContactedAt && !p.lastContactedBy)) {
      team = (await overviewOf(p)).lastTeamContact;
      if (team) {
        wrote = p;
        break;
      }
    }
    if (!wrote || !team?.by || !reached)
      throw new Error('the demo has no person of each kind of last contact');
    expect(Date.parse(team.at)).toBeLessThanOrEqual(Date.parse(wrote.lastContactedAt ?? ''));
    const lastContact = page.getByRole('region', { name: 'Last contact' });
    await page.goto(`${server.url}/people/${wrote.id}`);
    await lastContact.getByText(/^They reached out /).waitFor();
    await lastContact.getByText(`Last from the team: ${team.by.name}`).waitFor();
    await page.goto(`${server.url}/people/${reached.id}`);
    const overview = await overviewOf(reached);
    await lastContact.getByText(overview.lastContact?.by?.name ?? '', { exact: true }).waitFor();
    await expect.poll(() => lastContact.getByText(/^Last from the team/).count()).toBe(0);

    // The people list says the same in its "Last contacted by" column, and filters on it.
    const filter = {
      and: [
        { field: 'lastContactedAt', op: 'isNotEmpty' },
        { field: 'lastContactedBy', op: 'isEmpty' },
      ],
    };
    await page.goto(
      `${server.url}/people?filter=${Buffer.from(JSON.stringify(filter)).toString('base64url')}`,
    );
    // Its chip says what an empty "Last contacted by" means.
    await page
      .getByRole('button', { name: 'Remove filter Last contacted by is nobody on the team' })
      .waitFor();
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Last contacted by' }).check();
    await page.keyboard.press('Escape');
    const table = page.getByRole('grid', { name: 'People' });
    await table.getByRole('columnheader', { name: /Last contacted by/ }).waitFor();
    await table
      .getByRole('link', { name: [wrote.firstName, wrote.lastName].filter(Boolean).join(' ') })
      .first()
      .waitFor();
    // Every row shown is one who reached out (the header is a row too).
    const rows = async () => (await table.getByRole('row').count()) - 1;
    const reachedOut = () => table.getByText('They reached out', { exact: true }).count();
    await expect.poll(reachedOut).toBeGreaterThan(0);
    expect(await reachedOut()).toBe(await rows());
  });

  test('companies sort by when they were last in touch, the accounts left longest first', async () => {
    type Listed = { id: string; name: string; lastContactedAt: string | null };
    const filter = { field: 'lastContactedAt', op: 'isNotEmpty' };
    const encoded = Buffer.from(JSON.stringify(filter)).toString('base64url');
    const oldest = (
      await api<{ data: Listed[] }>(
        `/companies?sort=lastContactedAt&limit=1&filter=${encodeURIComponent(JSON.stringify(filter))}`,
      )
    ).data[0];
    if (!oldest?.lastContactedAt) throw new Error('no company of the demo was ever in touch');

    await page.goto(
      `${server.url}/companies?sort=lastContactedAt&columns=name,lastContactedAt&filter=${encoded}`,
    );
    const table = page.getByRole('grid', { name: 'Companies' });
    const header = table.getByRole('columnheader', { name: /Last contacted/ });
    await header.waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // The first row is the account left longest, and says how long ago (not a dash).
    const first = table.getByRole('row').nth(1);
    await first.getByRole('link', { name: oldest.name, exact: true }).waitFor();
    expect(await first.getByRole('gridcell').last().textContent()).toMatch(/ago|last|yesterday/i);
  });
});
