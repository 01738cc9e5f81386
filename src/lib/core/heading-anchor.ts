/**
 * A heading's id, and the self-link after each h2 and h3 so a reader can copy a link to any section: one
 * definition for the site (src/plugins/heading-anchors.ts), the content checker (heading-ids.ts) and the
 * editor's preview (cms-config/render-preview.ts).
 */
import type { Element } from 'hast';
import type GithubSlugger from 'github-slugger';

/** The id a heading gets: its own when it has one, else the next slug of its text (-1, -2 … for repeats). */
export function headingId(existing: unknown, text: string, slugger: GithubSlugger): string {
  return typeof existing === 'string' ? existing : slugger.slug(text);
}

/** Heading levels that get a self-link. */
export const LINKED_HEADINGS = new Set(['h2', 'h3']);

/** The link itself: a visible "#" hidden from screen readers, and a label for them instead. */
export function headingSelfLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Kept out of the search index: "Link to the section …" after every heading matched searches for "link" or
    // "section" on every page, and made the index larger for nothing.
    properties: { href: `#${id}`, className: ['heading-anchor'], dataPagefindIgnore: 'all' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `Link to the section “${label}”` }],
      },
    ],
  };
}
