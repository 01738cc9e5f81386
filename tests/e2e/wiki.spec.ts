/** The handbook as a wiki: links both ways, history, recent changes, feeds, contributors and a random page. */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// In a shallow clone the build cannot know page dates; the pages must then say so instead.
const fullHistory = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'false';
  } catch {
    return false;
  }
})();

test('a page lists the pages that link to it and related pages', async ({ page }) => {
  await page.goto('/practices/invest-in-coordination/');
  const backlinks = page.getByRole('region', { name: 'Pages that link here' });
  await expect(backlinks.getByRole('link', { name: 'The Detention Forum' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related pages' }).getByRole('link').first()).toBeVisible();
});

test('a page shows its history, with links to its full history and its discussion', async ({ page }) => {
  await page.goto('/case-studies/detention-forum/');
  const history = page.getByRole('region', { name: 'History' });
  if (fullHistory) await expect(history).toContainText(/Last updated on \d{1,2} \w+ \d{4}\. Edited by .+\./);
  else await expect(history).toContainText('The date of the last change is not known');
  await expect(history.getByRole('link', { name: 'Full history of this page' })).toHaveAttribute(
    'href',
    /\/commits\/main\/content\/case-studies\/detention-forum\.mdx$/,
  );
  await expect(history.getByRole('link', { name: 'Discuss this page' })).toHaveAttribute('href', /discussions/);
});

test('recent changes and contributors come from the history', async ({ page }) => {
  await page.goto('/changes/');
  if (fullHistory) {
    await expect(page.getByRole('table')).toBeVisible();
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
  } else await expect(page.getByText('not available in this copy')).toBeVisible();
  await page.goto('/contributors/');
  if (fullHistory) await expect(page.getByText(/Edited \d+ pages?/).first()).toBeVisible();
});

test('the feeds are Atom with an entry per page', async ({ request }) => {
  const all = await request.get('/feed.xml');
  expect(all.ok()).toBe(true);
  const xml = await all.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(40);
  const cases = await (await request.get('/case-studies/feed.xml')).text();
  expect(cases).toContain('/case-studies/detention-forum/');
  expect(cases).not.toContain('/practices/');
});

test('"Random page" opens one of the handbook’s pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Random page' }).click();
  await expect(page).toHaveURL(/\/(practices|case-studies|questions|guides)\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('theme pages show how many pages each theme has', async ({ page }) => {
  await page.goto('/themes/');
  await expect(page.getByRole('link', { name: 'Commissioning and contracts' })).toBeVisible();
  await expect(page.getByText(/^\s*\d+ pages?\s*$/).first()).toBeVisible();
});
