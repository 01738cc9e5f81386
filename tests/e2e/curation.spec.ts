/**
 * The curation desk (/curation/) and the review notices, in a browser.
 *
 * On the tested build: the desk passes axe, fits 320 px, and its tables sort and filter by keyboard, holding the
 * same rows as /curation.json; a relation stated on one side shows on both pages.
 *
 * On a second build of this checkout made as if on 1 January 2031 (HANDBOOK_TODAY), when every page's review
 * has passed: an overdue page is listed on /curation/ and in /curation.json, and shows the overdue notice. The
 * real handbook's dates move as curators review pages, so no page of the tested build can be relied on to be
 * overdue; a build on a fixed future day can.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import type { CurationReport } from '../../src/lib/curation/curation';
import { failOnConsoleErrors } from './no-console-errors';

test.describe('the curation desk', () => {
  failOnConsoleErrors();

  test('passes axe, fits a 320 px screen, and is linked from every page and the contributing guide', async ({ page }) => {
    await page.goto('/curation/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Curation desk');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.goto('/guides/how-to-contribute/');
    await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Curation desk' })).toHaveAttribute(
      'href',
      '/curation/',
    );
    await expect(page.locator('article a[href="/curation/"]')).toHaveText('curation desk');
  });

  test('holds the same lists as /curation.json, each with its count and an edit link per page', async ({ page, request }) => {
    const report = (await (await request.get('/curation.json')).json()) as CurationReport;
    expect(report.tasks.length).toBeGreaterThan(5);
    await page.goto('/curation/');
    for (const task of report.tasks) {
      await expect(page.getByRole('heading', { level: 2, name: `${task.heading} (${task.rows.length})` })).toBeVisible();
      const rows = page.locator(`#${task.id}-table tbody tr`);
      await expect(rows).toHaveCount(task.rows.length);
      if (task.rows.length === 0) continue;
      const first = task.rows[0]!;
      await expect(rows.first().getByRole('rowheader')).toHaveText(first.title);
      await expect(rows.first().getByRole('link', { name: `Edit ${first.title}` })).toHaveAttribute('href', first.edit);
    }
  });

  test('sorts a table by any column with the keyboard, saying how it is sorted, and filters its rows', async ({ page }) => {
    await page.goto('/curation/');
    // The biggest table makes the clearest test.
    const tables = page.locator('table[id$="-table"]');
    const sizes = await tables.evaluateAll((all) => all.map((t) => (t as HTMLTableElement).tBodies[0]!.rows.length));
    const table = tables.nth(sizes.indexOf(Math.max(...sizes)));
    expect(Math.max(...sizes)).toBeGreaterThan(2);
    const titles = async () => (await table.locator('tbody tr:not([hidden]) th').allTextContents()).map((t) => t.trim());
    const byTitle = (a: string, b: string) => a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });
    const pageColumn = table.getByRole('columnheader', { name: 'Page' });
    const kindColumn = table.getByRole('columnheader', { name: 'Kind' });

    // The table comes sorted by page title; a second press on that column reverses it, a third restores it.
    const before = await titles();
    expect(before).toEqual([...before].sort(byTitle));
    await expect(pageColumn).toHaveAttribute('aria-sort', 'ascending');
    const button = pageColumn.getByRole('button', { name: 'Page' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(pageColumn).toHaveAttribute('aria-sort', 'descending');
    expect(await titles()).toEqual([...before].reverse());
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(pageColumn).toHaveAttribute('aria-sort', 'ascending');
    expect(await titles()).toEqual(before);

    // Another column sorts ascending first, and takes the sort from the page column.
    await kindColumn.getByRole('button', { name: 'Kind' }).click();
    await expect(kindColumn).toHaveAttribute('aria-sort', 'ascending');
    await expect(pageColumn).not.toHaveAttribute('aria-sort');
    const kinds = (await table.locator('tbody tr td:first-of-type').allTextContents()).map((t) => t.trim());
    expect(kinds).toEqual([...kinds].sort(byTitle));
    // Only one column at a time says it is sorted.
    await expect(table.locator('th[aria-sort]')).toHaveCount(1);

    const word = before[0]!.split(/\s+/)[0]!;
    const filter = page.getByRole('searchbox', { name: /^Filter / }).nth(sizes.indexOf(Math.max(...sizes)));
    await filter.fill(word);
    const shown = await titles();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(before.length);
    await expect(page.getByRole('status').filter({ hasText: `Showing ${shown.length} of ${before.length} pages.` })).toHaveCount(
      1,
    );
    await filter.fill('');
    expect((await titles()).length).toBe(before.length);
  });

  test('a relation stated on one side only shows on both pages', async ({ page, request }) => {
    const report = (await (await request.get('/curation.json')).json()) as CurationReport;
    const oneWay = report.tasks.find((task) => task.id === 'one-way')!;
    test.skip(oneWay.rows.length === 0, 'Every relation is stated on both sides.');
    // The row is the page that does not name the other; its text names the other page in quotation marks.
    const row = oneWay.rows[0]!;
    const other = /“([^”]+)”/.exec(row.missing)![1]!;
    await page.goto(row.url);
    await expect(page.locator('.page-main').getByRole('link', { name: other, exact: true }).first()).toBeVisible();
  });
});

test.describe('a build on a day when every review has passed', () => {
  let out = '';
  let server: Server | undefined;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    out = mkdtempSync(join(tmpdir(), 'handbook-overdue-'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_TODAY: '2031-01-01', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript',
      '.json': 'application/json',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    };
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
      const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
      try {
        const body = readFileSync(file);
        response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('an overdue page is on the desk and in curation.json, and tells its readers', async ({ page, request }) => {
    const report = (await (await request.get(`${base}/curation.json`)).json()) as CurationReport;
    expect(report.today).toBe('2031-01-01');
    const overdue = report.tasks.find((task) => task.id === 'overdue')!;
    const row = overdue.rows.find((r) => r.kind === 'Case study')!;
    expect(row.missing).toMatch(/^Review was due on \d+ \w+ 20\d\d, \d+ days ago; last reviewed on /);

    await page.goto(`${base}/curation/`);
    await expect(
      page.locator('#overdue-table tbody tr').filter({ has: page.getByRole('link', { name: row.title, exact: true }) }),
    ).toHaveCount(1);

    await page.goto(`${base}${row.url}`);
    const notice = page.getByRole('note', { name: 'Review status' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Review overdue.');
    await expect(notice).toContainText(`its review was due on`);
    await expect(notice.getByRole('link', { name: 'help review it' })).toHaveAttribute(
      'href',
      '/guides/how-to-contribute/#how-review-works',
    );
    await expect(page.locator('.review-line')).toContainText('Last reviewed for accuracy on');
    expect(await axeViolations(page)).toEqual([]);
  });
});
