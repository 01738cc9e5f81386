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

test('an abbreviation no page spells out finds its page through the glossary ("FCR": full cost recovery)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('FCR');
  const first = page.locator('.search-dropdown > li').first();
  await expect(first.getByRole('link').first()).toHaveText(/Cost your part of a bid fully/);
  // The summary says what the page is for.
  await expect(first.locator('.result-summary')).toHaveText(/full cost/);
});

test('a search no page holds every word of lists pages with some of them, and says so', async ({ page }) => {
  await page.goto('/search/?q=turbine+probation');
  await expect(page.locator('[data-search-status]')).toHaveText(
    /^No page has all of these words; pages with some of them: \d+ pages? found\.$/,
  );
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('heading', { name: /Ambition Lawrence Weston/ })).toBeVisible();
  await expect(results.getByRole('heading', { name: /Transforming Rehabilitation/ })).toBeVisible();

  // The header's quick results say the same.
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.fill('turbine probation');
  await expect(page.locator('.search-hint')).toHaveText(
    /^No page has all of these words; pages with some of them: \d+ results?\./,
  );
});

test('a result links to the section that matched, which opens at that heading', async ({ page }) => {
  await page.goto('/search/?q=heads+of+terms+template');
  const card = page.locator('[data-search-results] > li').filter({ hasText: 'Agree terms before you start' });
  const section = card.locator('.result-section a');
  await expect(section).toHaveAttribute('href', /\/practices\/agree-terms-before-you-start\/#[\w-]+$/);
  const id = (await section.getAttribute('href'))!.split('#')[1]!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`/practices/agree-terms-before-you-start/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
