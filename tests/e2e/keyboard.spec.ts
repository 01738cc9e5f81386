/** A keyboard-only reader: skip link first, then "/" to search from anywhere. */
import { expect, test } from '@playwright/test';

test('the first Tab reaches a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/practices/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('"/" focuses the search box from anywhere, and the shortcut is announced', async ({ page }) => {
  await page.goto('/case-studies/detention-forum/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await expect(box).toHaveAttribute('aria-keyshortcuts', '/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
});

test('search results are reachable with the arrow keys and Escape closes them', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('detention');
  const first = page.locator('#site-search-results a').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-results')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toBeFocused();
});
