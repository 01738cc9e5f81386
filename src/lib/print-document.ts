/**
 * The whole handbook as one document (/print/, and from it handbook.pdf). Each page's text is fitted into the
 * document: its headings move down two levels under the document's parts and the page's title, its ids take the
 * page's prefix so no two pages share one, and its links to other pages of the handbook become links within the
 * document (other addresses of the site become full addresses, which still mean something on paper).
 *
 * The text is the one the page itself was rendered with: /print/ is built with a slot for each page, and once the
 * site is built each slot is filled with the page's text from its built file, fitted (`fillPrintSlots`, run by src/cli/finish-build.ts).
 * Rendering every page's MDX a second time for the document doubled the cost of rendering the site (38 s of a
 * 10,000-page build, and a 128 MB string held in memory at once).
 *
 * Fitting reads the HTML the site's own renderer wrote, whose form is fixed: every attribute value is in double
 * quotes with `"` and `&` escaped (so a value never ends early), and text has `<` escaped (so a `<` always starts a
 * tag). Page text can hold no comments, scripts or raw HTML (the content guard refuses them), so the marks around
 * it cannot be written by a page.
 */

/** The id of a page's section in the document. */
export function printAnchor(url: string): string {
  return `print${url.replace(/\/+$/, '').replace(/\//g, '-')}`;
}

/** How far a page's own headings move down: below the document's parts (h2) and the page's title (h3). */
export const HEADING_SHIFT = 2;

/** The marks the page template writes around a page's text, so the document can take it from the built page. */
export const PAGE_TEXT = { start: '<!--page-text-->', end: '<!--/page-text-->' } as const;

/** Where the document takes a page's text: a note while unbuilt (under `astro dev`), replaced once built. */
export function printSlot(url: string): string {
  return `<!--print-text ${url}--><p><em>The text of this page is added here when the site is built.</em></p><!--/print-text-->`;
}
const SLOT = /<!--print-text (\/[a-z0-9/-]*)-->[\s\S]*?<!--\/print-text-->/g;

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

/** The attributes that name ids; each holds one id or a list of them. */
const ID_ATTRIBUTES = new Set(['id', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'for']);

/** A tag as the site's renderer writes it: a name, then attributes, bare or with a double-quoted value. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;

/** An attribute value as the renderer escapes it (`&#38;`, `&#34;`), or as hast-util-to-html does (`&amp;`, `&quot;`). */
function unescapeValue(value: string): string {
  return value.replace(
    /&(#38|#34|#39|amp|quot|lt|gt);/g,
    (_, name: string) => ({ '#38': '&', '#34': '"', '#39': "'", amp: '&', quot: '"', lt: '<', gt: '>' })[name] ?? '',
  );
}
const escapeValue = (value: string) => value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');

/** One page's text (the HTML between its marks) fitted into the document. */
export function fitPageText(html: string, context: PrintContext): string {
  const prefix = `${printAnchor(context.url)}--`;
  return html.replace(TAG, (_, close: string, name: string, attributes: string, end: string) => {
    const level = /^h([1-6])$/i.exec(name);
    const tag = level ? `h${Math.min(6, Number(level[1]) + HEADING_SHIFT)}` : name;
    const fitted = attributes.replace(ATTRIBUTE, (whole, attribute: string, value: string | undefined) => {
      if (value === undefined) return whole;
      const key = attribute.toLowerCase();
      if (ID_ATTRIBUTES.has(key)) {
        const ids = unescapeValue(value).split(/\s+/).filter(Boolean);
        return ` ${attribute}="${escapeValue(ids.map((id) => `${prefix}${id}`).join(' '))}"`;
      }
      if (key === 'href') return ` ${attribute}="${escapeValue(printHref(unescapeValue(value), context))}"`;
      return whole;
    });
    return `<${close}${tag}${fitted}${end}>`;
  });
}

/** The text of a built page: what its template wrote between the marks. */
export function pageTextOf(html: string, file: string): string {
  const start = html.indexOf(PAGE_TEXT.start);
  const end = html.indexOf(PAGE_TEXT.end, start);
  if (start < 0 || end < 0) throw new Error(`${file} has no page text marked for the whole-handbook document (/print/).`);
  return html.slice(start + PAGE_TEXT.start.length, end);
}

/**
 * The document with each slot filled, in pieces: `textOf(url)` gives a built page's HTML. A document of thousands of
 * pages is written out piece by piece, never held whole.
 */
export function* fillPrintSlots(document: string, textOf: (url: string) => string, site: string): Generator<string> {
  const slots = [...document.matchAll(SLOT)];
  const pages = new Set(slots.map((match) => match[1]!));
  let last = 0;
  for (const match of slots) {
    const url = match[1]!;
    yield document.slice(last, match.index);
    yield fitPageText(textOf(url), { url, pages, site });
    last = match.index + match[0].length;
  }
  yield document.slice(last);
}
