import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, callApi, openPage, SCREENSHOT_STYLE } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const TITLE = 'Call Grace about the renewal';

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
let personId = '';

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const tasks = () => page.getByRole('region', { name: 'Tasks' });
const timeline = () => page.getByRole('region', { name: 'Timeline' });
const task = () => tasks().getByRole('checkbox', { name: TITLE });

describe('tasks on a person’s page', () => {
  test('a workspace with a customer', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    personId = (
      await callApi<{ id: string }>(page, { url: server.url, csrfToken }, 'POST', '/people', {
        firstName: 'Grace',
        lastName: 'Field',
      })
    ).id;
  });

  test('a task added on the page is assigned to me, and shows as overdue once its day has passed', async () => {
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Grace Field' }).waitFor();
    await tasks().getByText('No open task.').waitFor();
    await tasks().getByRole('button', { name: 'Add task' }).click();
    const form = tasks().getByRole('form', { name: 'Add a task' });
    await form.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await form.getByLabel('Due date').fill('2020-01-15');
    await expect(form.getByLabel('Assignee', { exact: true }).inputValue()).resolves.toBe(
      `${ADMIN.name} (me)`,
    );
    await form.getByRole('button', { name: 'Save task' }).click();
    await page.getByText('Task added.').waitFor();

    await task().waitFor();
    await expect(task().isChecked()).resolves.toBe(false);
    const item = tasks().getByRole('listitem').filter({ hasText: TITLE });
    await expect(item.textContent()).resolves.toMatch(/Overdue: Jan 15, 2020 · Ada Lovelace$/);
    const overdue = item.getByText('Overdue:');
    const colour = await overdue.evaluate((element) => getComputedStyle(element).color);
    expect(colour).not.toBe(await item.evaluate((element) => getComputedStyle(element).color));
    await page.screenshot({
      path: path.join(ARTIFACTS, 'tasks-person.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
  });

  test('Home lists it among my open tasks, with a link to the person it is about', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const mine = page.getByRole('list', { name: 'Your open tasks' }).getByRole('listitem');
    await mine.getByRole('checkbox', { name: TITLE }).waitFor();
    await expect(mine.textContent()).resolves.toContain('Overdue: Jan 15, 2020 · You');
    await mine.getByRole('link', { name: 'Grace Field' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grace Field' }).waitFor();
  });

  test('ticking it completes it: it leaves the open list and "Task done" lands in the timeline', async () => {
    await task().click();
    await task().waitFor({ state: 'detached' });
    await tasks().getByText('No open task.').waitFor();
    const done = timeline().getByRole('article', { name: `Task done: ${TITLE}` });
    await done.waitFor();
    // Credited to the member who ticked it, and following the task: no menu to edit or delete it.
    await expect(done.textContent()).resolves.toContain(ADMIN.name);
    await expect(done.getByRole('button', { name: /^Actions for/ }).count()).resolves.toBe(0);

    await tasks().getByRole('switch', { name: 'Show done' }).check();
    await task().waitFor();
    await expect(task().isChecked()).resolves.toBe(true);

    const saved = await callApi<{ data: { status: string; completedAt: string | null }[] }>(
      page,
      { url: server.url, csrfToken },
      'GET',
      `/tasks?personId=${personId}`,
    );
    expect(saved.data).toEqual([
      expect.objectContaining({ status: 'done', completedAt: expect.any(String) }),
    ]);
  });

  test('what colleagues and programs write meanwhile reaches the open page, without a reload', async () => {
    await page.evaluate(() => {
      (window as unknown as { sameDocument?: boolean }).sameDocument = true;
    });
    const session = { url: server.url, csrfToken };
    // Written behind the page's back (its cache knows nothing): only the events socket can tell it.
    await callApi(page, session, 'POST', '/activities', {
      type: 'call',
      direction: 'inbound',
      subject: 'Grace called about the invoice',
      personIds: [personId],
    });
    await callApi(page, session, 'POST', '/tasks', { title: 'Send the corrected invoice', personId });
    await callApi(page, session, 'POST', '/deals', { name: 'Field renewal 2027', personIds: [personId] });
    await timeline().getByRole('article').filter({ hasText: 'Grace called about the invoice' }).waitFor();
    await tasks().getByRole('checkbox', { name: 'Send the corrected invoice' }).waitFor();
    await page.getByRole('region', { name: 'Open deals' }).getByText('Field renewal 2027').waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).resolves.toBe(true);
  });

  test('a change to another customer leaves the open page alone; a change to this one shows at once', async () => {
    const session = { url: server.url, csrfToken };
    const overview = `/api/v1/people/${personId}/overview`;
    const fetched: string[] = [];
    const count = (request: { url(): string }) => {
      if (new URL(request.url()).pathname === overview) fetched.push(request.url());
    };
    page.on('request', count);
    try {
      const other = await callApi<{ id: string }>(page, session, 'POST', '/people', {
        firstName: 'Someone Else',
      });
      await callApi(page, session, 'PATCH', `/people/${other.id}`, { jobTitle: 'Buyer' });
      await callApi(page, session, 'POST', '/activities', {
        type: 'note',
        body: 'About someone else',
        personIds: [other.id],
      });
      // The socket coalesces for 100 ms and the page refetches at most once a second: wait past both.
      await page.waitForTimeout(2_500);
      expect(fetched).toEqual([]);

      await callApi(page, session, 'PATCH', `/people/${personId}`, { jobTitle: 'Head of Field Operations' });
      await page.getByText('Head of Field Operations').waitFor();
      expect(fetched.length).toBeGreaterThan(0);
    } finally {
      page.off('request', count);
    }
  });

  test('a tick on a task someone else changed meanwhile is refused, said plainly, and the list shows it anew', async () => {
    const session = { url: server.url, csrfToken };
    const { id } = await callApi<{ id: string }>(page, session, 'POST', '/tasks', {
      title: 'Book the site visit',
      personId,
    });
    await tasks().getByRole('checkbox', { name: 'Book the site visit' }).waitFor();
    // The colleague's change lands between the page's read and its tick, ahead of the events socket.
    await page.route(`**/api/v1/tasks/${id}`, async (route) => {
      if (route.request().method() === 'PATCH') {
        await callApi(page, session, 'PATCH', `/tasks/${id}`, { title: 'Book the site visit for May' });
      }
      await route.continue();
    });
    try {
      await tasks().getByRole('checkbox', { name: 'Book the site visit' }).click();
      await page.getByText('“Book the site visit” changed meanwhile').waitFor();
      const renamed = tasks().getByRole('checkbox', { name: 'Book the site visit for May' });
      await renamed.waitFor();
      await expect(renamed.isChecked()).resolves.toBe(false);
    } finally {
      await page.unroute(`**/api/v1/tasks/${id}`);
    }
    const saved = await callApi<{ status: string }>(page, session, 'GET', `/tasks/${id}`);
    expect(saved.status).toBe('open');
  });

  test('a company’s open page shows new subsidiaries, people and deals that others add, deals per currency', async () => {
    const session = { url: server.url, csrfToken };
    const group = await callApi<{ id: string }>(page, session, 'POST', '/companies', {
      name: 'Field Holdings',
      annualRevenue: 5_000_000,
    });
    await page.goto(`${server.url}/companies/${group.id}`);
    await page.getByRole('heading', { name: 'Field Holdings' }).waitFor();
    // Revenue reads in the workspace's currency, in whole dollars: it is an estimate.
    await page.getByRole('region', { name: 'Profile' }).getByText('$5,000,000', { exact: true }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { sameDocument?: boolean }).sameDocument = true;
    });
    await callApi(page, session, 'POST', '/companies', { name: 'Field Logistics', parentId: group.id });
    await callApi(page, session, 'POST', '/people', {
      firstName: 'Wanda',
      lastName: 'Field',
      companyId: group.id,
    });
    await page.getByRole('region', { name: 'Hierarchy' }).getByText('Field Logistics').waitFor();
    await page.getByRole('region', { name: 'People' }).getByText('Wanda Field').waitFor();
    // Open deals roll up per currency, never added across currencies.
    const logistics = page
      .getByRole('region', { name: 'Hierarchy' })
      .getByRole('link', { name: 'Field Logistics' });
    const logisticsId = (await logistics.getAttribute('href'))?.split('/').pop();
    await callApi(page, session, 'POST', '/deals', {
      name: 'Fleet',
      companyId: group.id,
      amount: 2000,
      currency: 'EUR',
    });
    await callApi(page, session, 'POST', '/deals', {
      name: 'Depot',
      companyId: logisticsId,
      amount: 1500,
      currency: 'USD',
    });
    await page
      .getByRole('region', { name: 'Hierarchy' })
      .getByText('$5M revenue · 2 open deals (€2K + $1.5K)')
      .waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).resolves.toBe(true);
  });

  test('a member whose role an admin changes sees their new access without a reload', async () => {
    const email = 'sam.sales@acme.example';
    const password = 'sam sells seashells by the shore';
    const member = await callApi<{ id: string }>(page, { url: server.url, csrfToken }, 'POST', '/users', {
      email,
      name: 'Sam Sales',
      role: 'sales',
      password,
    });
    const memberPage = await openPage(browser, server.url);
    try {
      const signedIn = await memberPage.request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email, password },
      });
      expect(signedIn.status()).toBe(200);
      await memberPage.goto(`${server.url}/people`);
      const newPerson = memberPage.getByRole('button', { name: 'New person' });
      await newPerson.waitFor();
      await memberPage.evaluate(() => {
        (window as unknown as { sameDocument?: boolean }).sameDocument = true;
      });

      // The server closes the member's events socket (4401); the page asks /me and shows the new role.
      await callApi(page, { url: server.url, csrfToken }, 'PATCH', `/users/${member.id}`, { role: 'viewer' });
      await newPerson.waitFor({ state: 'detached', timeout: 10_000 });
      await expect(
        memberPage.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      ).resolves.toBe(true);
    } finally {
      await memberPage.context().close();
    }
  });

  test('a session ended behind the page sends it to sign-in without a click', async () => {
    // Signed out through the API: the page's cache still holds the user, and it makes no call of its
    // own. The server closes the page's events socket at once (4401), and the page asks who is signed in.
    const signedOut = await page.request.fetch(`${server.url}/api/v1/auth/sign-out`, {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken },
    });
    expect(signedOut.status()).toBe(204);
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
