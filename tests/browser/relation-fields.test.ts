import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A relation custom field reads as the name of the record it points at, linked to it, wherever its
 * value shows: the profile, a list column (the page's names in one request), its CSV export and the
 * merge review. It used to read "Open" on the profile and in lists, and as an id in the merge review
 * and exports.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

async function addPerson(key: string, body: object): Promise<void> {
  ids[key] = (await apiCall<{ id: string }>('POST', '/people', body)).id;
}

describe('relation custom fields', () => {
  test('people point at who referred them and at a partner company; one referrer is then deleted', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Referrals');
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Referred by',
      type: 'relation',
      target: 'people',
    });
    await apiCall('POST', '/custom-fields', {
      objectType: 'people',
      label: 'Partner',
      type: 'relation',
      target: 'companies',
    });
    ids.acme = (await apiCall<{ id: string }>('POST', '/companies', { name: 'Acme Partners' })).id;
    await addPerson('bob', { firstName: 'Bob', lastName: 'Small' });
    await addPerson('zed', { firstName: 'Zed', lastName: 'Gone' });
    await addPerson('ada', {
      firstName: 'Ada',
      lastName: 'Byron',
      email: 'ada@byron.example',
      customFields: { referredBy: ids.bob, partner: ids.acme },
    });
    await addPerson('twin', {
      firstName: 'Ada',
      lastName: 'Byron',
      email: 'ada@byron.example',
      customFields: { referredBy: ids.zed },
    });
    await apiCall('DELETE', `/people/${ids.zed}`);
  });

  test('the profile names the referrer and the partner, each a link to its page', async () => {
    await page.goto(`${server.url}/people/${ids.ada}`);
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByRole('link', { name: 'Acme Partners' }).waitFor();
    await profile.getByRole('link', { name: 'Bob Small' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bob Small' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${ids.bob}`);
  });

  test('a referrer deleted since says so instead of a name', async () => {
    await page.goto(`${server.url}/people/${ids.twin}`);
    await page
      .getByRole('region', { name: 'Profile' })
      .getByRole('link', { name: 'A person no longer here' })
      .waitFor();
  });

  test('a list column shows the names, all asked for in one request', async () => {
    const asked: string[] = [];
    const listen = (request: { url: () => string }) => {
      if (/\/api\/v1\/people\?.*ids=/.test(request.url())) asked.push(request.url());
    };
    page.on('request', listen);
    try {
      await page.goto(`${server.url}/people?columns=name,customFields.referredBy,customFields.partner`);
      const grid = page.getByRole('grid', { name: 'People' });
      // Ada and her twin share an e-mail: one row names Bob and Acme, the other the deleted Zed.
      const adas = grid.getByRole('row').filter({ hasText: 'Ada Byron' });
      await adas.getByRole('link', { name: 'Bob Small' }).waitFor();
      await adas.getByRole('link', { name: 'Acme Partners' }).waitFor();
      await adas.getByRole('link', { name: 'A person no longer here' }).waitFor();
      expect(asked).toHaveLength(1);
    } finally {
      page.off('request', listen);
    }
  });

  test('the list exported for Excel names each relation’s record beside its id', async () => {
    await page.goto(`${server.url}/people?columns=name,customFields.referredBy,customFields.partner`);
    await page.getByRole('grid', { name: 'People' }).getByRole('link', { name: 'Acme Partners' }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const href = await page.getByRole('menuitem', { name: 'CSV for Excel' }).getAttribute('href');
    await page.keyboard.press('Escape');
    const csv = (await (await page.request.get(`${server.url}${href}`)).text()).replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header).toBe('First name,Last name,Referred by,Referred by (name),Partner,Partner (name)');
    expect(lines).toContain(`Ada,Byron,${ids.bob},Bob Small,${ids.acme},Acme Partners`);
    // A referrer deleted since has no name to give.
    expect(lines).toContain(`Ada,Byron,${ids.zed},,,`);
  });

  test('the merge review compares the referrers by name', async () => {
    await page.goto(`${server.url}/duplicates/people/${ids.ada}/${ids.twin}`);
    const fields = page.getByRole('table', { name: 'Compare fields' });
    const referred = fields.getByRole('row').filter({ hasText: 'Referred by' });
    await referred.getByText('Bob Small').waitFor();
    await referred.getByText('A person no longer here').waitFor();
    expect(await referred.textContent()).not.toContain(ids.bob);
  });
});
