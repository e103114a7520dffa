import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS, DESKTOP, PHONE, pickOption, SCREENSHOT_STYLE, sessionApi } from './support/chromium.ts';
import { seedCustomers } from './support/customers-seed.ts';
import { ADMIN, setUpWorkspace } from './support/first-run.ts';
import { separatorsStartingALine } from './support/phone-fit.ts';
import type { RapportServer } from './support/rapport-server.ts';
import { browserSuite } from './support/suite.ts';

let server: RapportServer;
let page: Page;
let csrfToken = '';
const ids: Record<string, string> = {};

browserSuite((suite) => {
  ({ server, page } = suite);
});

const apiCall = sessionApi(() => ({ page, url: server.url, csrfToken }));

async function createPerson(key: string, body: Record<string, unknown>): Promise<void> {
  ids[key] = (await apiCall<{ id: string }>('POST', '/people', body)).id;
}

describe('the customer 360: a person’s and a company’s page', () => {
  test('an admin sets up a workspace with companies, people and a call', async () => {
    csrfToken = await setUpWorkspace(page, server.url, 'Acme Corp');
    Object.assign(ids, await seedCustomers(apiCall));
    await createPerson('gavin', { firstName: 'Gavin', lastName: 'Belson' });
  });

  test('the person page shows the timeline, and a note lands in it', async () => {
    await page.goto(`${server.url}/people/${ids.john}`);
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('article', { name: 'Call (outbound): Discovery call' }).waitFor();
    await page.getByRole('region', { name: 'Companies' }).getByRole('link', { name: 'Initech' }).waitFor();

    await timeline
      .getByRole('textbox', { name: 'Add a note' })
      .fill('Wants a demo for the whole team next week.');
    await timeline.getByRole('button', { name: 'Add note' }).click();
    await timeline.getByText('Wants a demo for the whole team next week.').waitFor();
    await pickOption(timeline, 'Show only these types', 'Note');
    await timeline
      .getByRole('article', { name: 'Call (outbound): Discovery call' })
      .waitFor({ state: 'detached' });
    await timeline.getByText('Wants a demo for the whole team next week.').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: 'Edit John Smith' });
    await pickOption(form, 'Preferred contact time', 'Morning');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Profile' }).getByText('Morning').waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(`${ADMIN.name} created the person`).waitFor();
    await page.getByRole('tab', { name: 'Overview' }).click();
  });

  test('the company page shows its hierarchy with roll-ups and its people, and with whom each entry was', async () => {
    await apiCall('POST', '/activities', {
      type: 'meeting',
      subject: 'Plant tour',
      personIds: [ids.jane, ids.bob],
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    await page
      .getByRole('grid', { name: 'Companies' })
      .getByRole('link', { name: 'Globex', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Globex' }).waitFor();
    const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
    await hierarchy.getByRole('link', { name: 'Globex Europe' }).waitFor();
    await hierarchy.getByText('6M revenue', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Jane Doe' }).waitFor();
    const tour = () =>
      page.getByRole('region', { name: 'Timeline' }).getByRole('article', { name: 'Meeting: Plant tour' });
    await tour().getByText('with Bob Stone and Jane Doe', { exact: true }).waitFor();
    // On Jane's own page the entry names only the others.
    await tour().getByRole('link', { name: 'Jane Doe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jane Doe' }).waitFor();
    await tour().getByText('with Bob Stone', { exact: true }).waitFor();
    await page.goBack();
  });

  test('on a phone the person page fits the screen', async () => {
    await apiCall('POST', '/activities', {
      type: 'meeting',
      channel: 'video',
      subject: 'Site visit',
      personIds: [ids.john, ids.jane, ids.bob, ids.gavin],
    });
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/people/${ids.john}`);
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor();
    await page.getByText('Wants a demo for the whole team next week.').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The line under the visit's title is longer than the screen: it wraps between words, never
    // before a "·" (the separator stays on the line of the words it follows).
    const visit = page.getByRole('article', { name: 'Meeting: Site visit' });
    await visit.getByText('with Bob Stone, Gavin Belson and Jane Doe', { exact: true }).waitFor();
    const wrapped = await visit.evaluate(separatorsStartingALine);
    expect(wrapped.lines).toBeGreaterThan(1);
    expect(wrapped.orphans).toBe(0);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'customers-phone.png'),
      animations: 'disabled',
      style: SCREENSHOT_STYLE,
    });
    await page.setViewportSize(DESKTOP);
  });
});
