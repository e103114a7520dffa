import type { Page } from 'playwright-core';
import { callApi } from './chromium.ts';

/** The first admin of every browser test's fresh server. */
export const ADMIN = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  password: 'correct horse battery staple',
};

/**
 * Sets a fresh Rapport up through its first-run page, as its first admin, and returns the session's
 * CSRF token for the test's own API calls. (foundation.test.ts walks this page step by step instead.)
 */
export async function setUpWorkspace(page: Page, url: string, workspaceName: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Set up Rapport' }).waitFor();
  await page.getByRole('textbox', { name: 'Workspace name' }).fill(workspaceName);
  await page.getByRole('textbox', { name: 'Your name' }).fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
  return (await callApi<{ csrfToken: string }>(page, { url, csrfToken: '' }, 'GET', '/me')).csrfToken;
}
