/**
 * The contents list of a long page, from the headings Astro reports after rendering.
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** A page with at least this many h2 sections gets a contents list; shorter ones read fine without. */
export const TOC_MIN_SECTIONS = 3;

/** h2 sections with their h3 subsections; deeper headings are left out to keep the list short. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && items.length > 0)
      items.at(-1)!.children.push({ slug: heading.slug, text: heading.text, children: [] });
  }
  return items.length >= TOC_MIN_SECTIONS ? items : [];
}
