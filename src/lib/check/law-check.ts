/**
 * The checker's rule on statements of law (law.ts): every link to legislation sits inside a `<Law>` block, and a page
 * that cites legislation among its sources states its law in at least one. Read from the page's parsed tree.
 */
import { isLegislation } from '../content/law';
import { positionOf, walk, type MdNode } from '../core/mdx-tree';

/** A place in a page that breaks the rule on statements of law, with what to do. */
export interface LawProblem {
  line: number;
  column: number;
  message: string;
}

const LAW_EXAMPLE =
  '<Law nations="england wales" checked="2026-12-07" source="https://www.legislation.gov.uk/…">What the law requires.</Law>';

/**
 * Where a page states law without saying where it holds and when it was checked: a link to legislation outside
 * a `<Law>` block, or legislation among the page's sources while the page has no `<Law>` block at all.
 * `tree` is the page's parsed body; `sourceLine` finds the frontmatter line of a source address.
 */
export function lawProblems(
  tree: MdNode,
  sources: readonly { url?: unknown }[],
  sourceLine: (url: string) => number,
): LawProblem[] {
  const problems: LawProblem[] = [];
  let blocks = 0;
  const inside = new Set<MdNode>();
  walk(tree, (node, _depth, parent) => {
    const isLaw = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node['name'] === 'Law';
    if (isLaw) blocks++;
    if (isLaw || (parent && inside.has(parent))) inside.add(node);
    const href =
      node.type === 'element' && node['tagName'] === 'a' ? (node['properties'] as { href?: unknown })?.href : undefined;
    if (typeof href === 'string' && isLegislation(href) && !inside.has(node)) {
      problems.push({
        ...positionOf(node),
        message: `this links to legislation outside a <Law> block. Put the statement of law in one, naming where it holds, the day you checked it and this address as its source: ${LAW_EXAMPLE}`,
      });
    }
    return true;
  });
  const cited = sources.map((s) => (typeof s?.url === 'string' ? s.url : '')).find(isLegislation);
  if (cited && blocks === 0) {
    problems.push({
      line: sourceLine(cited),
      column: 1,
      message: `the page cites legislation (${cited}) but states no law in a <Law> block. Put each statement of what the law requires in one, naming the nations where it holds, the day you checked it and its source: ${LAW_EXAMPLE}`,
    });
  }
  return problems;
}
