/** The routes of the built site, read from its sitemap, so every published page is tested. */
import { readFileSync } from 'node:fs';

export function builtRoutes(): string[] {
  let xml: string;
  try {
    xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  } catch {
    throw new Error('No dist/sitemap-0.xml: run "npm run build" before the browser tests.');
  }
  const routes = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (routes.length === 0) throw new Error('The sitemap lists no pages.');
  return routes;
}
