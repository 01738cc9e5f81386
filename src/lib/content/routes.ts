/**
 * Every address of the site, in one place: pages at `/<collection>/<id>/` (the id being the file name), an index
 * per page kind, a page per theme, and the site's own pages, all under the path the site is published at
 * (`BASE`). Templates, the checker and the tests build addresses from here; `linkableRoutes` is what content
 * may link to besides its pages.
 *
 * Contributors write links from the site's root (`/practices/x/`) wherever the site is published; `withBase`
 * puts them under the base when a page is built (src/plugins/base-path.ts), and the checker compares them
 * the same way (link-graph.ts). Files in `dist/` sit at the site's paths without the base (`sitePath`).
 */
import type { DataCollection } from './open-data';
import { COLLECTIONS, kindHeading, type CollectionName } from './page-kinds';
import { themes } from './vocabulary';
import { based, sitePath, withBase } from '../core/base-path';

export { BASE, basePath, FILES, sitePath, withBase } from '../core/base-path';

/** The site's own pages, by what they are; each is in the sitemap, and content may link to it. */
export const ROUTES = based({
  home: '/',
  search: '/search/',
  themes: '/themes/',
  changes: '/changes/',
  contributors: '/contributors/',
  healthCheck: '/health-check/',
  connections: '/connections/',
  data: '/data/',
  print: '/print/',
});

/** Pages that are ways in rather than pages to read: left out of the sitemap (astro.config.mjs). */
export const UNLISTED = based({
  /** Opens a page chosen at random. */
  random: '/random/',
  /** The online editor (Decap CMS); search engines are asked to keep out (robots.txt). */
  editor: '/admin/',
  /** The curation desk: a work list for curators, linked from the footer and the guides. */
  curation: '/curation/',
});

/** The address of a page. */
export function pageUrl(collection: CollectionName, id: string): string {
  return withBase(`/${collection}/${id}/`);
}

/** The address of a collection's index page. */
export function indexUrl(collection: CollectionName): string {
  return withBase(`/${collection}/`);
}

/** The address of a theme page. */
export function themeUrl(theme: string): string {
  return withBase(`/themes/${theme}/`);
}

/** The address of the picture of how a page connects with others (src/pages/connections/[kind]/[id].astro). */
export function connectionsUrl(collection: CollectionName, id: string): string {
  return withBase(`/connections/${collection}/${id}/`);
}

/**
 * True for the address of one page's connections: a view of that page, left out of the sitemap (search engines have
 * the page itself) as the routes in UNLISTED are.
 */
export function isPageConnections(address: string): boolean {
  return /^\/connections\/[^/]+\/[^/]+\/$/.test(sitePath(address));
}

/** The Atom feed of the whole handbook, or of one kind's new pages (src/pages/[...kind]/feed.xml.ts). */
export function feedUrl(collection?: CollectionName): string {
  return `${collection ? indexUrl(collection) : ROUTES.home}feed.xml`;
}

/** The address of an open data file. */
export function dataFileUrl(collection: DataCollection, format: 'json' | 'csv'): string {
  return `${ROUTES.data}${collection}.${format}`;
}

/** The addresses besides content pages that content may link to: the rest of the sitemap, and the unlisted pages. */
export function linkableRoutes(): string[] {
  return [
    ...Object.values(ROUTES),
    ...Object.values(UNLISTED),
    ...COLLECTIONS.map(indexUrl),
    ...themes.map((t) => themeUrl(t.value)),
  ];
}

export interface Crumb {
  label: string;
  href: string;
}

/** The trail from the home page to a page's parent: Home › Case studies. */
export function breadcrumbs(collection?: CollectionName): Crumb[] {
  const trail: Crumb[] = [{ label: 'Home', href: ROUTES.home }];
  if (collection) trail.push({ label: kindHeading(collection), href: indexUrl(collection) });
  return trail;
}
