/**
 * Where each page lives on the site. One rule: `/<collection>/<id>/`, the id being the file name.
 */
import { PAGE_KINDS, type CollectionName } from './page-kinds';

/** The address of a page. */
export function pageUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The address of a collection's index page. */
export function indexUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** The address of a theme page. */
export function themeUrl(theme: string): string {
  return `/themes/${theme}/`;
}

/** A collection's name in the singular, for labels on cards and in search results ("Case study"). */
export function kindLabel(collection: CollectionName): string {
  return PAGE_KINDS[collection].label;
}

/** A collection's name in the plural, for headings and navigation ("Case studies"). */
export function kindHeading(collection: CollectionName): string {
  return PAGE_KINDS[collection].plural;
}

export interface Crumb {
  label: string;
  href: string;
}

/** The trail from the home page to a page's parent: Home › Case studies. */
export function breadcrumbs(collection?: CollectionName): Crumb[] {
  const trail: Crumb[] = [{ label: 'Home', href: '/' }];
  if (collection) trail.push({ label: kindHeading(collection), href: indexUrl(collection) });
  return trail;
}
