/**
 * The whole handbook as one document (/print/, and from it handbook.pdf). Each page's text is fitted into the
 * document: its headings move down two levels under the document's parts and the page's title, its ids take the
 * page's prefix so no two pages share one, and its links to other pages of the handbook become links within the
 * document (other addresses of the site become full addresses, which still mean something on paper).
 *
 * The fitting is done while the page's MDX is rendered, element by element (`fitElement`, given to the page's
 * compiled MDX as the components it draws its elements with): the text is never edited as a string, and never
 * parsed a second time (reading 10,000 rendered pages back with an HTML parser took longer than rendering them).
 */
import { MARKDOWN_ELEMENTS } from './mdx-guard';

/** The id of a page's section in the document. */
export function printAnchor(url: string): string {
  return `print${url.replace(/\/+$/, '').replace(/\//g, '-')}`;
}

/** How far a page's own headings move down: below the document's parts (h2) and the page's title (h3). */
export const HEADING_SHIFT = 2;

/** The attributes that name ids, as a page's compiled MDX spells them; each holds one id or a list of them. */
const ID_ATTRIBUTES = ['id', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'htmlFor'] as const;

/** The guard's names (hast's) for the same attributes, to find the elements that may carry them. */
const GUARD_NAMES = ['id', 'ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor', 'href'];

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The elements a page's text is printed with: its headings, and every element the content guard lets a page give
 * an id, a list of ids or a link (src/lib/mdx-guard.ts). No other element of a page can hold one (raw HTML tags
 * and the handbook's components take neither), so no other needs fitting.
 */
export const PRINT_ELEMENTS = [
  ...new Set([
    ...HEADINGS,
    ...Object.entries(MARKDOWN_ELEMENTS)
      .filter(([, attributes]) => attributes.some((name) => GUARD_NAMES.includes(name)))
      .map(([tag]) => tag),
  ]),
];

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

/** One element of a page's text as the document prints it: its tag (a heading moves down) and its attributes. */
export function fitElement(
  tag: string,
  props: Readonly<Record<string, unknown>>,
  context: PrintContext,
): [string, Record<string, unknown>] {
  const prefix = `${printAnchor(context.url)}--`;
  const level = /^h([1-6])$/.exec(tag);
  const fitted: Record<string, unknown> = { ...props };
  for (const name of ID_ATTRIBUTES) {
    const value = fitted[name];
    if (typeof value === 'string')
      fitted[name] = value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => `${prefix}${id}`)
        .join(' ');
  }
  if (typeof fitted['href'] === 'string') fitted['href'] = printHref(fitted['href'], context);
  return [level ? `h${Math.min(6, Number(level[1]) + HEADING_SHIFT)}` : tag, fitted];
}
