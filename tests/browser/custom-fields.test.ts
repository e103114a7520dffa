import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { tierField } from '../support/tier-field.ts';
import { callApi, DESKTOP, PHONE } from './support/chromium.ts';
import { setUpWorkspace } from './support/first-run.ts';
import { expectInPhoneView, expectTableUncut } from './support/phone-fit.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A custom field's life in Settings: made, relabelled, archived, restored, and deleted with its data
 * after a warning; and the fields' table on a phone. (data.test.ts adds one through the dialog and
 * imports into it.)
 */
let server: RapportServer;
let page: Page;
let csrfToken = '';

browserSuite((suite) => {
  ({ server, page } = suite);
});

describe('custom fields in Settings', () => {
  test('an admin opens the custom fields of a workspace that has a “Tier” field', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Field Office');
    await callApi(page, { url: server.url, csrfToken }, 'POST', '/custom-fields', tierField('people'));
    await page.goto(`${server.url}/settings/custom-fields`);
    await page
      .getByRole('table', { name: 'Custom fields' })
      .getByRole('row')
      .filter({ hasText: 'Tier' })
      .waitFor();
  });

  test('a field can be relabelled, archived, restored, and deleted with its data after a warning', async () => {
    await page.getByRole('button', { name: 'Add field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field for people' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Renewal value');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Currency', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Currency' }).fill('eur');
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Custom fields' });
    await table.getByRole('row').filter({ hasText: 'Renewal value' }).getByText('EUR').waitFor();

    await page.getByRole('button', { name: 'Edit Renewal value' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “Renewal value”' });
    await edit.getByRole('textbox', { name: 'Label' }).fill('Contract value');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ hasText: 'Contract value' });
    // The key stays what it was: records, imports and API clients use it.
    await row.getByText('renewalValue', { exact: true }).waitFor();

    // Two saved views use it (one filters on it, one sorts by it): archiving or deleting it names them.
    const session = { url: server.url, csrfToken };
    for (const view of [
      { name: 'Big renewals', filter: { field: 'customFields.renewalValue', op: 'gt', value: 1000 } },
      { name: 'Renewals', sort: '-customFields.renewalValue' },
      { name: 'Shown only', columns: ['name', 'customFields.renewalValue'] },
    ])
      await callApi(page, session, 'POST', '/saved-views', { objectType: 'people', shared: true, ...view });
    await page.reload();

    await page.getByRole('button', { name: 'Archive Contract value' }).click();
    await row.getByText('Archived').waitFor();
    await page
      .getByText(
        'The views “Big renewals” and “Renewals” filter or sort by it, and say so until the field is restored.',
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await page.getByRole('switch', { name: 'Show archived fields' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Restore Contract value' }).click();
    await row.getByText('Active').waitFor();
    await page.getByRole('button', { name: 'Archive Contract value' }).click();
    await page.getByRole('button', { name: 'Delete Contract value' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Contract value” and its data?' });
    await confirm.getByText('will be deleted from every person', { exact: false }).waitFor();
    await confirm
      .getByText(
        'The views “Big renewals” and “Renewals” filter or sort by it: each will name a deleted field',
        {
          exact: false,
        },
      )
      .waitFor();
    await confirm.getByRole('button', { name: 'Delete field and data' }).click();
    await row.waitFor({ state: 'detached' });
    await table.getByRole('row').filter({ hasText: 'Tier' }).waitFor();
  });

  test('on a phone, and beside the menu at 1024 and 1280 px, a field’s name, type, status and actions are all in sight', async () => {
    await page.goto(`${server.url}/settings/custom-fields`);
    await page.setViewportSize(PHONE);
    try {
      const fields = page.getByRole('table', { name: 'Custom fields' });
      const tier = fields.getByRole('row').filter({ hasText: 'Tier' });
      await tier.getByText('Single select').waitFor();
      const actions = ['Edit Tier', 'Archive Tier'].map((name) => tier.getByRole('button', { name }));
      await expectInPhoneView(tier.getByText('Active'), ...actions);
      await expectTableUncut(fields);
      // Beside the Settings menu at 1024 and 1280 px the table gets less room than a wide phone's.
      for (const width of [1024, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await expectTableUncut(fields);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});

describe('a saved view naming a field archived since it was saved', () => {
  const pickView = async (name: RegExp) => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('combobox', { name: 'View' }).click();
    await page.getByRole('option', { name }).click();
  };

  let shoeSize = '';

  test('says which field, shows the list without it when asked, and filters again once it is restored', async () => {
    const session = { url: server.url, csrfToken };
    const field = await callApi<{ id: string }>(page, session, 'POST', '/custom-fields', {
      objectType: 'people',
      key: 'shoeSize',
      label: 'Shoe size',
      type: 'number',
    });
    await callApi(page, session, 'POST', '/people', { lastName: 'Bigfoot', customFields: { shoeSize: 47 } });
    await callApi(page, session, 'POST', '/people', {
      lastName: 'Smallfoot',
      customFields: { shoeSize: 38 },
    });
    await callApi(page, session, 'POST', '/saved-views', {
      objectType: 'people',
      name: 'Big feet',
      shared: true,
      filter: { field: 'customFields.shoeSize', op: 'gt', value: 44 },
      columns: ['name', 'customFields.shoeSize'],
      sort: '-customFields.shoeSize',
    });
    shoeSize = field.id;
    await callApi(page, session, 'POST', `/custom-fields/${field.id}/archive`);

    // Not "the filter is not valid": the field, by its name, and the way on. No list meanwhile: one
    // without the condition would be wider than the view, and a bulk action would reach all of it.
    await pickView(/Big feet/);
    await page.getByText('Its filter and sort name “Shoe size” (archived).', { exact: false }).waitFor();
    await page.getByText('Shoe size (archived) is greater than 44').waitFor();
    const grid = page.getByRole('grid', { name: 'People' });
    expect(await grid.count()).toBe(0);
    await page.getByRole('button', { name: 'Show the list without it' }).click();
    await grid.getByRole('link', { name: 'Smallfoot' }).waitFor();
    await grid.getByRole('link', { name: 'Bigfoot' }).waitFor();
    await page.getByText('Changed', { exact: true }).waitFor();

    await callApi(page, session, 'POST', `/custom-fields/${field.id}/restore`);
    await pickView(/Big feet/);
    await grid.getByRole('link', { name: 'Bigfoot' }).waitFor();
    // All people may have been listed as the view was picked: its rows replace theirs.
    await expect.poll(() => grid.getByRole('link', { name: 'Smallfoot' }).count()).toBe(0);
    expect(await page.getByText('no longer in use', { exact: false }).count()).toBe(0);
  });

  test('one only sorted by it is shown in its default order, and says why', async () => {
    const session = { url: server.url, csrfToken };
    await callApi(page, session, 'POST', '/saved-views', {
      objectType: 'people',
      name: 'By shoe size',
      shared: false,
      sort: 'customFields.shoeSize',
    });
    await callApi(page, session, 'POST', `/custom-fields/${shoeSize}/archive`);
    await pickView(/By shoe size/);
    await page.getByText('This list is sorted by “Shoe size” (archived), a field no longer in use').waitFor();
    const grid = page.getByRole('grid', { name: 'People' });
    await grid.getByRole('link', { name: 'Smallfoot' }).waitFor();
    await grid.getByRole('link', { name: 'Bigfoot' }).waitFor();
    // Nothing was changed: the view as saved, sorted as it says once the field is restored.
    expect(await page.getByText('Changed', { exact: true }).count()).toBe(0);
  });

  test('one filtering on a choice since removed says which field refuses the value', async () => {
    const session = { url: server.url, csrfToken };
    const plan = await callApi<{ id: string }>(page, session, 'POST', '/custom-fields', {
      objectType: 'people',
      key: 'plan',
      label: 'Plan',
      type: 'select',
      choices: [
        { label: 'Basic', value: 'basic' },
        { label: 'Pro', value: 'pro' },
      ],
    });
    await callApi(page, session, 'POST', '/saved-views', {
      objectType: 'people',
      name: 'Pro plans',
      shared: false,
      filter: { field: 'customFields.plan', op: 'eq', value: 'pro' },
    });
    await callApi(page, session, 'PATCH', `/custom-fields/${plan.id}`, {
      choices: [{ label: 'Basic', value: 'basic' }],
    });
    await pickView(/Pro plans/);
    const alert = page.getByRole('alert').filter({ hasText: 'The filter is not valid.' });
    await alert.getByText('Plan: give one of basic.').waitFor();
  });
});

describe('list headers', () => {
  /** Each header's label: its text, and whether it is cut short (its ellipsis shows). */
  const labels = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('thead th span[title]')].map((span) => ({
        label: span.title,
        cut: span.scrollWidth > span.clientWidth,
        height: span.getBoundingClientRect().height,
      })),
    );

  test('read whole on one line for every built-in column; a long field label ends in an ellipsis', async () => {
    await page.setViewportSize(DESKTOP);
    const session = { url: server.url, csrfToken };
    // A list with no record shows no table.
    await callApi(page, session, 'POST', '/companies', { name: 'Hooli' });
    await callApi(page, session, 'POST', '/people', { firstName: 'Gavin', lastName: 'Belson' });
    await callApi(page, session, 'POST', '/custom-fields', {
      objectType: 'companies',
      key: 'renewalWindow',
      label: 'Preferred delivery window for enterprise renewals',
      type: 'text',
    });
    const builtIn =
      'name,domain,industry,employees,annualRevenue,parent,owner,tags,city,country,lastContactedAt,createdAt,updatedAt';
    await page.goto(`${server.url}/companies?columns=${builtIn},customFields.renewalWindow`);
    const grid = page.getByRole('grid', { name: 'Companies' });
    await grid.getByRole('columnheader', { name: /Preferred delivery window/ }).waitFor();
    const companies = await labels();
    expect(companies.filter((h) => h.cut).map((h) => h.label)).toEqual([
      'Preferred delivery window for enterprise renewals',
    ]);
    // One line each: as tall as the shortest.
    const line = Math.min(...companies.map((h) => h.height));
    expect(companies.every((h) => h.height === line)).toBe(true);

    await page.goto(
      `${server.url}/people?columns=name,email,phone,jobTitle,company,lifecycleStage,lastContactedBy,owner,tags,city,country,lastContactedAt,createdAt,updatedAt`,
    );
    await page
      .getByRole('grid', { name: 'People' })
      .getByRole('columnheader', { name: /Updated/ })
      .waitFor();
    expect((await labels()).filter((h) => h.cut)).toEqual([]);
  });
});
