/**
 * The parts of a page around its text (header, theme tags, completeness note, facts, prompts, sources), written
 * once for the site's components and the editor's preview (cms-config/previews.ts), which cannot draw them
 * differently. The preview calls them while a contributor types: any field may be missing or half filled.
 */
import type { Element } from 'hast';
import { webAddressProblem } from '../content/addresses';
import { dayOf, formatDay } from '../core/dates';
import { caseStudyFacts, COMPLETENESS_NOTES, type Fact, type FactsInput } from '../content/facts';
import { h, rendered, type Child } from '../core/markup';
import { pageUrl, ROUTES, themeUrl } from '../content/routes';
import { CONTENT_WEIGHTS, pagefindWeight } from './search-relevance';
import { SITE_IDS } from '../core/site-ids';
import { completenessLevels, labelOf, themes } from '../content/vocabulary';

/** A panel's heading where it is not on its own page (the whole handbook at /print/ nests it deeper). */
export type FrameHeading = { id: string; level: 2 | 3 | 4 };

function heading({ id, level }: FrameHeading, text: string): Element {
  return h(`h${level}`, { id }, text);
}

/** A list with one item per value. */
function list<T>(tag: 'ul' | 'ol', values: readonly T[], item: (value: T) => Child, properties = {}): Element {
  const items = values.map((value) => h('li', {}, item(value)));
  return h(tag, properties, items);
}

/**
 * The page's kind, title and summary, the notice of its review (review.ts) when it has one, the search
 * index's filters (site only) and its theme tags.
 */
export function pageHeader(page: {
  kind: string;
  title: string;
  summary?: string | undefined;
  notice?: string | undefined;
  filters?: readonly string[];
  tags?: Child;
}): Element {
  return h(
    'header',
    { className: ['page-header'] },
    h('p', { className: ['meta-line'] }, page.kind),
    h('h1', { dataPagefindMeta: 'title' }, page.title),
    // The summary is searched as metadata too (its matches lift the page: search-relevance.ts) and shown in results.
    h(
      'p',
      { className: ['lede'], dataPagefindMeta: 'summary', dataPagefindWeight: pagefindWeight(CONTENT_WEIGHTS.summary) },
      page.summary,
    ),
    page.notice && h('div', { dataPagefindIgnore: true }, rendered(page.notice)),
    (page.filters ?? []).map((filter) => h('span', { hidden: true, dataPagefindFilter: filter })),
    page.tags,
  );
}

/** A page's themes as links to their theme pages; nothing when it has none. */
export function themeTags(values: readonly string[] = []): Element | undefined {
  if (values.length === 0) return undefined;
  const link = (value: string) => h('a', { href: themeUrl(value) }, labelOf(themes, value));
  return list('ul', values, link, { className: ['tags'], ariaLabel: 'Themes' });
}

const CONTRIBUTE = pageUrl('guides', 'how-to-contribute');

/** Asks readers to help where a page is not yet complete, as Participedia does; nothing on a complete page. */
export function completenessNote(level: string): Element | undefined {
  const note = Object.hasOwn(COMPLETENESS_NOTES, level) ? COMPLETENESS_NOTES[level] : undefined;
  if (!note) return undefined;
  return h(
    'aside',
    { className: ['note'], ariaLabel: `Page status: ${labelOf(completenessLevels, level)}` },
    h('p', {}, `${note} If you know more and can point to a source, `, h('a', { href: CONTRIBUTE }, 'help complete it'), '.'),
  );
}

/** One fact's value, as the facts panel and the case explorer's comparison table show it. */
export function factValue(fact: Fact): Child {
  if (fact.kind === 'text') return fact.text;
  if (fact.kind === 'list') return fact.items.length > 0 ? list('ul', fact.items, (item) => item) : fact.empty;
  return list('ul', fact.organisations, (org) => [
    org.named ? h('strong', {}, org.name) : `${org.name} (not named in the sources)`,
    org.lead && ' (lead)',
    `: ${org.role}`,
    org.details && h('span', { className: ['meta-line'] }, ` (${org.details})`),
  ]);
}

/** A case study's structured facts at a glance (src/lib/content/facts.ts). */
export function factsPanel(data: FactsInput, at: FrameHeading = { id: SITE_IDS.facts, level: 2 }): Element {
  return h(
    'section',
    { className: ['panel', 'facts'], ariaLabelledBy: [at.id], dataPagefindWeight: pagefindWeight(CONTENT_WEIGHTS.facts) },
    heading(at, 'At a glance'),
    h(
      'dl',
      {},
      caseStudyFacts(data).map((fact) => [h('dt', {}, fact.term), h('dd', {}, factValue(fact))]),
    ),
  );
}

/**
 * A question's prompts. On its own page the panel points to the partnership health check; the printed
 * handbook leaves that link out.
 */
export function promptsPanel(
  prompts: readonly string[] = [],
  at: FrameHeading = { id: SITE_IDS.prompts, level: 2 },
  healthCheck = at.id === SITE_IDS.prompts,
): Element {
  return h(
    'section',
    { className: ['panel'], ariaLabelledBy: [at.id] },
    heading(at, 'Prompts to work through'),
    list('ol', prompts, (prompt) => prompt),
    healthCheck &&
      h(
        'p',
        {},
        'Rate your partnership against them, with your partners, in the ',
        h('a', { href: ROUTES.healthCheck }, 'partnership health check'),
        '.',
      ),
  );
}

export interface SourceInput {
  title?: string | undefined;
  publisher?: string | undefined;
  year?: number | string | undefined;
  url?: string | undefined;
  /** When it was read: a Date on the site, "2026-11-25" in the editor. */
  accessed?: Date | string | undefined;
}

/** The texts a page draws on, as listed in its frontmatter; nothing when it lists none. */
export function sourceList(
  sources: readonly SourceInput[] = [],
  at: FrameHeading = { id: SITE_IDS.sources, level: 2 },
): Element | undefined {
  if (sources.length === 0) return undefined;
  return h(
    'section',
    { ariaLabelledBy: [at.id] },
    heading(at, 'Sources'),
    list('ul', sources, (source) => {
      const read = dayOf(source.accessed);
      // Linked only to a secure web address (addresses.ts): the preview shows whatever a contributor is typing.
      const linked = source.url !== undefined && !webAddressProblem(source.url);
      return [
        linked ? h('a', { href: source.url }, source.title) : h('cite', {}, source.title),
        `, ${[source.publisher, source.year ?? 'undated'].filter(Boolean).join(', ')}.`,
        read && ` Read on ${formatDay(read)}.`,
      ];
    }),
  );
}
