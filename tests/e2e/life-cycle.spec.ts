/**
 * The partnership life cycle as a diagram, on the guide's page and the home page: the same stages and practices as
 * the guide's table, links that go where the table's go, read in order by a screen reader, no script, no
 * violation, and readable at 320 px, in dark mode and in print.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const GUIDE = '/guides/partnership-life-cycle/';

/** The diagram's layout the reader sees (the other is not displayed). */
const shownDiagram = (page: Page) => page.locator('figure.life-cycle svg:visible');

/** The diagram's stages as the reader meets them: each stage's link, then its practices' links. */
async function diagramStages(page: Page) {
  const svg = shownDiagram(page);
  await expect(svg).toHaveCount(1);
  return svg.locator('[data-stage]').evaluateAll((stages) =>
    stages.map((stage) => {
      const link = stage.querySelector<SVGAElement>('[data-stage-link]')!;
      return {
        stage: link.getAttribute('aria-label'),
        href: new URL(link.getAttribute('href')!, location.href).href,
        practices: [...stage.querySelectorAll<SVGAElement>('[data-practice-link]')].map((a) => [
          a.getAttribute('aria-label'),
          new URL(a.getAttribute('href')!, location.href).href,
        ]),
      };
    }),
  );
}

test('the guide’s diagram has the same stages and practices as its table, linking to the same places', async ({ page }) => {
  await page.goto(GUIDE);
  const table = page.locator('table', { has: page.getByRole('columnheader', { name: 'Practices that help' }) });
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const [stage, , practices] = [...tr.querySelectorAll('td')];
      const link = stage!.querySelector('a')!;
      return {
        stage: link.textContent!.trim(),
        href: link.href,
        practices: [...practices!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]),
      };
    }),
  );
  expect(rows.length).toBeGreaterThan(1);
  expect(await diagramStages(page)).toEqual(rows);
  // Each stage's link goes to a heading of the guide.
  for (const row of rows) await expect(page.locator(`[id="${new URL(row.href).hash.slice(1)}"]`)).toHaveCount(1);
});

test('the home page shows the same diagram and links to the guide', async ({ page }) => {
  await page.goto(GUIDE);
  const onGuide = await diagramStages(page);
  await page.goto('/');
  expect(await diagramStages(page)).toEqual(onGuide);
  await page.getByRole('link', { name: 'Read the partnership life cycle guide' }).click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}$`));
  await shownDiagram(page).getByRole('link', { name: '3. Agreeing terms' }).click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}#3-agreeing-terms$`));
});

test('a screen reader meets the stages in order, each with its practices', async ({ page }) => {
  await page.goto('/');
  const stages = shownDiagram(page).getByRole('list').first().locator(':scope > [role="listitem"]');
  await expect(stages).toHaveCount(6);
  const names = await shownDiagram(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names.slice(0, 4)).toEqual([
    '1. The first approach',
    'Be open to partners of every size',
    'Compete ethically',
    'Check before joining a consortium bid',
  ]);
  expect(names.filter((n) => /^\d+\. /.test(n ?? ''))).toEqual([
    '1. The first approach',
    '2. Choosing partners and a lead',
    '3. Agreeing terms',
    '4. Running the partnership',
    '5. Changing it',
    '6. Ending it',
  ]);
  await expect(shownDiagram(page).getByRole('list', { name: 'Practices that help at stage 5' }).getByRole('link')).toHaveText([
    /Renegotiate openly/,
  ]);
});

test('the pages with the diagram load no script beyond every page’s', async ({ page }) => {
  const scriptsOf = async (path: string) => {
    await page.goto(path);
    return page.locator('script').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src || 'inline'));
  };
  const plain = await scriptsOf('/guides/about/');
  expect(await scriptsOf('/')).toEqual(plain);
  expect(await scriptsOf(GUIDE)).toEqual(plain);
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at ${width} px in ${colorScheme} mode the diagram fits, passes axe and prints`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const path of ['/', GUIDE]) {
        await page.goto(path);
        const figure = page.locator('figure.life-cycle');
        await expect(shownDiagram(page)).toHaveAttribute('data-life-cycle-layout', width < 600 ? 'narrow' : 'wide');
        const box = (await shownDiagram(page).boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        const name = `life-cycle${path === '/' ? '-home' : '-guide'}-${width}-${colorScheme}`;
        await figure.screenshot({ path: testInfo.outputPath(`${name}.png`) });
        await page.emulateMedia({ media: 'print' });
        await expect(shownDiagram(page)).toBeVisible();
        await figure.screenshot({ path: testInfo.outputPath(`${name}-print.png`) });
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }
}
