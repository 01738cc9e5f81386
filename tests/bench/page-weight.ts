/**
 * What a reader's browser downloads to show a page: its HTML (with any inlined styles and scripts), the
 * stylesheets and scripts it links, and the modules those scripts import before they run, each compressed
 * with gzip -9 as a server would send it. Scripts loaded later (the search index, on focus) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The page's address. */
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The value of an attribute in one tag. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Site addresses a page loads before it runs: linked stylesheets, scripts and module preloads. */
function linkedFiles(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload')) js.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) js.push(src);
  }
  return { css, js };
}

/** Static imports of a module (not `import()`, which loads on demand), as site addresses. */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (spec.startsWith('/')) found.push(spec);
    else if (spec.startsWith('.')) found.push(posix.join(posix.dirname(from), spec));
  }
  return found;
}

/** The weight of the page at `url` (an address like `/practices/x/`) in a built site. */
export function pageWeight(dist: string, url: string): PageWeight {
  const file = (address: string) => join(dist, decodeURI(address.split(/[?#]/)[0]!));
  const html = readFileSync(url.endsWith('/') ? join(file(url), 'index.html') : file(url));
  const links = linkedFiles(html.toString());
  const local = (address: string) => address.startsWith('/') && !address.startsWith('//');
  const css = [...new Set(links.css.filter(local))].reduce((sum, address) => sum + gzipped(readFileSync(file(address))), 0);
  const seen = new Set<string>();
  const queue = links.js.filter(local);
  let js = 0;
  while (queue.length > 0) {
    const address = queue.shift()!;
    if (seen.has(address)) continue;
    seen.add(address);
    const code = readFileSync(file(address));
    js += gzipped(code);
    queue.push(...staticImports(code.toString(), address));
  }
  const htmlBytes = gzipped(html);
  return { url, html: htmlBytes, css, js, total: htmlBytes + css + js };
}
