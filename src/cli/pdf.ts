/**
 * `npm run pdf`: the whole handbook as a PDF, printed by Chromium (through Playwright) from /print/ of the built
 * site, with page numbers and a bookmark for every heading. It is written to dist/handbook.pdf, so publishing
 * dist/ publishes the current edition with the site: run it after `npm run build`. `--out <file>` writes the PDF
 * elsewhere (the tests do).
 *
 * Chromium reads the built files straight from dist/ through Playwright's request routing: no server, so no
 * port to collide with anyone else's.
 */
import { chromium } from '@playwright/test';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from './chromium';
import { ROUTES, sitePath } from '../lib/content/routes';

const DIST = resolve('dist');
/** A made-up origin the built site is served under; nothing is fetched from the network. */
const ORIGIN = 'http://handbook.invalid';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('dist', 'handbook.pdf') } } });
const out = resolve(values.out);

/** The built file an address names, or undefined outside dist/ or where there is none. */
async function builtFile(pathname: string): Promise<string | undefined> {
  const file = resolve(DIST, `.${decodeURIComponent(pathname)}`);
  if (file !== DIST && !file.startsWith(`${DIST}${sep}`)) return undefined;
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) return builtFile(`${pathname.replace(/\/?$/, '/')}index.html`);
  return found?.isFile() ? file : undefined;
}

if (!(await builtFile(sitePath(ROUTES.print)))) {
  console.error('There is no built handbook to print (dist/print/index.html). Run "npm run build" first.');
  process.exit(1);
}

const started = performance.now();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? await builtFile(sitePath(url.pathname)) : undefined;
    await (file ? route.fulfill({ path: file }) : route.abort());
  });
  await page.goto(new URL(ROUTES.print, ORIGIN).href, { waitUntil: 'load' });
  // Paper cannot open a disclosure later: print every <details> open.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.pdf({
    path: out,
    format: 'A4',
    margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    // Chromium fills in the page numbers; the footer is drawn apart from the page, so it carries its own style.
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font: 9px system-ui, sans-serif; width: 100%; text-align: center; color: #444;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    outline: true,
    tagged: true,
  });
} finally {
  await browser.close();
}
const { size } = await stat(out);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${out} (${(size / 1024 / 1024).toFixed(1)} MB) in ${seconds} s.`);
