/**
 * The pictures: the case studies at a glance (a map and a timeline on /case-studies/) and how the handbook connects
 * (/connections/ and each page's neighbourhood). Each picture carries the same figures as its table or list, follows
 * the case explorer's filters where it is drawn beside them, passes axe, works by keyboard and adds no script.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { failOnConsoleErrors } from './no-console-errors';
import { neighbourhoodRoutes } from './site-map';

failOnConsoleErrors();

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The map's figures, read from the picture and from its table, by region. */
async function mapFigures(page: Page) {
  return page.evaluate(() => {
    const picture: Record<string, number> = {};
    for (const tile of document.querySelectorAll<SVGAElement>('[data-tile]'))
      picture[tile.dataset['tile']!] = Number(tile.querySelector('[data-tile-count]')!.textContent);
    const named: Record<string, number> = {};
    for (const tile of document.querySelectorAll<SVGAElement>('[data-tile]'))
      named[tile.dataset['tile']!] = Number(/: (\d+) case/.exec(tile.getAttribute('aria-label') ?? '')?.[1]);
    const table: Record<string, number> = {};
    for (const row of document.querySelectorAll<HTMLElement>('[data-tile-row]'))
      table[row.dataset['tileRow']!] = Number(row.querySelector('[data-tile-cell]')!.textContent);
    return { picture, named, table };
  });
}

/** The timeline's cases, read from the picture's shown rows and from the table's shown rows, in order. */
async function timelineFigures(page: Page) {
  return page.evaluate(() => {
    const picture = [...document.querySelectorAll<SVGGElement>('[data-timeline-case]')]
      .filter((row) => row.getAttribute('display') !== 'none')
      .map((row) => `${row.dataset['timelineCase']} ${row.querySelector('title')!.textContent!.replace(/\s+/g, ' ').trim()}`);
    const table = [...document.querySelectorAll<HTMLTableRowElement>('[data-timeline-row]')]
      .filter((row) => !row.hidden)
      .map((row) => {
        const [title, status, began, ended] = [...row.cells].map((cell) => cell.textContent!.trim());
        return { id: row.dataset['timelineRow']!, title, status, began, ended };
      });
    return { picture, table };
  });
}

/** The same period in the table's words as in the picture's tooltip ("2019 to 2021 (ended)"). */
function periodOf(row: { status?: string | undefined; began?: string | undefined; ended?: string | undefined }): string {
  const start = row.began === 'Not known' ? undefined : row.began;
  const end = row.ended === 'Not known' || row.ended === 'Still running' ? undefined : row.ended;
  const when = start && end ? `${start} to ${end}` : start ? `From ${start}` : end ? `Until ${end}` : 'Dates not known';
  return `${when} (${row.status!.toLowerCase()})`;
}

function expectTimelineMatches(figures: Awaited<ReturnType<typeof timelineFigures>>) {
  expect(figures.picture).toEqual(figures.table.map((row) => `${row.id} ${row.title}: ${periodOf(row)}`));
}

test.describe('the case studies at a glance', () => {
  test('the map and the timeline carry the same figures as their tables, for every case', async ({ page }) => {
    await page.goto('/case-studies/');
    const cards = await page.locator('[data-explorer-list] > li').count();
    const map = await mapFigures(page);
    expect(map.picture).toEqual(map.table);
    expect(map.named).toEqual(map.table);
    expect(map.picture['london']).toBeGreaterThan(0);
    const line = await timelineFigures(page);
    expect(line.table).toHaveLength(cards);
    expectTimelineMatches(line);
    await expect(page.locator('[data-glance-shown]')).toHaveText(`All ${cards} case studies`);
    await expectNoAxeViolations(page);
  });

  test('follow the explorer’s filters, and a place on the map lists its cases', async ({ page }) => {
    await page.goto('/case-studies/');
    const status = page.locator('details', { has: page.locator('summary', { hasText: 'Status' }) });
    await status.locator('summary').click();
    await status.getByLabel(/Ended/).check();
    await expect(page).toHaveURL(/status=ended/);
    const shown = page.locator('[data-explorer-list] > li:visible');
    const count = await shown.count();
    await expect(page.locator('[data-glance-shown]')).toHaveText(new RegExp(`^${count} of the \\d+ case studies$`));

    // The map counts the cases left, place by place, as their cards say.
    const regionsShown = await shown.evaluateAll((cards) =>
      cards.flatMap((c) => (c as HTMLElement).dataset['facetRegion']!.split(' ')),
    );
    const map = await mapFigures(page);
    for (const [region, n] of Object.entries(map.picture))
      expect(n, region).toBe(regionsShown.filter((r) => r === region).length);
    expect(map.picture).toEqual(map.table);

    // The timeline keeps those cases only, closed up under the one group left.
    const line = await timelineFigures(page);
    expect(line.table.map((row) => row.id).sort()).toEqual(
      (await shown.evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['case']!))).sort(),
    );
    expect(new Set(line.table.map((row) => row.status))).toEqual(new Set(['Ended']));
    expectTimelineMatches(line);
    await expect(page.locator('[data-timeline-group="active"]')).toHaveAttribute('display', 'none');
    await expect(page.locator('[data-timeline-group="ended"]')).toHaveAttribute('transform', /translate\(0 28\)/);

    // A tile is a link to the list of its cases.
    await page.goto('/case-studies/');
    const london = page.locator('[data-tile="london"]');
    const londonCount = Number(await london.locator('[data-tile-count]').textContent());
    await london.focus();
    await expect(london).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?region=london#case-list$/);
    await expect(page.locator('[data-explorer-list] > li:visible')).toHaveCount(londonCount);
  });
});

/** The graph's figures, read from the picture (each node's connections and the lines) and from the list. */
async function graphFigures(page: Page) {
  return page.evaluate(() => {
    const nodes: Record<string, number> = {};
    for (const node of document.querySelectorAll<SVGAElement>('[data-node]'))
      nodes[node.dataset['node']!] = Number(node.dataset['degree']);
    const named: Record<string, number> = {};
    for (const node of document.querySelectorAll<SVGAElement>('[data-node]'))
      named[node.dataset['node']!] = Number(/, (\d+) connections?/.exec(node.getAttribute('aria-label') ?? '')?.[1]);
    const lines = [...document.querySelectorAll<SVGLineElement>('[data-edge]')].map((line) =>
      line.dataset['edge']!.split(' ').sort().join(' '),
    );
    const listed: Record<string, number> = {};
    const pairs = new Set<string>();
    for (const item of document.querySelectorAll<HTMLElement>('[data-list-node]')) {
      listed[item.dataset['listNode']!] = Number(item.dataset['degree']);
      const said = Number(/(\d+) connections?/.exec(item.textContent ?? '')?.[1]);
      if (said !== Number(item.dataset['degree'])) listed[item.dataset['listNode']!] = NaN;
      for (const other of item.querySelectorAll<HTMLElement>('[data-list-neighbour]'))
        pairs.add([item.dataset['listNode']!, other.dataset['listNeighbour']!].sort().join(' '));
    }
    return { nodes, named, listed, lines: lines.sort(), pairs: [...pairs].sort() };
  });
}

test.describe('how it connects', () => {
  test('the whole graph carries the same figures as its list, and works by keyboard', async ({ page }) => {
    await page.goto('/connections/');
    const figures = await graphFigures(page);
    expect(Object.keys(figures.nodes).length).toBeGreaterThan(60);
    expect(figures.nodes).toEqual(figures.listed);
    expect(figures.named).toEqual(figures.listed);
    expect(figures.lines).toEqual(figures.pairs);
    await expect(page.locator('figcaption')).toContainText(`with their ${figures.lines.length} connections`);

    // Tab reaches the questions first, each showing its name and a visible focus, and leads to its neighbourhood.
    const first = page.locator('[data-node]').first();
    await first.focus();
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('data-node', /^questions\//);
    await page.keyboard.press('Tab');
    const second = page.locator('[data-node]').nth(1);
    await expect(second).toBeFocused();
    const stroke = await second.locator('.node-shape').evaluate((shape) => getComputedStyle(shape).strokeWidth);
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(4);
    const practice = page.locator('[data-node^="practices/"]').first();
    await practice.focus();
    await expect(practice.locator('.node-label')).toBeVisible();
    const key = await practice.getAttribute('data-node');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/connections/${key}/$`));
    await expectNoAxeViolations(page);
  });

  test('a page’s neighbourhood is linked from its related pages and matches its list', async ({ page }) => {
    await page.goto('/practices/invest-in-coordination/');
    await page.getByRole('link', { name: 'See how this page connects with others' }).click();
    await expect(page).toHaveURL(/\/connections\/practices\/invest-in-coordination\/$/);
    const figures = await graphFigures(page);
    const centre = 'practices/invest-in-coordination';
    expect(figures.nodes).toEqual(figures.listed);
    expect(figures.lines).toEqual(figures.pairs);
    // Every page around the centre is joined to it, and the centre opens the page itself.
    expect(figures.lines.filter((pair) => pair.split(' ').includes(centre))).toHaveLength(figures.nodes[centre]!);
    await expect(page.locator(`[data-node="${centre}"]`)).toHaveAttribute('href', /\/practices\/invest-in-coordination\/$/);
    await expectNoAxeViolations(page);

    await page.goto('/connections/questions/power/');
    await expectNoAxeViolations(page);
  });

  test('the pages draw nothing in the browser, so they load no script of their own', async ({ page }) => {
    const scriptsOf = async (path: string) => {
      await page.goto(path);
      return page.locator('script').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src || s.textContent));
    };
    const frame = await scriptsOf('/guides/about/');
    expect(await scriptsOf('/connections/')).toEqual(frame);
    expect(await scriptsOf('/connections/case-studies/detention-forum/')).toEqual(frame);
  });
});

// Each page's neighbourhood is checked on the one visit of every page (every-page.spec.ts): errors, 320 px, axe, print.
test('a neighbourhood is built for every practice, case study and question', () => {
  expect(neighbourhoodRoutes().length).toBeGreaterThan(60);
});
