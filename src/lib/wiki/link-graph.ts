/**
 * The handbook as a graph, computed once per build for every page at once: each page's outgoing
 * internal links, its backlinks ("Pages that link here"), related pages, and every link that leads
 * nowhere. Pages read their part from the result; no page scans the others.
 */
import { splitHref, type FoundLink } from './links';
import { nearest, suggestionBudget } from '../core/nearest';
import { BASE, sitePath, withBase } from '../core/base-path';

/** What the graph needs to know of one page. */
export interface GraphPage {
  /** The page's address, e.g. `/practices/invest-in-coordination/`. */
  url: string;
  /** Its file, relative to the project, for messages. */
  file: string;
  /** Its links to handbook pages, with the file line of each. */
  links: readonly FoundLink[];
  /** Its images (addresses in /media/), with the file line of each: told apart from links, never counted as one. */
  images: readonly FoundLink[];
  /** The ids of its headings, which links may name after "#". */
  headingIds: readonly string[];
  /** Addresses of the pages its frontmatter names (related practices, questions …), with their file lines. */
  references: { url: string; line: number }[];
  /** What related pages are matched on. */
  questions: readonly string[];
  themes: readonly string[];
  organisations: readonly string[];
}

export interface BrokenLink {
  file: string;
  line: number;
  href: string;
  message: string;
}

export interface LinkGraph {
  /** Each page's outgoing internal links (page addresses, without anchors, each once). */
  outgoing: Map<string, string[]>;
  /** Each page's backlinks: the pages that link to it, in address order. */
  backlinks: Map<string, string[]>;
  /** Each page's most related pages, best first. */
  related: Map<string, string[]>;
  /** Links to pages or sections that do not exist. */
  broken: BrokenLink[];
}

/** How many related pages a page shows. */
export const RELATED_LIMIT = 5;

/** Weights of what two pages share; a shared organisation is the strongest sign of the same story. */
const WEIGHT = { organisation: 3, question: 2, theme: 1 } as const;

/**
 * Builds the graph. `routes` lists the addresses that exist besides content pages (index pages,
 * theme pages, search); links to them are valid but they have no anchors to check.
 */
export function buildLinkGraph(pages: readonly GraphPage[], routes: readonly string[] = []): LinkGraph {
  const anchors = new Map<string, Set<string>>(routes.map((route) => [route, new Set()]));
  for (const page of pages) anchors.set(page.url, new Set(page.headingIds));
  const pageUrls = pages.map((p) => p.url);

  const outgoing = new Map<string, string[]>();
  const backlinkSets = new Map<string, Set<string>>(pages.map((p) => [p.url, new Set()]));
  const broken: BrokenLink[] = [];
  const budget = suggestionBudget();

  for (const page of pages) {
    const targets = new Set<string>();
    // Frontmatter references are addresses already; links in the text are written from the site's root.
    const fromText = page.links.map((link) => ({ ...link, address: withBase(link.href) }));
    const fromFrontmatter = page.references.map((ref) => ({ href: ref.url, line: ref.line, address: ref.url }));
    for (const { href, line, address } of [...fromText, ...fromFrontmatter]) {
      const { path, anchor } = splitHref(address);
      const targetAnchors = anchors.get(path);
      if (!targetAnchors) {
        // Suggest the closest page; failing that, the index of the kind of page the link was after.
        const guess = nearest(path, pageUrls, budget);
        const index = withBase(`/${sitePath(path).split('/')[1] ?? ''}/`);
        const hint = guess
          ? ` The nearest existing page is ${guess}.`
          : index !== '//' && anchors.has(index)
            ? ` The list of these pages is at ${index}.`
            : '';
        broken.push({ file: page.file, line, href, message: `links to ${href}, which is not a page of the handbook.${hint}` });
        continue;
      }
      if (anchor && !targetAnchors.has(anchor) && path !== BASE) {
        const guess = nearest(anchor, targetAnchors, budget);
        broken.push({
          file: page.file,
          line,
          href,
          message: `links to the section #${anchor} of ${path}, which has no such heading.${guess ? ` Did you mean #${guess}?` : ''}`,
        });
        continue;
      }
      if (path !== page.url) targets.add(path);
    }
    outgoing.set(page.url, [...targets].sort());
    for (const target of targets) backlinkSets.get(target)?.add(page.url);
  }

  broken.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const backlinks = new Map([...backlinkSets].map(([url, from]) => [url, [...from].sort()]));
  return { outgoing, backlinks, related: relatedPages(pages), broken };
}

/** A value shared by more pages than this is too common to find candidates by (every page has a question). */
const COMMON_VALUE = 100;

/**
 * For each page, the pages sharing most organisations, questions and themes with it.
 * Candidates come from inverted indexes (value -> pages) of the rarer values only, and are then scored on
 * everything they share, so the cost stays near linear on a 10,000-page handbook.
 */
function relatedPages(pages: readonly GraphPage[]): Map<string, string[]> {
  const keysOf = (page: GraphPage) =>
    new Map<string, number>([
      ...page.themes.map((t) => [`theme:${t}`, WEIGHT.theme] as const),
      ...page.questions.map((q) => [`question:${q}`, WEIGHT.question] as const),
      ...page.organisations.map((o) => [`organisation:${o.toLowerCase()}`, WEIGHT.organisation] as const),
    ]);
  const keys = new Map(pages.map((page) => [page.url, keysOf(page)]));
  const index = new Map<string, string[]>();
  for (const [url, pageKeys] of keys) {
    for (const key of pageKeys.keys()) {
      const list = index.get(key);
      if (list) list.push(url);
      else index.set(key, [url]);
    }
  }

  const related = new Map<string, string[]>();
  for (const [url, pageKeys] of keys) {
    const candidates = new Set<string>();
    const byRarity = [...pageKeys.keys()].sort((a, b) => index.get(a)!.length - index.get(b)!.length);
    for (const key of byRarity) {
      const list = index.get(key)!;
      // Rare values give every page that shares them; common ones only top up a short list.
      for (const other of list.length <= COMMON_VALUE ? list : list.slice(0, COMMON_VALUE))
        if (other !== url) candidates.add(other);
      if (list.length > COMMON_VALUE && candidates.size >= RELATED_LIMIT * 4) break;
    }
    const scored = [...candidates].map((other) => {
      let score = 0;
      for (const [key, weight] of keys.get(other)!) if (pageKeys.has(key)) score += weight;
      return [other, score] as const;
    });
    scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    related.set(
      url,
      scored.slice(0, RELATED_LIMIT).map(([other]) => other),
    );
  }
  return related;
}
