import type { Locator, Page, Response } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

let server: RapportServer;
let page: Page;
let session = { url: '', csrfToken: '' };
const ids = { ada: '', twin: '', acme: '', grace: '', zapier: '' };

browserSuite((suite) => {
  ({ server, page } = suite);
});

const api = <T>(method: 'GET' | 'POST' | 'PATCH', route: string, body?: object) =>
  callApi<T>(page, session, method, route, body);

describe('a record’s history reads as sentences; the merge review says what moves', () => {
  test('a workspace where Ada changes hands and gains an e-mail, and has a twin with a past', async () => {
    session = { url: server.url, csrfToken: await setUpWorkspace(page, server.url, 'Analytical Engines') };
    ids.grace = (
      await api<{ id: string }>('POST', '/users', {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        password: 'navy compiler 1906',
        role: 'sales',
      })
    ).id;
    ids.acme = (await api<{ id: string }>('POST', '/companies', { name: 'Acme Looms' })).id;
    ids.ada = (
      await api<{ id: string }>('POST', '/people', {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@engines.example',
        tags: ['prospect'],
      })
    ).id;
    await api('PATCH', `/people/${ids.ada}`, {
      ownerId: ids.grace,
      companyId: ids.acme,
      emails: [
        { address: 'ada@engines.example', type: 'work' },
        { address: 'ada@lovelace.example', type: 'personal' },
      ],
      tags: ['customer'],
    });

    ids.twin = (
      await api<{ id: string }>('POST', '/people', {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'countess@lovelace.example',
      })
    ).id;
    for (const subject of ['Notes on the engine', 'Bernoulli numbers'])
      await api('POST', '/activities', { type: 'call', subject, personIds: [ids.twin] });
    await api('POST', '/deals', { name: 'Difference engine', personIds: [ids.twin] });
    await api('POST', '/tickets', { subject: 'Punch cards jam', requesterId: ids.twin });
    await api('POST', `/people/${ids.twin}/consents`, {
      purpose: 'newsletter',
      channel: 'email',
      status: 'granted',
    });
  });

  test('the History tab names the new owner and company, and says which e-mail and tag came and went', async () => {
    await page.goto(`${server.url}/people/${ids.ada}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(`${ADMIN.name} updated the person`).waitFor();
    const update = page.getByRole('tabpanel', { name: 'History' });
    // The creator owned her until now.
    await update.getByText(`Owner: ${ADMIN.name} → Grace Hopper`).waitFor();
    await update.getByText('E-mails: added ada@lovelace.example').waitFor();
    await update.getByText('Tags: added customer, removed prospect').waitFor();
    const company = update.getByRole('link', { name: 'Acme Looms' });
    expect(await company.getAttribute('href')).toBe(`/companies/${ids.acme}`);
    await update.getByText('via web app').first().waitFor();
    // No id or JSON is left on the tab.
    const text = (await update.textContent()) ?? '';
    expect(text).not.toContain(ids.grace);
    expect(text).not.toContain(ids.acme);
    expect(text).not.toContain('{"');
  });

  test('the merge review says what the merge will carry over, whichever record is kept', async () => {
    await page.goto(`${server.url}/duplicates/people/${ids.ada}/${ids.twin}`);
    await page.getByRole('heading', { level: 1, name: 'Review a possible duplicate' }).waitFor();
    const moves = page.getByRole('status', { name: 'What the merge moves' });
    // Two calls, and the timeline entries the ticket and the consent wrote.
    await moves
      .getByText('Moves 4 activities, 1 deal, 1 ticket and 1 consent from Ada Lovelace (B).')
      .waitFor();
    await page.getByRole('radio', { name: /^B · Ada Lovelace/ }).check({ force: true });
    // A has no history of her own to bring but her job at Acme Looms.
    await moves.getByText('Moves 1 employment from Ada Lovelace (A).').waitFor();
  });

  test('on a phone each field reads "A: …" above "B: …", all in sight, and a value is still picked by its radio', async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`${server.url}/duplicates/people/${ids.ada}/${ids.twin}`);
      const fields = page.getByRole('list', { name: 'Compare fields' });
      await fields.waitFor();
      expect(await page.getByRole('table', { name: 'Compare fields' }).count()).toBe(0);
      const owner = fields.getByRole('listitem', { name: 'Owner', exact: true });
      const a = await owner.getByText('A: Grace Hopper').boundingBox();
      const b = await owner.getByText(`B: ${ADMIN.name}`).boundingBox();
      if (!a || !b) throw new Error('the owners are not shown');
      expect(a.x + a.width).toBeLessThanOrEqual(PHONE.width);
      expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
      expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
      await fields
        .getByRole('listitem', { name: /^E-mails/ })
        .getByText('B: countess@lovelace.example')
        .waitFor();

      const keepB = owner.getByRole('radio', { name: `Keep Owner: ${ADMIN.name}` });
      await keepB.check({ force: true });
      expect(await keepB.isChecked()).toBe(true);
      expect(await owner.getByRole('radio', { name: 'Keep Owner: Grace Hopper' }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    // Wider, the table is back.
    await page.getByRole('table', { name: 'Compare fields' }).waitFor();
  });

  test('after the merge, the kept record’s history says the change came in a merge, linked to it', async () => {
    await page.getByRole('radio', { name: /^A · Ada Lovelace/ }).check({ force: true });
    // The review does not ask for the record just merged away on its way out.
    const missing: string[] = [];
    const onResponse = (response: Response) => {
      if (response.status() === 404) missing.push(new URL(response.url()).pathname);
    };
    page.on('response', onResponse);
    await page.getByRole('button', { name: 'Merge into Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merged' }).waitFor();
    page.off('response', onResponse);
    expect(missing).toEqual([]);
    const outcome = page.url();
    await page.goto(`${server.url}/people/${ids.ada}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    await history.getByText('E-mails: added countess@lovelace.example').waitFor();
    const merge = history.getByRole('link', { name: 'a merge' });
    await merge.click();
    await page.getByRole('heading', { level: 1, name: 'Merged' }).waitFor();
    expect(page.url()).toBe(outcome);
  });

  test('the merged-away record’s old address leads to the one it went into, which says so; its History tells the merge', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('grid', { name: 'People' }).getByRole('row').nth(1).waitFor();
    // An old link to the twin: the page it went into takes its place, the dead address not kept.
    await page.goto(`${server.url}/people/${ids.twin}`);
    const notice = page.getByRole('status', { name: 'Merged record' });
    await notice.getByText(/^Ada Lovelace was merged into this person on /).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${ids.ada}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    expect(await page.getByText('No such person').count()).toBe(0);
    const seeMerge = notice.getByRole('link', { name: 'See the merge' });
    expect(await seeMerge.getAttribute('href')).toMatch(/^\/duplicates\/merges\/[0-9a-f-]{36}$/);

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    // One line for the merge, from this side, with what it changed and a link to it.
    await history.getByText(`${ADMIN.name} merged Ada Lovelace into this person`).waitFor();
    expect(await history.getByText(/merged Ada Lovelace into this person/).count()).toBe(1);
    expect(await history.getByRole('link', { name: 'a merge' }).getAttribute('href')).toBe(
      await seeMerge.getAttribute('href'),
    );

    // Dismissed, the notice stays gone; Back skips the merged record's address.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people');
  });

  test('a change made with an API token names the token, in History and in the audit log, which finds it by token', async () => {
    const zapier = await api<{ id: string; token: string; lastFour: string }>('POST', '/api-tokens', {
      name: 'Zapier sync',
    });
    ids.zapier = zapier.id;
    const asZapier = (method: string, route: string, body?: object) =>
      fetch(`${server.url}/api/v1${route}`, {
        method,
        headers: { Authorization: `Bearer ${zapier.token}`, 'Content-Type': 'application/json' },
        ...(body && { body: JSON.stringify(body) }),
      });
    expect((await asZapier('PATCH', `/people/${ids.ada}`, { jobTitle: 'Countess' })).status).toBe(200);

    await page.goto(`${server.url}/people/${ids.ada}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    await history.getByText('Job title: empty → Countess').waitFor();
    await history.getByText('via API token “Zapier sync”').waitFor();

    // The token revoked itself: the log still names it, and says so.
    expect((await asZapier('DELETE', `/api-tokens/${zapier.id}`)).status).toBe(204);
    await page.goto(`${server.url}/settings/audit-log`);
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    await page.getByRole('combobox', { name: 'API token' }).click();
    await page.getByRole('option', { name: `Zapier sync (…${zapier.lastFour}, revoked)` }).click();
    // The list is read again for the token: until then it still shows what the web app did.
    await expect.poll(() => page.getByText('via web app').count()).toBe(0);
    await page.getByText(`${ADMIN.name} updated person “Ada Lovelace”`).waitFor();
    await page.getByText('via API token “Zapier sync” (revoked)').first().waitFor();
    // The revocation was made with the token too; what the web app did is left out.
    await page.getByText(`${ADMIN.name} updated API token “Zapier sync”`).waitFor();
    await page
      .getByText(`${ADMIN.name} created person “Ada Lovelace”`)
      .first()
      .waitFor({ state: 'detached' });
  });

  test('the audit log’s filters are in its address: a reload keeps them, and a token links to its changes', async () => {
    await page.goto(`${server.url}/settings/api-tokens`);
    const row = page.getByRole('row').filter({ hasText: 'Zapier sync' });
    await row.getByRole('link', { name: 'See its changes made with “Zapier sync”' }).click();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?apiTokenId=${ids.zapier}`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'API token' }).inputValue())
      .toMatch(/^Zapier sync/);
    await page.getByText(`${ADMIN.name} updated person “Ada Lovelace”`).waitFor();

    // A second filter is a step of its own; both survive a reload, and Back undoes the second.
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Updated' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?action=updated&apiTokenId=${ids.zapier}`);
    await page.reload();
    await page.getByText(`${ADMIN.name} updated API token “Zapier sync”`).waitFor();
    expect(await page.getByRole('combobox', { name: 'Action' }).inputValue()).toBe('Updated');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'API token' }).inputValue())
      .toMatch(/^Zapier sync/);
    await page.goBack();
    await expect.poll(() => page.getByRole('combobox', { name: 'Action' }).inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe(`?apiTokenId=${ids.zapier}`);

    // A link nobody could have made is the whole log, not a broken page.
    await page.goto(`${server.url}/settings/audit-log?apiTokenId=nonsense&action=exploded`);
    await page.getByText(`${ADMIN.name} created person “Ada Lovelace”`).first().waitFor();
  });

  test('on a phone the filters fold under a button, the first entries are in sight, and each action reads whole', async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`${server.url}/settings/audit-log`);
      const first = page.getByRole('button', { name: /^created / }).first();
      await first.waitFor();
      const box = await first.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      const badge = first.getByText('created', { exact: true });
      expect(await badge.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      // The filters are a tap away, two a row, and say how many are set.
      const filters = page.getByRole('button', { name: 'Filters' });
      await filters.click();
      const [from, to] = [page.getByLabel('From', { exact: true }), page.getByLabel('To', { exact: true })];
      await from.fill('2020-01-01');
      // Both read in one poll: the fold opens with a transition, during which they move.
      const rowOf = async (field: Locator) => (await field.boundingBox())?.y;
      await expect.poll(async () => (await rowOf(from)) === (await rowOf(to))).toBe(true);
      await expect.poll(() => filters.textContent()).toBe('Filters1');
      await page.getByText(`${ADMIN.name} created person “Ada Lovelace”`).first().waitFor();
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
  test('a person’s History says who flagged them and their twin as possible duplicates, and who said they are not', async () => {
    const charles = { firstName: 'Charles', lastName: 'Babbage', phone: '+44 20 7946 0101' };
    const first = (await api<{ id: string }>('POST', '/people', charles)).id;
    await api('POST', '/people', { ...charles, firstName: 'Charlie' });
    await api('POST', '/duplicates/scan', { objectType: 'people' });
    const { data } = await api<{ data: { id: string; records: { id: string }[] }[] }>(
      'GET',
      '/duplicates?objectType=people',
    );
    const pair = data.find((c) => c.records.some((r) => r.id === first));
    if (!pair) throw new Error('the twins were not flagged');
    await api('POST', `/duplicates/${pair.id}/dismiss`);

    await page.goto(`${server.url}/people/${first}`);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel', { name: 'History' });
    await history.getByText(/ flagged this person and Charlie Babbage as possible duplicates$/).waitFor();
    await history
      .getByText(`${ADMIN.name} marked this person and Charlie Babbage as not duplicates`)
      .waitFor();
  });
});
