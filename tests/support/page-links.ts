/**
 * A body's internal links and heading ids, parsed from its text alone, for tests that hold pages or snippets
 * rather than the checker's parsed files (which read them from the tree they already have).
 */
import { headingIdsOf } from '../../src/lib/core/heading-ids';
import { linksOf, type FoundLink } from '../../src/lib/wiki/links';
import { parseMdx } from '../../src/lib/core/mdx-tree';

/** Every internal link in a Markdown body, with its line in the body; none when the body cannot be read. */
export function internalLinks(body: string): FoundLink[] {
  const { tree } = parseMdx(body);
  return tree ? linksOf(tree).links : [];
}

/** The ids the site gives a body's headings, in order. */
export function headingIds(body: string): string[] {
  const { tree } = parseMdx(body);
  return tree ? headingIdsOf(tree).map((heading) => heading.id) : [];
}
