/**
 * A reader's first search, in Chromium: open a page with an empty cache, click the header's search box, type a
 * query a key at a time as a person does, and time from the last keystroke to the moment the first results
 * appear under the box (a MutationObserver on the results list), counting the bytes fetched after the page
 * itself had loaded (Pagefind's script, WebAssembly, index and result fragments). Repeated from a cold page;
 * the median is reported.
 *
 * The site is served as the handbook's hosts serve it (GitHub Pages, Netlify, Cloudflare Pages): text compressed
 * with gzip when the browser accepts it. Pagefind's own files (index, fragments, WebAssembly) are compressed by
 * Pagefind already and go as they are. Both the bytes transferred and their size once decompressed are counted.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../../src/cli/chromium';
import { SITE_IDS } from '../../src/lib/core/site-ids';

export interface SearchRun {
  /** From the last keystroke to the first results on screen. */
  ms: number;
  /** Bytes received after the page loaded, up to the first results (bodies as transferred, and headers). */
  bytes: number;
  /** The same bodies' size once decompressed, with the headers: what a host without compression would send. */
  decodedBytes: number;
  requests: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Text a host compresses; other files are sent as they are. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** A plain static file server for a built site that compresses text as hosts do; on a free port. */
export async function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const headers: Record<string, string | number> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port.');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

declare global {
  interface Window {
    benchSearch?: { inputs: number[]; shown: number[] };
  }
}

/** Where a site's search box and its list of results are, as CSS selectors. */
export interface SearchBox {
  input: string;
  results: string;
}

/** The handbook's own search box, in its header. */
export const HANDBOOK_SEARCH: SearchBox = { input: `#${SITE_IDS.searchInput}`, results: `#${SITE_IDS.searchResults}` };

/** Records when the reader typed and when results appeared; installed before any page script runs. */
function instrument({ results }: { results: string }) {
  const record = { inputs: [] as number[], shown: [] as number[] };
  window.benchSearch = record;
  document.addEventListener('input', () => record.inputs.push(performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => {
    // The list may be made by the search's own script (Pagefind's default interface makes it on load).
    new MutationObserver(() => {
      const list = document.querySelector<HTMLElement>(results);
      if (list && list.children.length > 0 && !list.hidden) record.shown.push(performance.now());
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
}

async function firstSearch(page: Page, url: string, query: string, keyDelayMs: number, box: SearchBox): Promise<SearchRun> {
  await page.addInitScript(instrument, { results: box.results });
  await page.goto(url, { waitUntil: 'load' });
  let counting = true;
  const sizes: Promise<{ sent: number; decoded: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (!counting) return;
    sizes.push(
      Promise.all([request.sizes(), request.response().then((response) => response?.body())])
        .then(([size, body]) => ({
          sent: size.responseBodySize + size.responseHeadersSize,
          decoded: (body?.length ?? 0) + size.responseHeadersSize,
        }))
        .catch(() => ({ sent: 0, decoded: 0 })),
    );
  });
  await page.click(box.input);
  await page.keyboard.type(query, { delay: keyDelayMs });
  const handle = await page.waitForFunction(
    () => {
      const record = window.benchSearch!;
      const last = record.inputs.at(-1) ?? Infinity;
      const shown = record.shown.find((time) => time >= last);
      return shown === undefined ? false : shown - last;
    },
    undefined,
    { timeout: 30_000 },
  );
  counting = false;
  const ms = (await handle.jsonValue()) as number;
  const fetched = await Promise.all(sizes);
  const sum = (key: 'sent' | 'decoded') => fetched.reduce((total, size) => total + size[key], 0);
  return { ms, bytes: sum('sent'), decodedBytes: sum('decoded'), requests: sizes.length };
}

/** Times `repeats` first searches for `query` from the page at `url` of the built site in `dist`. */
export async function searchSpeed(
  dist: string,
  url: string,
  query: string,
  repeats: number,
  box: SearchBox = HANDBOOK_SEARCH,
  keyDelayMs = 180,
): Promise<SearchRun[]> {
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const runs: SearchRun[] = [];
    for (let i = 0; i < repeats; i++) {
      // A new context each time: an empty cache, as for a reader's first visit.
      const context = await browser.newContext();
      try {
        runs.push(await firstSearch(await context.newPage(), `${origin}${url}`, query, keyDelayMs, box));
      } finally {
        await context.close();
      }
    }
    return runs;
  } finally {
    await browser.close();
    server.close();
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
