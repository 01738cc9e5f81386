/**
 * The case explorer on /case-studies/ as a practitioner uses it: filters with counts, sorting, comparing cases
 * side by side, and the view kept in the address; without JavaScript, the full list.
 */
import { failOnConsoleErrors } from './no-console-errors';
import { expect, test, type Page } from '@playwright/test';

failOnConsoleErrors();

const list = (page: Page) => page.getByRole('list', { name: 'Case studies' });
const visibleTitles = async (page: Page) => (await list(page).locator('li:visible h2').allTextContents()).map((t) => t.trim());
const facet = (page: Page, name: string) => page.locator('details', { has: page.locator('summary', { hasText: name }) });

/** Opens a facet's group and ticks a value, given the start of its label. */
async function choose(page: Page, facetName: string, value: RegExp) {
  const group = facet(page, facetName);
  if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary').click();
  await group.getByLabel(value).check();
}

/** The count shown beside a value, as a number. */
async function countOf(page: Page, facetName: string, value: RegExp): Promise<number> {
  const label = facet(page, facetName).locator('label', { hasText: value });
  return Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
}

test('filters narrow the list, show counts and combine as a reader expects', async ({ page }) => {
  await page.goto('/case-studies/');
  const status = page.locator('[data-explorer-status]');
  const total = (await visibleTitles(page)).length;
  expect(total).toBeGreaterThanOrEqual(30);
  await expect(status).toHaveText(`Showing all ${total} case studies.`);

  const londonCount = await countOf(page, 'Region', /London/);
  expect(londonCount).toBeGreaterThan(0);
  await choose(page, 'Region', /London/);
  await expect(status).toHaveText(`Showing ${londonCount} of ${total} case studies.`);
  expect(await visibleTitles(page)).toHaveLength(londonCount);
  await expect(page).toHaveURL(/\?region=london$/);
  await expect(facet(page, 'Region').locator('summary')).toContainText('(1 chosen)');

  // Counts in other facets now apply the region: the collaboration types add up to the cases shown.
  const types = await facet(page, 'Collaboration type').locator('label').allTextContents();
  const sum = types.reduce((n, text) => n + Number(/\((\d+)\)/.exec(text)?.[1] ?? 0), 0);
  expect(sum).toBe(londonCount);

  // A second value within a facet widens the choice, to what its count promised.
  const walesCount = await countOf(page, 'Region', /Wales/);
  await choose(page, 'Region', /Wales/);
  await expect(status).toHaveText(`Showing ${londonCount + walesCount} of ${total} case studies.`);

  // Another facet narrows it: every case shown is in the chosen sector.
  await choose(page, 'Sector', /Violence against women and girls/);
  const shown = await visibleTitles(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(londonCount + walesCount);
  expect(shown).toContain('London VAWG Consortium');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText(`Showing all ${total} case studies.`);
  await expect(page).toHaveURL(/\/case-studies\/$/);
});

test('sorting by name, date and last review reorders the list', async ({ page }) => {
  await page.goto('/case-studies/');
  const sort = page.getByLabel('Sort by');
  const byName = await visibleTitles(page);
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en-GB')));

  await sort.selectOption({ label: 'Date begun (newest first)' });
  await expect(page).toHaveURL(/\?sort=date$/);
  const years = await list(page)
    .locator('li:visible')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['year']));
  const known = years.filter(Boolean).map(Number);
  expect(known.length).toBeGreaterThan(10);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  // Cases without a known year come last.
  expect(years.slice(known.length).every((year) => !year)).toBe(true);

  await sort.selectOption({ label: 'Last reviewed (most recent first)' });
  const reviewed = await list(page)
    .locator('li:visible')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['reviewed']!));
  expect(reviewed).toEqual([...reviewed].sort().reverse());
});

test('two or three cases compare side by side, and no more', async ({ page }) => {
  await page.goto('/case-studies/');
  const compare = page.getByRole('region', { name: 'Compare case studies' });
  await expect(compare).toBeHidden();
  await page.getByLabel('Compare Imkaan: an umbrella body for by and for VAWG organisations').check();
  await expect(compare).toContainText('Tick one or two more case studies to compare them.');
  await page.getByLabel('Compare Edge Fund').check();
  const table = compare.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Fact',
    'Imkaan: an umbrella body for by and for VAWG organisations',
    'Edge Fund',
  ]);
  // The facts panel's rows, as on each case study's page.
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Who led').getByRole('cell')).toHaveText(['Imkaan', 'Edge Fund']);
  await expect(row('Collaboration type').getByRole('cell').first()).not.toBeEmpty();
  await expect(row('Organisations involved').getByRole('cell').first()).toContainText('Imkaan');
  await expect(page).toHaveURL(/\?compare=imkaan&compare=edge-fund$/);

  await page.getByLabel('Compare The Detention Forum').check();
  await expect(table.getByRole('columnheader')).toHaveCount(4);
  await page.getByLabel('Compare Crack the Crises').click();
  await expect(page.getByLabel('Compare Crack the Crises')).not.toBeChecked();
  await expect(page.locator('[data-explorer-status]')).toHaveText('You can compare up to 3 case studies. Untick one first.');
  await expect(table.getByRole('columnheader')).toHaveCount(4);

  await page.getByLabel('Compare Edge Fund').uncheck();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Fact',
    'Imkaan: an umbrella body for by and for VAWG organisations',
    'The Detention Forum',
  ]);
  await page.getByRole('button', { name: 'Clear the comparison' }).click();
  await expect(compare).toBeHidden();
  await expect(page).toHaveURL(/\/case-studies\/$/);
});

test('a shared address opens the same view: filters, order and comparison', async ({ page }) => {
  await page.goto('/case-studies/?sector=mental-health&status=active&sort=reviewed&compare=detention-forum&compare=edge-fund');
  await expect(facet(page, 'Sector').getByLabel(/Mental health/)).toBeChecked();
  await expect(facet(page, 'Status').getByLabel(/Active/)).toBeChecked();
  await expect(page.getByLabel('Sort by')).toHaveValue('reviewed');
  await expect(page.getByLabel('Compare Edge Fund')).toBeChecked();
  await expect(page.getByRole('region', { name: 'Compare case studies' }).getByRole('columnheader')).toHaveText([
    'Fact',
    'The Detention Forum',
    'Edge Fund',
  ]);
  const shown = await visibleTitles(page);
  expect(shown.length).toBeGreaterThan(0);
  await expect(page.locator('[data-explorer-status]')).toHaveText(
    new RegExp(`^Showing ${shown.length} of \\d+ case studies\\.$`),
  );

  // A reload keeps the view, and a changed view is written back to the address.
  await page.reload();
  expect(await visibleTitles(page)).toEqual(shown);
  await choose(page, 'Status', /Ended/);
  await expect(page).toHaveURL(
    /\?sector=mental-health&status=active&status=ended&sort=reviewed&compare=detention-forum&compare=edge-fund$/,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full list shows, without controls that cannot work', async ({ page }) => {
    await page.goto('/case-studies/?region=london');
    expect((await visibleTitles(page)).length).toBeGreaterThanOrEqual(30);
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await expect(page.getByLabel(/^Compare /).first()).toBeHidden();
  });
});
