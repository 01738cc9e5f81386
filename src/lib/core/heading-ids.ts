/**
 * The ids of a page's headings, as the site gives them (src/plugins/heading-anchors.ts): a heading that
 * already has an id keeps it, every other gets github-slugger's slug of its text, in page order, with
 * -1, -2 … for repeats. Read from the same HTML tree the site renders (src/lib/core/mdx-tree.ts), so the text
 * includes what the reader sees (code, footnote numbers) and nothing else.
 */
import GithubSlugger from 'github-slugger';
import { headingId } from './heading-anchor';
import { plainText, positionOf, walk, type MdNode } from './mdx-tree';

export interface HeadingId {
  id: string;
  /** The heading's text. */
  text: string;
  /** 1 to 6. */
  depth: number;
  /** False for a heading Markdown itself gave an id (the footnotes' heading), true for one made from its text. */
  fromText: boolean;
  at: { line: number; column: number };
}

const HEADING = /^h([1-6])$/;

/** Every heading of a page's tree with its id, in order. */
export function headingIdsOf(tree: MdNode): HeadingId[] {
  const slugger = new GithubSlugger();
  const headings: HeadingId[] = [];
  walk(tree, (node) => {
    const level = node.type === 'element' ? HEADING.exec(String(node['tagName'])) : null;
    if (!level) return true;
    const text = plainText(node);
    const properties = (node['properties'] as Record<string, unknown> | undefined) ?? {};
    const fromText = typeof properties['id'] !== 'string';
    headings.push({
      id: headingId(properties['id'], text, slugger),
      text,
      depth: Number(level[1]),
      fromText,
      at: positionOf(node),
    });
    return false;
  });
  return headings;
}
