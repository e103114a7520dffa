import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

const VIEWER = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };
const REP = { name: 'Hedy Lamarr', email: 'hedy@example.com', password: 'frequency hopping 1942' };
const FILE = 'First Name,Last Name,Email\r\nAda,Byron,ada.byron@example.com\r\nNo,Address,not-an-email\r\n';

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
/** Marie Curie's id, then Marie Sklodowska's: the pair the duplicate scan finds. */
const marieIds: string[] = [];

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

/** A page of its own, signed in as the member: the admin's page stays as it was. */
async function signedInAs(member: { email: string; password: string }): Promise<Page> {
  const memberPage = await openPage(browser, server.url);
  const signIn = await memberPage.context().request.post(`${server.url}/api/v1/auth/sign-in`, {
    data: { email: member.email, password: member.password },
  });
  expect(signIn.status()).toBe(200);
  return memberPage;
}

async function importAndWait(): Promise<void> {
  const { id } = await apiCall<{ id: string }>('POST', '/imports', {
    object: 'people',
    filename: 'contacts.csv',
  });
  await apiCall('PUT', `/imports/${id}/file`, FILE);
  await apiCall('POST', `/imports/${id}/start`, {});
  for (let tries = 0; tries < 100; tries++) {
    if ((await apiCall<{ status: string }>('GET', `/imports/${id}`)).status === 'completed') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The import did not finish.');
}

const pairOf = (on: Page) =>
  on.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem').filter({ hasText: 'Marie' });

describe('roles: what a viewer and a sales rep are offered on imports and duplicates', () => {
  test('an admin imports a file with a bad row, and two people share an e-mail', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    await apiCall('POST', '/users', { ...VIEWER, role: 'viewer' });
    await apiCall('POST', '/users', { ...REP, role: 'sales' });
    await importAndWait();
    for (const lastName of ['Curie', 'Sklodowska']) {
      const marie = { firstName: 'Marie', lastName, email: 'marie@curie.example' };
      marieIds.push((await apiCall<{ id: string }>('POST', '/people', marie)).id);
    }
    await apiCall('POST', '/duplicates/scan', { objectType: 'people' });
  });

  test('the viewer follows past imports and their rejected rows, and is offered no import', async () => {
    const viewer = await signedInAs(VIEWER);
    try {
      await viewer.goto(`${server.url}/imports`);
      await viewer.getByText('Your role may look at imports, not start one').waitFor();
      const listed = viewer
        .getByRole('table', { name: 'Imports' })
        .getByRole('link', { name: 'contacts.csv' });
      await listed.waitFor();
      expect(await viewer.getByRole('alert').count()).toBe(0);
      expect(await viewer.getByText('Forbidden').count()).toBe(0);

      await listed.click();
      await viewer.getByRole('heading', { level: 2, name: 'Import done' }).waitFor();
      const rejected = viewer.getByRole('region', { name: 'Rejected rows' });
      await rejected.getByText('No · Address · not-an-email').waitFor();
      await viewer.getByRole('link', { name: 'Download 1 rejected row with reasons' }).waitFor();
      expect(await viewer.getByRole('button', { name: 'Cancel import' }).count()).toBe(0);
      expect(await viewer.getByRole('alert').count()).toBe(0);
    } finally {
      await viewer.context().close();
    }
  });

  test('the viewer sees the pair on Duplicates and can compare it, but not dismiss or merge it', async () => {
    const viewer = await signedInAs(VIEWER);
    try {
      await viewer.goto(`${server.url}/duplicates`);
      const pair = pairOf(viewer);
      await pair.getByRole('link', { name: /^Review / }).waitFor();
      expect(await viewer.getByRole('button', { name: /Not duplicates/ }).count()).toBe(0);
      expect(await viewer.getByRole('button', { name: 'Scan now' }).count()).toBe(0);

      await pair.getByRole('link', { name: /^Review / }).click();
      await viewer.getByRole('heading', { level: 1, name: 'Review a possible duplicate' }).waitFor();
      await viewer.getByText('Your role may compare people, not merge them.').waitFor();
      expect(await viewer.getByRole('button', { name: /^Merge into/ }).count()).toBe(0);
      expect(await viewer.getByRole('button', { name: 'Not duplicates' }).count()).toBe(0);
    } finally {
      await viewer.context().close();
    }
  });

  test('a sales rep may dismiss the pair, but merge only people she owns', async () => {
    const rep = await signedInAs(REP);
    try {
      await rep.goto(`${server.url}/duplicates`);
      const pair = pairOf(rep);
      await pair.getByRole('button', { name: /^Not duplicates/ }).waitFor();
      await pair.getByRole('link', { name: /^Review / }).click();
      const merge = rep.getByRole('button', { name: /^Merge into Marie/ });
      await merge.waitFor();
      expect(await merge.isDisabled()).toBe(true);
      await rep.getByText(/^Your role may merge only people you own: Marie \w+ is not yours\.$/).waitFor();
      await rep.getByRole('button', { name: 'Not duplicates' }).waitFor();
    } finally {
      await rep.context().close();
    }
  });
});

describe('a person’s page offers the review of the twin it may be', () => {
  const notice = (on: Page) => on.getByRole('status', { name: 'Possibly the same person as another' });

  test('the viewer, who may not merge, is offered to compare the pair, not to merge it', async () => {
    const viewer = await signedInAs(VIEWER);
    try {
      await viewer.goto(`${server.url}/people/${marieIds[0]}`);
      await notice(viewer).getByRole('link', { name: 'Compare with Marie Sklodowska' }).waitFor();
      expect(await viewer.getByRole('link', { name: /^Review and merge/ }).count()).toBe(0);
    } finally {
      await viewer.context().close();
    }
  });

  test('the admin goes from Marie Curie’s page to the review of her pair, and merges it', async () => {
    await page.goto(`${server.url}/people/${marieIds[0]}`);
    await page.getByRole('heading', { level: 1, name: 'Marie Curie' }).waitFor();
    // The twin's name leads to the twin; the button beside it to the pair's review.
    const twin = notice(page).getByRole('link', { name: 'Marie Sklodowska', exact: true });
    await expect(twin.getAttribute('href')).resolves.toBe(`/people/${marieIds[1]}`);
    await notice(page).getByRole('link', { name: 'Review and merge with Marie Sklodowska' }).click();

    await page.getByRole('heading', { level: 1, name: 'Review a possible duplicate' }).waitFor();
    const [, object, firstId, secondId] = new URL(page.url()).pathname.split('/').slice(1);
    expect(object).toBe('people');
    expect([firstId, secondId].sort()).toEqual([...marieIds].sort());
    await page.getByRole('button', { name: 'Merge into Marie Curie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merged' }).waitFor();
    const open = await apiCall<{ data: unknown[] }>('GET', '/duplicates?objectType=people&status=open');
    expect(open.data).toEqual([]);
  });
});
