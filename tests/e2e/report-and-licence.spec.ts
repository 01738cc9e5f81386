/**
 * Every page of the sitemap offers "Report an inaccuracy", which opens the repository's issue form with that
 * page's own address filled in, and says under which licence its text may be reused and what to credit,
 * again with its own address.
 */
import { expect, test } from '@playwright/test';
import { REPORT_FORM } from '../../src/lib/wiki/edit-links';
import { repositoryUrl, site } from '../../src/site.config';
import { builtRoutes } from './site-map';

for (const route of builtRoutes()) {
  test(`${route} links a report and credits itself at its own address`, async ({ page }) => {
    await page.goto(route);
    const address = new URL(route, site.url).href;

    const report = page.getByRole('link', { name: 'Report an inaccuracy' });
    await expect(report).toHaveCount(1);
    const link = new URL((await report.getAttribute('href')) ?? '');
    expect(`${link.origin}${link.pathname}`).toBe(`${repositoryUrl}/issues/new`);
    expect(link.searchParams.get('template')).toBe(REPORT_FORM.file);
    expect(link.searchParams.get(REPORT_FORM.pageField)).toBe(address);

    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('a[rel="license"]')).toHaveAttribute('href', site.contentLicence.url);
    await expect(footer.locator('.attribution')).toContainText(address);
    await expect(footer.locator('.attribution')).toContainText(site.contentLicence.name);
  });
}
