/**
 * Internal links and heading anchors in a page's Markdown, found without a build so that tests
 * and checks can say "file:line links to a page that does not exist" in seconds.
 */
import GithubSlugger from 'github-slugger';

export interface FoundLink {
  /** The address as written, e.g. `/practices/invest-in-coordination/#how-to-start`. */
  href: string;
  /** The line in the body (1-based). */
  line: number;
}

// [text](/path/ "title") — only site-internal targets (starting with "/") are collected.
const MARKDOWN_LINK = /\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g;

/** Every internal link in a Markdown body, with its line. */
export function internalLinks(body: string): FoundLink[] {
  const links: FoundLink[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(MARKDOWN_LINK)) links.push({ href: match[1]!, line: index + 1 });
  });
  return links;
}

/** The plain text of a heading line, as a reader sees it: links, emphasis and code marks removed. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

/** The ids the site gives a body's headings: github-slugger, in order, as Astro and rehype-slug do. */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) ids.push(slugger.slug(headingText(match[2]!)));
  }
  return ids;
}

/** Splits `/practices/x/#anchor` into its page path (always ending in "/") and its anchor. */
export function splitHref(href: string): { path: string; anchor: string | undefined } {
  const [rawPath = '/', anchor] = href.split('#', 2);
  const path = rawPath.split('?')[0]!;
  return { path: path.endsWith('/') ? path : `${path}/`, anchor: anchor || undefined };
}
