/**
 * A page's links to other handbook pages and its images, told apart, read from its parsed tree (the HTML tree
 * the site renders, src/lib/core/mdx-tree.ts) in one walk: reference-style links and images are already resolved,
 * and text inside code is never mistaken for a link.
 */
import { MEDIA_URL } from '../content/addresses';
import { positionOf, walk, type MdNode } from '../core/mdx-tree';

export interface FoundLink {
  /** The address as written, e.g. `/practices/invest-in-coordination/#how-to-start` or `/media/map.png`. */
  href: string;
  /** The line of the link (1-based) in the text that was parsed. */
  line: number;
}

/**
 * Every link to a handbook page (an address starting with a single "/") and every image of a page's tree.
 * Links into /media/ are refused by the content guard, so they are not counted as links a second time.
 */
export function linksOf(tree: MdNode): { links: FoundLink[]; images: FoundLink[] } {
  const links: FoundLink[] = [];
  const images: FoundLink[] = [];
  walk(tree, (node) => {
    if (node.type !== 'element') return true;
    const properties = node['properties'] as { href?: unknown; src?: unknown } | undefined;
    if (node['tagName'] === 'img') images.push({ href: String(properties?.src ?? ''), line: positionOf(node).line });
    const href = node['tagName'] === 'a' ? properties?.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(MEDIA_URL)) {
      links.push({ href, line: positionOf(node).line });
    }
    return true;
  });
  return { links, images };
}

/** Splits `/practices/x/#anchor` into its page path (always ending in "/") and its anchor. */
export function splitHref(href: string): { path: string; anchor: string | undefined } {
  const [rawPath = '/', anchor] = href.split('#', 2);
  const path = rawPath.split('?')[0]!;
  return { path: path.endsWith('/') ? path : `${path}/`, anchor: anchor || undefined };
}
