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
 * tag). Page text can hold no comments, scripts or raw HTML (the content guard refuses them). An attribute's value
 * may still hold `<` (the renderer leaves it), so a contributor could write the text of a mark into a title: the marks
 * carry a mark of the build, random and new each time (`PRINT_MARK`), which no page can know in advance.
 */

/** The id of a page's section in the document. */
export function printAnchor(url: string): string {
  return `print${url.replace(/\/+$/, '').replace(/\//g, '-')}`;
}

/**
 * The id of a part the document adds to a page (its facts, prompts, sources). A page's own ids become
 * `<anchor>--<id>`, and an id made from a heading holds only letters, digits, "-" and "_": the "." keeps the
 * document's parts apart from any heading a page may have ("Sources", say).
 */
export function printPartId(anchor: string, part: 'facts' | 'prompts' | 'sources'): string {
  return `${anchor}.${part}`;
}

/** How far a page's own headings move down: below the document's parts (h2) and the page's title (h3). */
export const HEADING_SHIFT = 2;

/**
 * This build's mark, set once in the build's environment by the content integration (src/integrations/content.ts)
 * and written to `dist/` for the build's second step, which reads and removes it (src/cli/finish-build.ts).
 */
export const PRINT_MARK_VARIABLE = 'HANDBOOK_PRINT_MARK';
export const PRINT_MARK_FILE = '.print-mark';

/** This build's mark, as the integration set it; pages and /print/ read it when they are rendered. */
export function currentPrintMark(): string {
  const mark = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[PRINT_MARK_VARIABLE];
  if (!mark)
    throw new Error(
      `${PRINT_MARK_VARIABLE} is not set: pages are rendered by "astro build" or "astro dev" with the handbook's integration.`,
    );
  return mark;
}

/** A new mark: 128 random bits, as hex. */
export function newPrintMark(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The marks the page template writes around a page's text, so the document can take it from the built page. */
export function pageTextMarks(mark: string): { start: string; end: string } {
  return { start: `<!--page-text ${mark}-->`, end: `<!--/page-text ${mark}-->` };
}

/** Where the document takes a page's text: a note while unbuilt (under `astro dev`), replaced once built. */
export function printSlot(url: string, mark: string): string {
  return `<!--print-text ${mark} ${url}--><p><em>The text of this page is added here when the site is built.</em></p><!--/print-text ${mark}-->`;
}

function slotPattern(mark: string): RegExp {
  return new RegExp(`<!--print-text ${mark} (\\/[a-z0-9/-]*)-->[\\s\\S]*?<!--\\/print-text ${mark}-->`, 'g');
}

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

/** The text of a built page: what its template wrote between this build's marks. */
export function pageTextOf(html: string, file: string, mark: string): string {
  const marks = pageTextMarks(mark);
  const start = html.indexOf(marks.start);
  const end = html.indexOf(marks.end, start);
  if (start < 0 || end < 0) throw new Error(`${file} has no page text marked for the whole-handbook document (/print/).`);
  return html.slice(start + marks.start.length, end);
}

/**
 * The document with each slot filled, in pieces: `textOf(url)` gives a built page's HTML. A document of thousands of
 * pages is written out piece by piece, never held whole.
 */
export function* fillPrintSlots(
  document: string,
  textOf: (url: string) => string,
  site: string,
  mark: string,
): Generator<string> {
  const slots = [...document.matchAll(slotPattern(mark))];
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
