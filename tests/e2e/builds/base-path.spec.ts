/**
 * The site published under a path, as GitHub Pages publishes a project site at https://<owner>.github.io/<repository>/:
 * built with BASE_PATH=/handbook/ and SITE_URL set as the deployment sets them, served only under /handbook/, then
 * every address in every built file (pages, feeds, sitemap, robots.txt) is requested and must be under the base and
 * found; search, the health check, the case explorer and the editor work there in a browser. The same site at a
 * domain's root is what every other browser test reads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from '../no-console-errors';
import { serveFolder } from '../cms/static-server';
import { buildSite } from '../build-site';

const BASE = '/handbook/';
const SITE_URL = 'https://handbook-owner.github.io';
const PORT = Number(process.env['HANDBOOK_PORT'] ?? 4321) + 7;
const ORIGIN = `http://localhost:${PORT}`;

test.describe.configure({ mode: 'serial' });
failOnConsoleErrors();

let outDir: string;
let stopSite: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  outDir = mkdtempSync(join(tmpdir(), 'handbook-base-path-'));
  await buildSite(outDir, { env: { BASE_PATH: BASE, SITE_URL } });
  stopSite = await serveFolder(outDir, PORT, BASE);
});

test.afterAll(async () => {
  await stopSite?.();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Node {
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Every address an HTML file names: links, scripts, styles, pictures, forms and the explorer's data. */
function htmlAddresses(html: string): string[] {
  const found: string[] = [];
  const stack: Node[] = [parse(html) as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const { name, value } of node.attrs ?? []) {
      if (['href', 'src', 'action'].includes(name) || (name.startsWith('data-') && value.startsWith('/'))) found.push(value);
    }
    stack.push(...(node.childNodes ?? []), ...(node.content ? [node.content] : []));
  }
  return found;
}

/** Every address a feed, sitemap or robots.txt names. */
function textAddresses(text: string): string[] {
  return [...text.matchAll(/(?:href="|<loc>|<id>|Sitemap: )([^"<\s]+)/g)].map((m) => m[1]!);
}

test('every address in every built file is under the base path and found', async ({ request }) => {
  test.setTimeout(300_000);
  const wanted = new Map<string, string>();
  for (const file of files(outDir)) {
    const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const at = new URL(`${BASE}${path.slice(1)}`, ORIGIN);
    const text = /\.(html|xml|txt)$/.test(file) ? readFileSync(file, 'utf8') : undefined;
    if (text === undefined) continue;
    for (const written of file.endsWith('.html') ? htmlAddresses(text) : textAddresses(text)) {
      if (written.startsWith('#') || /^(mailto|tel):/.test(written)) continue;
      const url = new URL(written.replace(SITE_URL, ORIGIN), at);
      if (url.origin !== ORIGIN) continue;
      url.hash = '';
      // The PDF is made after the build by its own step (npm run pdf, as deploy.yml runs it; pdf.spec.ts tests it).
      if (url.pathname === `${BASE}handbook.pdf`) continue;
      if (!wanted.has(url.href)) wanted.set(url.href, path);
    }
  }
  expect(wanted.size).toBeGreaterThan(100);
  const outside = [...wanted].filter(([url]) => !new URL(url).pathname.startsWith(BASE));
  expect(outside, 'addresses outside the base path, with the file naming each').toEqual([]);
  const missing: string[] = [];
  for (const [url, from] of wanted) {
    const response = await request.get(url);
    if (response.status() !== 200) missing.push(`${url} (in ${from}): ${response.status()}`);
  }
  expect(missing).toEqual([]);
});

test('search finds pages and links to them under the base path', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}search/?q=detention`);
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  expect(new URL(await first.evaluate((a: HTMLAnchorElement) => a.href)).pathname.startsWith(`${BASE}`)).toBe(true);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${BASE}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the health check and the case explorer run under the base path', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}health-check/`);
  await expect(page.locator('[data-hc-tools]')).toBeVisible();
  await page.goto(`${ORIGIN}${BASE}case-studies/?region=london`);
  await expect(page.locator('[data-explorer] [data-case]:visible').first()).toBeVisible();
  const shown = await page.locator('[data-explorer] [data-case]:visible').count();
  const all = await page.locator('[data-explorer] [data-case]').count();
  expect(shown).toBeLessThan(all);
});

test('the editor loads under the base path', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}admin/`);
  await expect(page.getByRole('button', { name: /login with github/i })).toBeVisible({ timeout: 30_000 });
});
