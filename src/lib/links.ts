/**
 * Links to other handbook pages and the ids of headings, read from a page's parsed tree (the HTML tree the
 * site renders, src/lib/mdx-tree.ts): reference-style links are already resolved, and text inside code or
 * images is never mistaken for a link.
 */
import { MEDIA_URL } from './addresses';
import { headingIdsOf } from './heading-ids';
import { parseMdx, positionOf, walk, type MdNode } from './mdx-tree';

export interface FoundLink {
  /** The address as written, e.g. `/practices/invest-in-coordination/#how-to-start`. */
  href: string;
  /** The line of the link (1-based) in the text that was parsed. */
  line: number;
}

/** Every link to a handbook page (an address starting with a single "/") in a page's tree. */
export function internalLinksOf(tree: MdNode): FoundLink[] {
  const links: FoundLink[] = [];
  walk(tree, (node) => {
    if (node.type !== 'element' || node['tagName'] !== 'a') return true;
    const href = (node['properties'] as { href?: unknown } | undefined)?.href;
    // Links into /media/ are refused by the content guard, so the graph does not report them a second time.
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(MEDIA_URL)) {
      links.push({ href, line: positionOf(node).line });
    }
    return true;
  });
  return links;
}

/** Every internal link in a Markdown body, with its line in the body; none when the body cannot be read. */
export function internalLinks(body: string): FoundLink[] {
  const { tree } = parseMdx(body);
  return tree ? internalLinksOf(tree) : [];
}

/** The ids the site gives a body's headings, in order. */
export function headingIds(body: string): string[] {
  const { tree } = parseMdx(body);
  return tree ? headingIdsOf(tree).map((heading) => heading.id) : [];
}

/** Splits `/practices/x/#anchor` into its page path (always ending in "/") and its anchor. */
export function splitHref(href: string): { path: string; anchor: string | undefined } {
  const [rawPath = '/', anchor] = href.split('#', 2);
  const path = rawPath.split('?')[0]!;
  return { path: path.endsWith('/') ? path : `${path}/`, anchor: anchor || undefined };
}
