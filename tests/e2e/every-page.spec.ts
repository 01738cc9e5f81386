/**
 * Every page of the built site, as listed in its sitemap, each page's neighbourhood at /connections/ and the 404
 * page: it loads without console
 * errors or Content Security Policy violations, passes axe with zero violations, carries none of the
 * editor's code, does not scroll sideways on a 320 px phone, and prints without navigation or buttons.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_TAGS } from './axe';
import { builtRoutes, neighbourhoodRoutes } from './site-map';

const routes = [...builtRoutes(), ...neighbourhoodRoutes(), '/404.html'];

/** Console errors, uncaught exceptions and Content Security Policy violations, as they happen. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  // A blocked resource is reported as an event as well as in the console; catch both.
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The JavaScript a page loads, with its text. */
function collectScripts(page: Page): Promise<{ url: string; body: string }>[] {
  const scripts: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  });
  return scripts;
}

// One visit per route carries every check of the page: first at a phone's width, then at a desktop's, without loading
// it again (a resize re-lays the page out; nothing the checks read depends on the first load's width).
for (const route of routes) {
  test(`${route} loads without errors, fits 320 px, passes axe and prints without navigation`, async ({ page }) => {
    // The whole handbook on one page (/print/) takes axe several times as long as any other page.
    if (route === '/print/') test.slow();
    const errors = collectConsoleErrors(page);
    const scripts = collectScripts(page);
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('h1')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(summary).toEqual([]);
    expect(errors).toEqual([]);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
    // The editor (Decap CMS, several megabytes) belongs to /admin/ only.
    const editorCode = (await Promise.all(scripts)).filter((script) => script.body.includes('decap-cms')).map((s) => s.url);
    expect(editorCode).toEqual([]);

    // On paper: menus, breadcrumbs, the footer's links, contents lists (every navigation landmark), the skip link,
    // buttons and the page's actions are left out.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    for (const nav of await page.getByRole('navigation', { includeHidden: true }).all()) await expect(nav).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
    for (const button of await page.locator('button, .button, [role="button"]').all()) await expect(button).toBeHidden();
    await expect(page.locator('.page-actions')).toBeHidden();
  });
}
