/**
 * Every page of the built site, as listed in its sitemap, each page's neighbourhood at /connections/ and the 404 page:
 * it loads without console errors or Content Security Policy violations, passes axe with zero violations, carries none
 * of the editor's code, does not scroll sideways on a 320 px phone, and prints without navigation or buttons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page, type Response } from '@playwright/test';
import { axeViolations } from './axe';
import { builtRoutes, neighbourhoodRoutes } from './site-map';

const routes = [...builtRoutes(), ...neighbourhoodRoutes(), '/404.html'];

/**
 * One browser tab per worker, going from route to route as a reader does: a new tab for each route spent a third of
 * each check starting a browser process and compiling axe again.
 */
const test = base.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      // A blocked resource is reported as an event as well as in the console; catch both.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** Console errors, uncaught exceptions and Content Security Policy violations, as they happen; `stop` ends the watch. */
function watchConsoleErrors(page: Page) {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onError = (error: Error) => errors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return { errors, stop: () => page.off('console', onConsole).off('pageerror', onError) };
}

/**
 * The addresses of the JavaScript a page loads; `stop` ends the watch. A script the tab has seen before is asked for
 * again (the preview server lets nothing be kept unasked) and answered "not modified", without its text, so the text
 * is read from the built file.
 */
function watchScripts(page: Page) {
  const urls: string[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') urls.push(response.url());
  };
  page.on('response', onResponse);
  return { urls, stop: () => page.off('response', onResponse) };
}

// One visit per route carries every check of the page: first at a phone's width, then at a desktop's, without loading
// it again (a resize re-lays the page out; nothing the checks read depends on the first load's width).
for (const route of routes) {
  test(`${route} loads without errors, fits 320 px, passes axe and prints without navigation`, async ({ tab: page }) => {
    // The whole handbook on one page (/print/) takes axe several times as long as any other page.
    if (route === '/print/') test.slow();
    const problems = watchConsoleErrors(page);
    const loaded = watchScripts(page);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    problems.stop();
    expect(problems.errors).toEqual([]);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    // The editor (Decap CMS, several megabytes) belongs to /admin/ only.
    loaded.stop();
    expect(loaded.urls.length).toBeGreaterThan(0);
    const editorCode = loaded.urls.filter((url) =>
      readFileSync(join('dist', new URL(url).pathname), 'utf8').includes('decap-cms'),
    );
    expect(editorCode).toEqual([]);

    // On paper: menus, breadcrumbs, the footer's links, contents lists (every navigation landmark), the skip link,
    // buttons and the page's actions are left out; the page's one heading stays. Read in one step, as Playwright
    // judges visible: a box on the page and not `visibility: hidden`.
    await page.emulateMedia({ media: 'print' });
    const onPaper = await page.evaluate(() => {
      const shown = (element: Element) =>
        element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;
      const skipLinks = [...document.querySelectorAll('a')].filter((link) => link.textContent?.trim() === 'Skip to main content');
      const left = [
        ...document.querySelectorAll('nav, [role="navigation"], button, .button, [role="button"], .page-actions'),
        ...skipLinks,
      ];
      return {
        headings: [...document.querySelectorAll('h1')].map(shown),
        skipLinks: skipLinks.length,
        shown: left.filter(shown).map((element) => element.outerHTML.slice(0, 120)),
      };
    });
    expect(onPaper).toEqual({ headings: [true], skipLinks: 1, shown: [] });
  });
}
