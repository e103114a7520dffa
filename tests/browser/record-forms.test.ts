import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dialogFocused, sessionApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The record forms: the person form shows every e-mail and phone a person has, not only the primary
 * ones (the others can be changed, removed and added, each with its type), says in itself what a
 * record lacks and which field is wrong; a company added through its form lands on its page. A form
 * with changes is not closed by a stray click or Escape without asking, and a closed dialog gives
 * focus back to the button that opened it.
 */

let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

interface Person {
  id: string;
  emails: { address: string; type: string }[];
  phones: { number: string; type: string }[];
}

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

const discardQuestion = () => page.getByRole('dialog', { name: 'Discard your changes?' });

/** Waits until the focus is on the button of that name (a dialog gives it back as it closes). */
const focusedButton = (name: string) =>
  page.waitForFunction(
    (label) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent === label,
    name,
  );

describe('record forms', () => {
  let zoe: Person;

  test('an admin has a person with two e-mails, one of them personal', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Contacts');
    zoe = await apiCall<Person>('POST', '/people', {
      firstName: 'Zoë',
      lastName: 'Quinn',
      emails: [
        { address: 'zoe@work.example', type: 'work' },
        { address: 'zoe@home.example', type: 'personal' },
      ],
      phones: [{ number: '+44 20 7946 0958 ext. 301', type: 'work' }],
    });
  });

  test('Edit shows the second e-mail with its type; it can be changed, and a phone added', async () => {
    await page.goto(`${server.url}/people/${zoe.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn' });
    await expect(form.getByRole('textbox', { name: 'E-mail', exact: true }).inputValue()).resolves.toBe(
      'zoe@work.example',
    );
    const other = form.getByRole('textbox', { name: 'Other e-mail 1' });
    await expect(other.inputValue()).resolves.toBe('zoe@home.example');
    await expect(form.getByRole('combobox', { name: 'Type of other e-mail 1' }).inputValue()).resolves.toBe(
      'Personal',
    );
    await other.fill('zoe@elsewhere.example');
    await expect(form.getByRole('textbox', { name: 'Phone', exact: true }).inputValue()).resolves.toBe(
      '+44 20 7946 0958 ext. 301',
    );
    await form.getByRole('button', { name: 'Add another phone' }).click();
    await form.getByRole('textbox', { name: 'Other phone 1' }).fill('+44 7911 123456');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });

    const saved = await apiCall<Person>('GET', `/people/${zoe.id}`);
    expect(saved.emails).toEqual([
      { address: 'zoe@work.example', type: 'work' },
      { address: 'zoe@elsewhere.example', type: 'personal' },
    ]);
    // The whole list went, the primary as the form showed it: its extension read back apart.
    expect(saved.phones).toEqual([
      { number: '+442079460958', type: 'work', extension: '301' },
      { number: '+447911123456', type: 'mobile' },
    ]);
  });

  test('a wrong other e-mail is named under the list; removing it saves the rest', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn' });
    await form.getByRole('textbox', { name: 'Other e-mail 1' }).fill('zoe@');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('alert').filter({ hasText: '"zoe@" is not an e-mail address.' }).waitFor();
    await form.getByRole('button', { name: 'Remove other e-mail 1' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    const saved = await apiCall<Person>('GET', `/people/${zoe.id}`);
    expect(saved.emails).toEqual([{ address: 'zoe@work.example', type: 'work' }]);
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('+44 7911 123456').waitFor();
    const office = profile.getByRole('link', { name: /^\+44 20 7946 0958 ext\. 301/ });
    await expect(office.getAttribute('href')).resolves.toBe('tel:+442079460958;ext=301');
  });

  test("a colleague's save while the form is open: the form says so, keeps the typing, and saves it on top", async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn' });
    await form.getByRole('textbox', { name: 'Last name' }).fill('Quinn-Abara');
    // Meanwhile someone else moves her on to customer (the form was read before: its ETag is stale).
    await apiCall('PATCH', `/people/${zoe.id}`, { lifecycleStage: 'customer' });
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this person while you were editing' })
      .waitFor();
    await expect(form.getByRole('textbox', { name: 'Last name' }).inputValue()).resolves.toBe('Quinn-Abara');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    // Both changes stand: the second save sent only what was typed here, as of the new version.
    const saved = await apiCall<Person & { lastName: string; lifecycleStage: string }>(
      'GET',
      `/people/${zoe.id}`,
    );
    expect({ lastName: saved.lastName, stage: saved.lifecycleStage }).toEqual({
      lastName: 'Quinn-Abara',
      stage: 'customer',
    });
    await page.getByRole('heading', { name: 'Zoë Quinn-Abara' }).waitFor();
  });

  test("a colleague's save, and her version cannot be read: the form says so and saves once it can", async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn-Abara' });
    await form.getByRole('textbox', { name: 'Job title' }).fill('Head of Research');
    await apiCall('PATCH', `/people/${zoe.id}`, { lifecycleStage: 'evangelist' });
    // The connection drops for reads of her record: the one after the 412 fails (after its retry).
    const record = `**/api/v1/people/${zoe.id}`;
    await page.route(record, (route) =>
      route.request().method() === 'GET' ? route.abort('internetdisconnected') : route.continue(),
    );
    const save = form.getByRole('button', { name: 'Save changes' });
    await save.click();
    await form.getByRole('alert').filter({ hasText: 'their version could not be read' }).waitFor();
    // The save is not left pending: it can be tried again, and the typing is still there.
    await expect(save.isEnabled()).resolves.toBe(true);
    await expect(form.getByRole('textbox', { name: 'Job title' }).inputValue()).resolves.toBe(
      'Head of Research',
    );
    // The page behind stays as read: a failed read again is not a failed page.
    await page.getByRole('heading', { name: 'Zoë Quinn-Abara', exact: true }).waitFor();

    await page.unroute(record);
    await save.click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this person while you were editing.' })
      .waitFor();
    await save.click();
    await form.waitFor({ state: 'detached' });
    const saved = await apiCall<Person & { jobTitle: string; lifecycleStage: string }>(
      'GET',
      `/people/${zoe.id}`,
    );
    expect({ jobTitle: saved.jobTitle, stage: saved.lifecycleStage }).toEqual({
      jobTitle: 'Head of Research',
      stage: 'evangelist',
    });
  });

  test('the New person form says in itself what the person lacks, and which field is wrong', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('dialog', { name: 'New person' });
    await form.getByRole('button', { name: 'Add person' }).click();
    const lacking = form.getByRole('alert');
    await expect(lacking.textContent()).resolves.toBe('Give at least a name, an e-mail or a phone.');
    const email = form.getByRole('textbox', { name: 'E-mail' });
    await email.fill('ada@');
    await lacking.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Add person' }).click();
    // The server's word, under the field, not the browser's bubble.
    await form.getByText('"ada@" is not an e-mail address.').waitFor();
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    // What was typed is a change: Cancel asks before throwing it away.
    await form.getByRole('button', { name: 'Cancel' }).click();
    await discardQuestion().getByRole('button', { name: 'Discard' }).click();
    await form.waitFor({ state: 'detached' });
  });

  test('a click outside a New person form with changes leaves it open, as it was', async () => {
    await page.getByRole('button', { name: 'New person' }).click();
    const form = page.getByRole('dialog', { name: 'New person' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Grace');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Hopper');
    await page.mouse.click(8, 400); // the overlay, left of the dialog
    await page.waitForTimeout(300); // longer than the dialog takes to close
    expect(await form.isVisible()).toBe(true);
    expect(await discardQuestion().count()).toBe(0);
    expect(await form.getByRole('textbox', { name: 'First name' }).inputValue()).toBe('Grace');
    expect(await form.getByRole('textbox', { name: 'Last name' }).inputValue()).toBe('Hopper');
  });

  test('Escape on a form with changes asks; Keep editing keeps them, Discard closes and forgets them', async () => {
    const form = page.getByRole('dialog', { name: 'New person' });
    await page.keyboard.press('Escape');
    await discardQuestion().getByRole('button', { name: 'Keep editing' }).click();
    await discardQuestion().waitFor({ state: 'detached' });
    expect(await form.getByRole('textbox', { name: 'First name' }).inputValue()).toBe('Grace');
    expect(await form.getByRole('textbox', { name: 'Last name' }).inputValue()).toBe('Hopper');

    await page.keyboard.press('Escape');
    await discardQuestion().getByRole('button', { name: 'Discard' }).click();
    await form.waitFor({ state: 'detached' });
    await focusedButton('New person');
    await page.getByRole('button', { name: 'New person' }).click();
    expect(await form.getByRole('textbox', { name: 'First name' }).inputValue()).toBe('');
  });

  test('a form without changes closes on Escape at once', async () => {
    const form = page.getByRole('dialog', { name: 'New person' });
    await form.getByRole('textbox', { name: 'First name' }).fill('Grace');
    await form.getByRole('textbox', { name: 'First name' }).fill(''); // undone: no change
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await discardQuestion().count()).toBe(0);
  });

  test('closing the Edit dialog gives focus back to the Edit button', async () => {
    await page.goto(`${server.url}/people/${zoe.id}`);
    const edit = page.getByRole('button', { name: 'Edit' });
    for (let time = 0; time < 2; time++) {
      await edit.click();
      const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn' });
      await form.getByRole('textbox', { name: 'First name' }).waitFor();
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
      await focusedButton('Edit');
    }
  });

  test('Escape in an open date picker closes the picker only; the next one asks about the changes', async () => {
    await apiCall('POST', '/custom-fields', { objectType: 'people', label: 'Customer since', type: 'date' });
    const before = await apiCall<Person & { jobTitle: string | null }>('GET', `/people/${zoe.id}`);
    await page.reload();
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Zoë Quinn' });
    await form.getByRole('textbox', { name: 'Job title' }).fill('Engineer');
    const since = form.getByLabel('Customer since');
    await since.fill('2024-03-01');
    await since.press('Alt+ArrowDown'); // Chromium's calendar: the page gets no Escape while it is open
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await discardQuestion().count()).toBe(0);
    expect(await form.getByRole('textbox', { name: 'Job title' }).inputValue()).toBe('Engineer');
    expect(await since.inputValue()).toBe('2024-03-01');

    await page.keyboard.press('Escape');
    await discardQuestion().getByRole('button', { name: 'Discard' }).click();
    await form.waitFor({ state: 'detached' });
    await focusedButton('Edit');
    const saved = await apiCall<Person & { jobTitle: string | null }>('GET', `/people/${zoe.id}`);
    expect(saved.jobTitle).toBe(before.jobTitle);
  });

  test('a company added through its form lands on its page, with its owner and tags', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('button', { name: 'New company' }).click();
    const form = page.getByRole('dialog', { name: 'New company' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Umbrella');
    await form.getByRole('textbox', { name: 'Domain' }).fill('umbrella.example');
    const tags = form.getByRole('combobox', { name: 'Tags' });
    await tags.fill('vendor');
    await tags.press('Enter');
    await form.getByRole('button', { name: 'Add company' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Umbrella' }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('vendor').waitFor();
    await profile.getByText(ADMIN.name).waitFor();
  });

  test('a company read again while its form is open keeps the form on its version: no silent overwrite', async () => {
    const companyId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.clock.install();
    await page.reload();
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit Umbrella' });
    await dialogFocused(form);
    const industry = form.getByRole('textbox', { name: 'Industry' });
    await industry.fill('Pharmaceuticals');
    await apiCall('PATCH', `/companies/${companyId}`, { industry: 'Biotech' });
    // The page reads the company again behind the form: past the cache's 15 s, the window regains focus.
    const readAgain = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === `/api/v1/companies/${companyId}` &&
        response.request().method() === 'GET',
    );
    await page.clock.fastForward('00:20');
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await readAgain;

    await form.getByRole('button', { name: 'Save changes' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this company while you were editing' })
      .waitFor();
    await expect(industry.inputValue()).resolves.toBe('Pharmaceuticals');
    const meanwhile = await apiCall<{ industry: string }>('GET', `/companies/${companyId}`);
    expect(meanwhile.industry).toBe('Biotech');
    // Saved again, knowingly: this user's word over theirs.
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    const saved = await apiCall<{ industry: string }>('GET', `/companies/${companyId}`);
    expect(saved.industry).toBe('Pharmaceuticals');
  });
});
