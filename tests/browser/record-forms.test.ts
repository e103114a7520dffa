import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callApi } from './support/chromium.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The record forms: the person form shows every e-mail and phone a person has, not only the primary
 * ones (the others can be changed, removed and added, each with its type), says in itself what a
 * record lacks and which field is wrong; a company added through its form lands on its page.
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

const apiCall = <T>(method: 'GET' | 'POST', route: string, body?: object) =>
  callApi<T>(page, { url: server.url, csrfToken }, method, route, body);

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
      phones: [{ number: '+44 20 7946 0958', type: 'work' }],
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
    await form.getByRole('button', { name: 'Add another phone' }).click();
    await form.getByRole('textbox', { name: 'Other phone 1' }).fill('+44 7911 123456');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });

    const saved = await apiCall<Person>('GET', `/people/${zoe.id}`);
    expect(saved.emails).toEqual([
      { address: 'zoe@work.example', type: 'work' },
      { address: 'zoe@elsewhere.example', type: 'personal' },
    ]);
    expect(saved.phones).toEqual([
      { number: '+442079460958', type: 'work' },
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
    await page.getByRole('region', { name: 'Profile' }).getByText('+44 7911 123456').waitFor();
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
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
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
    await page.getByRole('heading', { level: 2, name: 'Umbrella' }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('vendor').waitFor();
    await profile.getByText(ADMIN.name).waitFor();
  });
});
