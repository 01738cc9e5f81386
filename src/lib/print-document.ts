/**
 * The whole handbook as one document (/print/, and from it handbook.pdf). Each page's rendered text is fitted
 * into the document: its headings move down two levels under the document's parts and the page's title, its ids
 * take the page's prefix so no two pages share one, and its links to other pages of the handbook become links
 * within the document (other addresses of the site become full addresses, which still mean something on paper).
 *
 * The text is read and written with a real HTML parser (hast), never edited as a string.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';

/** The id of a page's section in the document. */
export function printAnchor(url: string): string {
  return `print${url.replace(/\/+$/, '').replace(/\//g, '-')}`;
}

/** How far a page's own headings move down: below the document's parts (h2) and the page's title (h3). */
export const HEADING_SHIFT = 2;

/** The attributes that name ids, as hast spells them. */
const ID_LISTS = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

export interface PrintContext {
  /** The page's address ("/practices/compete-ethically/"). */
  url: string;
  /** The addresses of every page in the document. */
  pages: ReadonlySet<string>;
  /** The site's address, for links to parts of the site the document does not hold. */
  site: string;
}

/** Where a link from a page should go in the document. */
export function printHref(href: string, context: PrintContext): string {
  const prefix = `${printAnchor(context.url)}--`;
  if (href.startsWith('#')) return `#${prefix}${href.slice(1)}`;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [path = '', hash] = href.split('#', 2) as [string, string | undefined];
  if (context.pages.has(path)) return `#${printAnchor(path)}${hash ? `--${hash}` : ''}`;
  return new URL(href, context.site).href;
}

function fit(node: Nodes, context: PrintContext): void {
  if (node.type === 'element') fitElement(node, context);
  if ('children' in node) for (const child of node.children) fit(child, context);
}

function fitElement(element: Element, context: PrintContext): void {
  const prefix = `${printAnchor(context.url)}--`;
  const level = /^h([1-6])$/.exec(element.tagName);
  if (level) element.tagName = `h${Math.min(6, Number(level[1]) + HEADING_SHIFT)}`;
  const properties: Record<string, unknown> = element.properties;
  if (typeof properties['id'] === 'string') properties['id'] = `${prefix}${properties['id']}`;
  for (const name of ID_LISTS) {
    const value = properties[name];
    if (Array.isArray(value)) properties[name] = value.map((id) => `${prefix}${String(id)}`);
    else if (typeof value === 'string') properties[name] = `${prefix}${value}`;
  }
  if (typeof properties['href'] === 'string') properties['href'] = printHref(properties['href'], context);
}

/** A page's rendered HTML, fitted into the document. */
export function fitPageHtml(html: string, context: PrintContext): string {
  const tree: Root = fromHtml(html, { fragment: true });
  fit(tree, context);
  return toHtml(tree);
}
