import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi, openPage } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
let personId = '';
let repId = '';
const REP = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const card = () => page.getByRole('region', { name: 'Consents' });
const current = () => card().getByRole('list', { name: 'Current consents' });

async function recordConsent(event: { purpose: string; status: 'Granted' | 'Withdrawn'; channel: string }) {
  await card().getByRole('button', { name: 'Record consent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record consent of Ada Byron' });
  const purpose = dialog.getByLabel('Purpose');
  await purpose.fill(event.purpose);
  // Leave the field so its suggestions close and uncover the fields below.
  await purpose.press('Tab');
  await dialog.getByText(event.status, { exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Channel' }).click();
  await page.getByRole('option', { name: event.channel, exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Evidence' }).fill(`${event.status} on the phone`);
  await dialog.getByRole('button', { name: 'Record' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('consents on the person page', () => {
  test('a workspace with a customer', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    personId = (
      await callApi<{ id: string }>(page, { url: server.url, csrfToken }, 'POST', '/people', {
        firstName: 'Ada',
        lastName: 'Byron',
      })
    ).id;
    repId = (
      await callApi<{ id: string }>(page, { url: server.url, csrfToken }, 'POST', '/users', {
        ...REP,
        role: 'sales',
      })
    ).id;
    await callApi(page, { url: server.url, csrfToken }, 'POST', '/people', {
      firstName: 'Mary',
      lastName: 'Somerville',
      ownerId: repId,
    });
  });

  test('recording a grant, then a withdrawal on any channel, changes the current state', async () => {
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Byron' }).waitFor();
    await card().getByText('No consent recorded.').waitFor();

    await recordConsent({ purpose: 'newsletter', status: 'Granted', channel: 'E-mail' });
    const email = current().getByRole('listitem', { name: 'Newsletter · E-mail: granted' });
    await email.waitFor();
    await expect(email.getByText('Granted', { exact: true }).isVisible()).resolves.toBe(true);

    await recordConsent({ purpose: 'newsletter', status: 'Withdrawn', channel: 'Any channel' });
    const withdrawn = current().getByRole('listitem', { name: 'Newsletter · E-mail: withdrawn' });
    await withdrawn.waitFor();
    await expect(withdrawn.textContent()).resolves.toContain('for any channel');
    await current().getByRole('listitem', { name: 'Newsletter · Any channel: withdrawn' }).waitFor();
    await expect(
      current()
        .getByRole('listitem', { name: /granted$/ })
        .count(),
    ).resolves.toBe(0);

    await card().getByRole('button', { name: 'History (2)' }).click();
    const history = card().getByRole('list', { name: 'Consent history' });
    await history.getByText('Withdrawn on the phone').waitFor();
    await expect(history.getByRole('listitem').count()).resolves.toBe(2);
  });

  test('a sales rep records consents of her own customers only, as the server allows', async () => {
    const repPage = await openPage(browser, server.url);
    try {
      const signIn = await repPage.context().request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email: REP.email, password: REP.password },
      });
      expect(signIn.status()).toBe(200);
      const repCard = () => repPage.getByRole('region', { name: 'Consents' });

      // Someone else's customer: the current state is there to read, the actions are not.
      await repPage.goto(`${server.url}/people/${personId}`);
      await repPage.getByRole('heading', { level: 1, name: 'Ada Byron' }).waitFor();
      await repCard().getByRole('list', { name: 'Current consents' }).waitFor();
      await expect(repCard().getByRole('button', { name: 'Record consent' }).count()).resolves.toBe(0);
      await expect(repPage.getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);

      // Her own customer: both are offered.
      const mine = await repPage.context().request.get(`${server.url}/api/v1/people?q=Somerville`);
      const { data } = (await mine.json()) as { data: { id: string }[] };
      await repPage.goto(`${server.url}/people/${data[0]?.id}`);
      await repPage.getByRole('heading', { level: 1, name: 'Mary Somerville' }).waitFor();
      await repCard().getByRole('button', { name: 'Record consent' }).waitFor();
      await repPage.getByRole('button', { name: 'Edit' }).waitFor();
    } finally {
      await repPage.context().close();
    }
  });
});
