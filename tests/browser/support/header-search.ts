import type { Locator, Page } from 'playwright-core';

/** Types `text` into the header's search box and returns its hits once the first is shown. */
export async function searchHeader(page: Page, text: string): Promise<Locator> {
  const box = page.getByRole('textbox', { name: 'Search people and companies' });
  await box.fill(text);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await options.first().waitFor();
  return options;
}
