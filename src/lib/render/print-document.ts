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
 * Fitting parses each built page with parse5, the HTML parser of the WHATWG standard, as a browser would: the page's
 * text is the nodes between two comments the page template writes, ids and links are rewritten in the tree, and the
 * tree is written out again by the same library. A page cannot write a comment (the content guard refuses them), and
 * text that reads like a mark or a tag inside an attribute or a text stays an attribute or a text. The marks also
 * carry a mark of the build, random and new each time (`PRINT_MARK_VARIABLE`), which no page can know in advance: it
 * is what finds the start of a page's text in its built file, and each slot of /print/, without parsing all of /print/
 * (hundreds of megabytes for a large handbook) at once.
 */
import { defaultTreeAdapter, html as html_, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

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

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const isElement = (node: Node): node is Element => 'tagName' in node;
const isComment = (node: Node): node is DefaultTreeAdapterMap['commentNode'] => node.nodeName === '#comment';

/** Fits one element and everything in it: headings down, ids prefixed, links sent within the document. */
function fitElement(element: Element, context: PrintContext, prefix: string): void {
  const level = /^h([1-6])$/.exec(element.tagName);
  if (level) element.tagName = element.nodeName = `h${Math.min(6, Number(level[1]) + HEADING_SHIFT)}`;
  for (const attribute of element.attrs) {
    if (ID_ATTRIBUTES.has(attribute.name))
      attribute.value = attribute.value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => `${prefix}${id}`)
        .join(' ');
    else if (attribute.name === 'href') attribute.value = printHref(attribute.value, context);
  }
  for (const child of element.childNodes) if (isElement(child)) fitElement(child, context, prefix);
}

/**
 * One page's text fitted into the document. `html` is the page's text with its marks around it; it is parsed as a
 * browser would parse it inside the page's `<main>`, and the text is every node between the start mark and the end
 * mark, which must lie at the same level of the tree. Nothing written inside an attribute or a text can end it early: a mark is a
 * comment node, which no page can write, carrying this build's random mark.
 */
export function fitPageText(html: string, context: PrintContext, mark: string): string {
  const marks = pageTextMarks(mark);
  const container = defaultTreeAdapter.createElement('main', html_.NS.HTML, []);
  const nodes = parseFragment(container, html, {}).childNodes;
  const commentOf = (node: Node) => (isComment(node) ? `<!--${node.data}-->` : undefined);
  const first = nodes.findIndex((node) => commentOf(node) === marks.start);
  const last = nodes.findIndex((node) => commentOf(node) === marks.end);
  if (first < 0 || last < first) throw new Error(`the page's text does not end where it started (${context.url})`);
  const text = defaultTreeAdapter.createDocumentFragment();
  const prefix = `${printAnchor(context.url)}--`;
  for (const node of nodes.slice(first + 1, last)) {
    if (isElement(node)) fitElement(node, context, prefix);
    defaultTreeAdapter.appendChild(text, node);
  }
  return serialize(text);
}

/**
 * A built page's text with its marks around it (what `fitPageText` reads). The marks carry this build's random mark,
 * so the first of each is the template's own; the tree then says whether the text really ends at the end mark.
 */
export function pageTextOf(html: string, file: string, mark: string): string {
  const marks = pageTextMarks(mark);
  const start = html.indexOf(marks.start);
  const end = html.indexOf(marks.end, start);
  if (start < 0 || end < 0) throw new Error(`${file} has no page text marked for the whole-handbook document (/print/).`);
  return html.slice(start, end + marks.end.length);
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
    yield fitPageText(textOf(url), { url, pages, site }, mark);
    last = match.index + match[0].length;
  }
  yield document.slice(last);
}
