import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sessionApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

// Calls, meetings and e-mails had outside Rapport are logged from the record's page, beside notes;
// what a member logged by hand they correct and delete there, and "Last contact" follows.

const REP = { name: 'Grace Hopper', email: 'grace@example.com', password: 'navy compiler 1906' };

let server: RapportServer;
let browser: Browser;
let page: Page;
let csrfToken = '';
let personId = '';
let companyId = '';

browserSuite((suite) => {
  ({ server, browser, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));
const timeline = () => page.getByRole('region', { name: 'Timeline' });
const composer = () => timeline().getByRole('form', { name: 'Add to the history' });
const lastContact = () => page.getByRole('region', { name: 'Last contact' });
/** Mantine's segmented controls keep their radios hidden: the label is what is clicked. */
const choose = (group: string, option: string) =>
  composer().getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
const entry = (title: string) => timeline().getByRole('article', { name: title, exact: true });
const menuOf = (title: string) => page.getByRole('button', { name: `Actions for “${title}”` });

describe('logging calls, meetings and e-mails on a record', () => {
  test('a workspace with a customer and a sales rep', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    await apiCall('POST', '/users', { ...REP, role: 'sales' });
    companyId = (await apiCall<{ id: string }>('POST', '/companies', { name: 'Analytical Engines' })).id;
    personId = (
      await apiCall<{ id: string }>('POST', '/people', { firstName: 'Ada', lastName: 'Byron', companyId })
    ).id;
  });

  test('a call they made, logged with when and what about, is the last contact', async () => {
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Byron' }).waitFor();
    await lastContact().getByText('Nobody on the team has been in touch yet.').waitFor();
    await choose('What to add', 'Call');
    await choose('Direction', 'They called');
    await composer().getByRole('textbox', { name: 'When' }).fill('2026-03-02T09:15');
    await composer().getByRole('textbox', { name: 'Subject' }).fill('Pricing questions');
    await composer().getByRole('textbox', { name: 'What was said' }).fill('Wants the Pro plan.');
    await composer().getByRole('button', { name: 'Log call' }).click();

    const call = entry('Call (inbound): Pricing questions');
    await call.getByText('Wants the Pro plan.').waitFor();
    const when = await call.locator('time').getAttribute('datetime');
    expect(when).toBe(new Date('2026-03-02T09:15').toISOString());
    await lastContact().getByText(ADMIN.name).waitFor();
    await expect(lastContact().locator('time').getAttribute('datetime')).resolves.toBe(when);
    // The form is ready for the next: same kind, nothing of the last one left.
    await expect(composer().getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe('');
    await expect(composer().getByRole('button', { name: 'Log call' }).isEnabled()).resolves.toBe(true);
  });

  test('a meeting is logged with nothing written, and has no direction', async () => {
    await choose('What to add', 'Meeting');
    expect(await composer().getByRole('radiogroup', { name: 'Direction' }).count()).toBe(0);
    await composer().getByRole('button', { name: 'Log meeting' }).click();
    await entry('Meeting').waitFor();
    // Now, so later than the call: the last contact moves on.
    await expect
      .poll(async () => lastContact().locator('time').getAttribute('datetime'))
      .not.toBe(new Date('2026-03-02T09:15').toISOString());
    // A note needs words: its button waits for them.
    await choose('What to add', 'Note');
    await expect(composer().getByRole('button', { name: 'Add note' }).isDisabled()).resolves.toBe(true);
  });

  test('the call is corrected in place; leaving a changed form asks first', async () => {
    await entry('Call (inbound): Pricing questions').hover();
    await menuOf('Call (inbound): Pricing questions').click();
    await page.getByRole('menuitem', { name: 'Edit call' }).click();
    const form = page.getByRole('dialog', { name: 'Edit call' });
    await expect(form.getByRole('textbox', { name: 'Subject' }).inputValue()).resolves.toBe(
      'Pricing questions',
    );
    await form.getByRole('textbox', { name: 'What was said' }).getByText('Wants the Pro plan.').waitFor();
    await form.getByRole('textbox', { name: 'Subject' }).fill('Pricing and terms');
    await page.keyboard.press('Escape');
    await page
      .getByRole('dialog', { name: 'Discard your changes?' })
      .getByRole('button', { name: 'Keep editing' })
      .click();
    const text = form.getByRole('textbox', { name: 'What was said' });
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Needs 30-day terms.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    const call = entry('Call (inbound): Pricing and terms');
    await call.getByText('Wants the Pro plan. Needs 30-day terms.').waitFor();
    // Focus is back on the entry's menu, where the user was.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Actions for “Call (inbound): Pricing and terms”');
  });

  test('deleting the meeting gives the last contact back to the call', async () => {
    await entry('Meeting').hover();
    await menuOf('Meeting').click();
    await page.getByRole('menuitem', { name: 'Delete meeting' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this meeting?' });
    await confirm.getByRole('button', { name: 'Delete meeting' }).click();
    await entry('Meeting').waitFor({ state: 'detached' });
    await expect
      .poll(async () => lastContact().locator('time').getAttribute('datetime'))
      .toBe(new Date('2026-03-02T09:15').toISOString());
  });

  test('on the company’s page, a meeting is logged with one of its people, their last contact; a call with nobody, its own', async () => {
    await page.goto(`${server.url}/companies/${companyId}`);
    await page.getByRole('heading', { level: 1, name: 'Analytical Engines' }).waitFor();
    await lastContact().getByRole('link', { name: 'Ada Byron' }).waitFor();
    const march = new Date('2026-03-02T09:15').toISOString();
    await expect(lastContact().locator('time').getAttribute('datetime')).resolves.toBe(march);
    await choose('What to add', 'Meeting');
    await composer().getByRole('combobox', { name: 'With' }).fill('Ada');
    await page.getByRole('option', { name: /Ada Byron/ }).click();
    await composer().getByRole('textbox', { name: 'Subject' }).fill('Site visit');
    await composer().getByRole('button', { name: 'Log meeting' }).click();
    await entry('Meeting: Site visit').waitFor();
    await expect.poll(async () => lastContact().locator('time').getAttribute('datetime')).not.toBe(march);
    await expect(composer().getByRole('combobox', { name: 'With' }).inputValue()).resolves.toBe('');

    // A call to the switchboard, with nobody named, is the company's last contact all the same.
    await choose('What to add', 'Call');
    await composer().getByRole('textbox', { name: 'Subject' }).fill('Switchboard');
    await composer().getByRole('button', { name: 'Log call' }).click();
    await timeline()
      .getByRole('article', { name: /Switchboard/ })
      .waitFor();
    await lastContact().getByRole('link', { name: 'Ada Byron' }).waitFor({ state: 'detached' });
    await lastContact().getByText(ADMIN.name).waitFor();
  });

  test('a sales rep corrects what she logged, not what a colleague did', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const signIn = await context.request.post(`${server.url}/api/v1/auth/sign-in`, {
        data: { email: REP.email, password: REP.password },
      });
      expect(signIn.status()).toBe(200);
      const rep = await context.newPage();
      await rep.goto(`${server.url}/people/${personId}`);
      const history = rep.getByRole('region', { name: 'Timeline' });
      await history
        .getByRole('form', { name: 'Add to the history' })
        .getByRole('radiogroup', { name: 'What to add' })
        .getByText('E-mail', { exact: true })
        .click();
      await history.getByRole('textbox', { name: 'Subject' }).fill('Proposal sent');
      await history.getByRole('button', { name: 'Log e-mail' }).click();
      const mine = history.getByRole('article', { name: 'Email (outbound): Proposal sent' });
      await mine.hover();
      await rep.getByRole('button', { name: 'Actions for “Email (outbound): Proposal sent”' }).waitFor();
      const theirs = history.getByRole('article', { name: 'Call (inbound): Pricing and terms' });
      await theirs.hover();
      expect(
        await rep.getByRole('button', { name: 'Actions for “Call (inbound): Pricing and terms”' }).count(),
      ).toBe(0);
    } finally {
      await context.close();
    }
  });
});
