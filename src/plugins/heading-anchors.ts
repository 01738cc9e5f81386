/**
 * Gives every heading an id and puts a self-link after each h2 and h3, so a reader can copy a link
 * to any section. A Sätteri hast plugin: the site's Markdown runs on Sätteri (see the README).
 *
 * The id rule is the content checker's and the preview's (src/lib/core/heading-anchor.ts), so links written
 * by contributors (`/practices/x/#how-to-start`) are checked against the ids pages really get. Astro's own
 * heading-id step keeps ids that are already set, so setting them here first changes nothing but the order.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import { headingId, headingSelfLink, LINKED_HEADINGS } from '../lib/core/heading-anchor';

export function headingAnchors(): HastPluginDefinition {
  // One slugger per document: repeated headings get -1, -2 … within a page, as on GitHub.
  const slugger = new GithubSlugger();
  return {
    name: 'handbook-heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const existing = node.properties?.['id'];
        const id = headingId(existing, text, slugger);
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        if (!LINKED_HEADINGS.has(node.tagName)) return;
        ctx.insertAfter(node, headingSelfLink(id, text));
      },
    },
  };
}
