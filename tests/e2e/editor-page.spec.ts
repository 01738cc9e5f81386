/**
 * The editor's page, /admin/, as the built site serves it: it starts Decap CMS from the site's own files
 * (no CDN), and stays out of search engines, the sitemap and the handbook's search index.
 * Editing itself is tested in tests/e2e/cms/ against decap-server.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config';
import { sitemapPaths } from './site-map';

test('/admin/ starts the editor from the site’s own files, without a CDN', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin && url.hostname !== 'localhost') outside.push(request.url());
  });
  // As on the published site, where no decap-server answers: the editor offers the GitHub sign-in.
  await page.route('http://localhost:8081/**', (route) => route.abort());
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: /Login with GitHub/i })).toBeVisible();
  expect(outside).toEqual([]);
});

test('/admin/ is kept out of search engines, the sitemap and the search index', async ({ page }) => {
  const html = readFileSync('dist/admin/index.html', 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('data-pagefind-body');
  expect(sitemapPaths().filter((path) => path.startsWith('/admin'))).toEqual([]);

  await page.goto('/search/');
  const urls = await page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ path);
    // Words only the editor's page holds, in its message for browsers without JavaScript.
    const search = await pagefind.search('editor needs JavaScript');
    return Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  });
  expect(urls.filter((url: string) => url.startsWith('/admin'))).toEqual([]);
});

test('every content page links to itself in the editor and to its file on GitHub', async ({ page }) => {
  await page.goto('/case-studies/detention-forum/');
  const actions = page.locator('.page-actions');
  await expect(actions.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    '/admin/#/edit/case-studies/detention-forum',
  );
  await expect(actions.getByRole('link', { name: 'View source' })).toHaveAttribute(
    'href',
    'https://github.com/equitable-collaboration/handbook/blob/main/content/case-studies/detention-forum.mdx',
  );
  await expect(actions.getByRole('link', { name: 'history' })).toHaveAttribute(
    'href',
    'https://github.com/equitable-collaboration/handbook/commits/main/content/case-studies/detention-forum.mdx',
  );
  await expect(actions).toHaveAttribute('data-pagefind-ignore', '');
});

test('the practice and case study lists invite a new page in the editor', async ({ page }) => {
  await page.goto('/practices/');
  await expect(page.getByRole('link', { name: 'Propose a new practice' })).toHaveAttribute(
    'href',
    '/admin/#/collections/practices/new',
  );
  await page.goto('/case-studies/');
  await expect(page.getByRole('link', { name: 'Propose a new case study' })).toHaveAttribute(
    'href',
    '/admin/#/collections/case-studies/new',
  );
});

test("the editor's sign-in screen and header carry the handbook's name and icon, not Decap's", async ({ page, request }) => {
  await page.route('http://localhost:8081/**', (route) => route.abort());
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: /Login with GitHub/i })).toBeVisible();
  const logo = page.locator('img[src="/admin/logo.svg"]');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const svg = await (await request.get('/admin/logo.svg')).text();
  expect(svg).toContain(`<title>${site.title}</title>`);
});

test('the editor\'s "new page" button says so in words, with no character a font may lack', async ({ page }) => {
  // The least of decap-server that lets the editor sign in and list an empty handbook.
  await page.route('http://localhost:8081/api/v1', async (route) => {
    const { action } = route.request().postDataJSON() as { action: string };
    const body = action === 'info' ? { repo: 'handbook', publish_modes: ['simple'], type: 'local_fs' } : [];
    await route.fulfill({ json: body, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  page.on('dialog', (dialog) => dialog.dismiss());
  await page.goto('/admin/#/collections/practices');
  await page.getByRole('button', { name: 'Login' }).click();
  const button = page.getByRole('link', { name: 'Create entry of type Practice' });
  await expect(button).toHaveText('New Practice');
  await expect(page.locator('img[src="/admin/logo.svg"]')).toBeVisible();
});
