/**
 * The routes of the built site, read from its sitemap, so every published page is tested. The editor at
 * /admin/ is not a reading page: astro.config.mjs keeps it out of the sitemap, and it is dropped here too
 * in case it ever slips in; tests/e2e/editor-page.spec.ts checks it separately.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNLISTED } from '../../src/lib/content/routes';
import { GRAPH_KINDS } from '../../src/lib/wiki/connections';

export function builtRoutes(): string[] {
  let xml: string;
  try {
    xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  } catch {
    throw new Error('No dist/sitemap-0.xml: run "npm run build" before the browser tests.');
  }
  const routes = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((path) => !isEditor(path));
  if (routes.length === 0) throw new Error('The sitemap lists no pages.');
  return routes;
}

/** The editor's own page, served by Decap CMS. */
export function isEditor(path: string): boolean {
  return path.startsWith(UNLISTED.editor);
}

/** The sitemap's addresses as written, for checks on the sitemap itself. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Each page's neighbourhood (/connections/<kind>/<id>/): a view of that page, left out of the sitemap, so read from
 * the folders the build wrote.
 */
export function neighbourhoodRoutes(): string[] {
  return GRAPH_KINDS.flatMap((kind) => {
    const folder = join('dist', 'connections', kind);
    return existsSync(folder) ? readdirSync(folder).map((id) => `/connections/${kind}/${id}/`) : [];
  });
}
