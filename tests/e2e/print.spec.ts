/**
 * The handbook on paper: links show their addresses, a case study's facts panel is kept together, and /print/
 * starts each page of the handbook on a new sheet. That every page prints without navigation or buttons is checked
 * on the one visit of each page (every-page.spec.ts).
 */
import { expect, test } from '@playwright/test';

test('a printed page shows where its links go', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/questions/power/');
  const link = page.locator('.prose a[href="/practices/compete-ethically/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('" (/practices/compete-ethically/)"');
});

test('a case study’s facts panel keeps each fact with its label, never split across sheets', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/case-studies/detention-forum/');
  const panel = page.getByRole('region', { name: 'At a glance' });
  await expect(panel).toBeVisible();
  const styles = await panel.evaluate((el) => ({
    heading: getComputedStyle(el.querySelector('h2')!).breakAfter,
    terms: [...el.querySelectorAll('dt')].map((dt) => getComputedStyle(dt).breakAfter),
    facts: [...el.querySelectorAll('dd')].map((dd) => getComputedStyle(dd).breakInside),
  }));
  expect(styles.heading).toBe('avoid');
  expect(new Set(styles.terms)).toEqual(new Set(['avoid']));
  expect(new Set(styles.facts)).toEqual(new Set(['avoid']));
});

test('/print/ holds every page of the handbook after a contents list, each on a new sheet', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/print/');
  const contents = page.getByRole('region', { name: 'Contents' });
  const entries = contents.locator('li li a');
  const pages = page.locator('article.print-page');
  expect(await entries.count()).toBeGreaterThanOrEqual(60);
  await expect(pages).toHaveCount(await entries.count());
  // Each contents entry leads to the page of that title.
  for (const link of (await entries.all()).slice(0, 5)) {
    const target = (await link.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveText((await link.textContent())!.trim());
  }
  const breaks = await pages.evaluateAll((articles) => articles.map((a) => getComputedStyle(a).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(['page']));
  // Links between pages lead within the document, so they work in the PDF too.
  await expect(page.locator('article.print-page a[href^="/practices/"]')).toHaveCount(0);
  await expect(page.locator('article.print-page a[href^="#print-practices-"]').first()).toBeAttached();
});

test('the whole handbook in one document gives every element its own id, and no page’s mark is left in it', async ({ page }) => {
  await page.goto('/print/');
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
  const seen = new Set<string>();
  const twice = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  expect(twice).toEqual([]);
  expect(ids.length).toBeGreaterThan(500);
  const html = await page.content();
  expect(html).not.toMatch(/<!--\/?(?:page|print)-text/);
});
