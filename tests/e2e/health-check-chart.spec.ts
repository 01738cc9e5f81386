/**
 * The health check's result as a picture: a chart of the answers by section with a table of the same figures
 * beside it, downloads of the chart as SVG and PNG made in the browser, and a partner's exported answers compared
 * item by item; no axe violation, readable at 320 px, in dark mode and in print.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { failOnConsoleErrors } from './no-console-errors';
import { answerSome, item, POWER_PROMPT } from './health-check-page';

failOnConsoleErrors();

/** The first answers, and two more: Not sure and Mostly, so every kind of answer is counted. */
async function answerFive(page: Page) {
  await answerSome(page);
  await item(page, /^Support other organisations/)
    .getByLabel('Not sure')
    .check();
  await item(page, /^Nurture a collaborative culture/)
    .getByLabel('Mostly')
    .check();
}

/** The answers exported as JSON, as a file to choose again: the partner's file in a comparison. */
async function exportJson(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await download.path()) };
}

/** A table's figures by row and column heading: "Power/Partly" → 1. Rows are keyed by every header cell in them. */
async function tableFigures(table: Locator): Promise<Record<string, number>> {
  return table.evaluate((node) => {
    const columns = [...node.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const figures: Record<string, number> = {};
    for (const row of node.querySelectorAll('tbody tr')) {
      const cells = [...row.children];
      const keys = cells
        .filter((c) => c.tagName === 'TH' || Number.isNaN(Number(c.textContent)))
        .map((c) => c.textContent!.trim());
      cells.forEach((cell, index) => {
        const value = Number(cell.textContent);
        if (!Number.isNaN(value) && columns[index] !== 'Items') figures[[...keys, columns[index]].join('/')] = value;
      });
    }
    return figures;
  });
}

/** A chart's figures, read from its drawn segments and keyed like the table's; a missing segment is a 0. */
async function chartFigures(
  chart: Locator,
  seriesNames: string[],
  table: Record<string, number>,
): Promise<Record<string, number>> {
  const drawn = await chart.locator('rect[data-count]').evaluateAll((rects) =>
    rects.map((r) => ({
      section: r.getAttribute('data-section')!,
      series: Number(r.getAttribute('data-series')),
      tally: r.getAttribute('data-tally')!,
      count: Number(r.getAttribute('data-count')),
      // The tooltip says it in words: "Power: 1 Partly".
      title: r.querySelector('title')!.textContent!,
    })),
  );
  const figures = Object.fromEntries(Object.keys(table).map((key) => [key, 0]));
  for (const segment of drawn) {
    const [where, what] = segment.title.split(/: (?=\d)/) as [string, string];
    const section = where.split(', ')[0]!;
    const label = what.replace(/^\d+ /, '');
    expect(Number(what.split(' ')[0])).toBe(segment.count);
    const key = seriesNames.length > 1 ? `${section}/${seriesNames[segment.series]}/${label}` : `${section}/${label}`;
    figures[key] = segment.count;
  }
  return figures;
}

test('the chart and the table beside it show the same figures, and follow the answers', async ({ page }) => {
  await page.goto('/health-check/');
  const glance = page.getByRole('region', { name: 'Your partnership at a glance' });
  await expect(glance).toBeHidden();
  await answerFive(page);
  await expect(glance).toBeVisible();
  const table = glance.getByRole('table', { name: 'Answers by section' });
  const chart = glance.getByRole('img', { name: 'Answers by section' });
  await expect(chart).toBeVisible();

  const figures = await tableFigures(table);
  expect(figures['Power/Partly']).toBe(1);
  expect(figures['Power/Not answered']).toBe(3);
  expect(figures['Behaviours of collaborative organisations/Not yet']).toBe(1);
  expect(figures['Behaviours of collaborative organisations/Mostly']).toBe(1);
  expect(figures['Behaviours of collaborative organisations/Not answered']).toBe(1);
  expect(await chartFigures(chart, ['mine'], figures)).toEqual(figures);

  await item(page, POWER_PROMPT).getByLabel('Fully').check();
  await expect(
    table
      .getByRole('row', { name: /^Power/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
  const after = await tableFigures(table);
  expect(after['Power/Partly']).toBe(0);
  expect(await chartFigures(chart, ['mine'], after)).toEqual(after);

  // On paper the chart and its table print; the offer to compare, with no partner's answers chosen, does not.
  await page.emulateMedia({ media: 'print' });
  await expect(chart).toBeVisible();
  await expect(table).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare with a partner’s answers' })).toBeHidden();
});

test('the chart downloads as a self-contained SVG and as a PNG', async ({ page }) => {
  await page.goto('/health-check/');
  await answerFive(page);
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart as SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/^health-check-chart-riverside-partnership-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Partnership health check: Riverside partnership');
  expect(svg).toContain('Answered by Small charity. 5 of 25 items answered.');
  expect(svg).toContain('data-section="power" data-series="0" data-tally="partly" data-count="1"');
  // Nothing in it is fetched from anywhere, and nothing depends on the page's styles.
  expect(svg).not.toMatch(/href|url\(|@import|currentColor|class=/);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart as PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile(await pngDownload.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // Twice the 720 px the chart is laid out for.
  expect(png.readUInt32BE(16)).toBe(1440);
});

test('a partner’s export is compared item by item, leaving the answers here unchanged', async ({ page }) => {
  await page.goto('/health-check/');
  await answerFive(page);
  const partnerFile = await exportJson(page);
  // The partner's file says "Small charity"; the answers here are now the lead partner's, who see two items differently.
  await page.getByLabel('Answered by').fill('Lead partner');
  await item(page, POWER_PROMPT).getByLabel('Fully').check();
  await item(page, /^Support other organisations/)
    .getByLabel('Mostly')
    .check();

  const compare = page.getByRole('region', { name: 'Compare with a partner’s answers' });
  await compare.getByLabel('Choose a partner’s JSON file to compare').setInputFiles(partnerFile);
  await expect(
    compare.getByText(
      /^Comparing with Small charity’s answers from health-check-riverside-partnership-\d{4}-\d{2}-\d{2}\.json\. The answers on this page are unchanged\.$/,
    ),
  ).toBeVisible();
  await expect(compare.getByText(/The answers differ on 2 of 25 items/)).toBeVisible();
  const differences = compare.getByRole('table', { name: 'Items answered differently' });
  await expect(differences.getByRole('columnheader')).toHaveText([
    'Section',
    'Item',
    'Lead partner',
    'Small charity',
    'How they differ',
  ]);
  await expect(differences.locator('tbody tr')).toHaveCount(2);
  await expect(differences.locator('tbody tr').first().locator('th, td')).toHaveText([
    'Power',
    POWER_PROMPT,
    'Fully',
    'Partly',
    '2 steps apart',
  ]);
  await expect(differences.locator('tbody tr').nth(1).locator('th, td')).toHaveText([
    'Behaviours of collaborative organisations',
    /^Support other organisations/,
    'Mostly',
    'Not sure',
    'One is not sure',
  ]);

  const table = compare.getByRole('table', { name: 'Both sets of answers by section' });
  const figures = await tableFigures(table);
  expect(figures['Power/Lead partner/Fully']).toBe(1);
  expect(figures['Power/Small charity/Partly']).toBe(1);
  const chart = compare.getByRole('img', { name: 'Both sets of answers by section' });
  expect(await chartFigures(chart, ['Lead partner', 'Small charity'], figures)).toEqual(figures);

  // The answers here are still the lead partner's.
  await expect(item(page, POWER_PROMPT).getByLabel('Fully')).toBeChecked();
  await page.reload();
  await expect(page.getByLabel('Answered by')).toHaveValue('Lead partner');
  await expect(compare.getByRole('table', { name: 'Items answered differently' })).toBeHidden();
});

test('a file that is not an export is not compared, and says why', async ({ page }) => {
  await page.goto('/health-check/');
  const compare = page.getByRole('region', { name: 'Compare with a partner’s answers' });
  await compare
    .getByLabel('Choose a partner’s JSON file to compare')
    .setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from('{"records": []}') });
  await expect(compare.getByText(/^This file cannot be compared: it is not a health check export/)).toBeVisible();
  await expect(compare.getByRole('table', { name: 'Items answered differently' })).toBeHidden();
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at ${width} px in ${colorScheme} mode the chart and comparison fit, pass axe and print`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/health-check/');
      await answerFive(page);
      const partnerFile = await exportJson(page);
      await page.getByLabel('Answered by').fill('Lead partner');
      await item(page, POWER_PROMPT).getByLabel('Fully').check();
      const compare = page.getByRole('region', { name: 'Compare with a partner’s answers' });
      await compare.getByLabel('Choose a partner’s JSON file to compare').setInputFiles(partnerFile);
      await expect(compare.getByRole('img', { name: 'Both sets of answers by section' })).toBeVisible();

      const glance = page.getByRole('region', { name: 'Your partnership at a glance' });
      const chart = glance.getByRole('img', { name: 'Answers by section' });
      const box = (await chart.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);

      const name = `health-check-${width}-${colorScheme}`;
      await glance.screenshot({ path: testInfo.outputPath(`${name}-chart.png`) });
      await compare.screenshot({ path: testInfo.outputPath(`${name}-compare.png`) });
      await page.emulateMedia({ media: 'print' });
      await expect(chart).toBeVisible();
      await expect(page.getByRole('button', { name: 'Download the chart as SVG' })).toBeHidden();
      await glance.screenshot({ path: testInfo.outputPath(`${name}-chart-print.png`) });
      await compare.screenshot({ path: testInfo.outputPath(`${name}-compare-print.png`) });
    });
  }
}
