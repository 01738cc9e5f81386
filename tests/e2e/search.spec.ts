/** Search as a practitioner uses it: the header box and the filtered /search/ page. */
import { failOnConsoleErrors } from './no-console-errors';
import { expect, test } from '@playwright/test';

// Search loads Pagefind and its WebAssembly on demand: the page's Content Security Policy must allow
// exactly that, so any console error (a blocked script, wasm or fetch shows as one) fails the test.
failOnConsoleErrors();

test('typing "detention" in the header search and choosing the result opens the Detention Forum', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.fill('detention');
  const result = page.getByRole('link', { name: /Detention Forum/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/case-studies\/detention-forum\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Detention Forum/);
});

test('Enter in the header search opens the search page with the query', async ({ page }) => {
  await page.goto('/practices/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.fill('commissioning');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=commissioning$/);
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
});

test('a filter on /search/ narrows the results and survives a reload', async ({ page }) => {
  await page.goto('/search/?q=funding');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/(\d+) pages? found/);
  const before = Number(/(\d+)/.exec((await status.textContent()) ?? '')![1]);

  await page
    .getByRole('group', { name: 'Page kind' })
    .getByLabel(/Case study/)
    .check();
  await expect(page).toHaveURL(/[?&]kind=case-studies/);
  await expect(status).not.toHaveText(new RegExp(`^${before} pages? found`));
  // The count comes back once the filtered search has finished.
  await expect(status).toHaveText(/(\d+) pages? found/);
  const after = Number(/(\d+)/.exec((await status.textContent()) ?? '')![1]);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const kind of await page.locator('[data-search-results] .kind').allTextContents()) expect(kind).toBe('Case study');

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('funding');
  await expect(page.getByRole('group', { name: 'Page kind' }).getByLabel(/Case study/)).toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${after} pages? found`));
});

test('a filter alone, with no words, lists the matching pages', async ({ page }) => {
  await page.goto('/search/?sector=migration-and-asylum&kind=case-studies');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ pages? found/);
  await expect(page.locator('[data-search-results]').getByRole('link', { name: /Detention Forum/ })).toBeVisible();
});
