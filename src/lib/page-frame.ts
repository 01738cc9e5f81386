/**
 * The parts of a handbook page around its text: the header, theme tags, completeness note, facts panel,
 * prompts and sources. One definition for the site, whose components render these (src/components/, the
 * page layout and /print/), and for the editor's preview (cms-config/previews.ts), so the preview cannot
 * draw them differently. The editor calls them while a contributor is still typing: any field may be
 * missing or half filled, and every value is text a contributor wrote, escaped when written (markup.ts).
 */
import type { Element } from 'hast';
import { webAddressProblem } from './addresses';
import { dayOf, formatDay } from './dates';
import { caseStudyFacts, COMPLETENESS_NOTES, type Fact, type FactsInput } from './facts';
import { h, type Child } from './markup';
import { themeUrl } from './routes';
import { SITE_IDS } from './site-ids';
import { completenessLevels, labelOf, themes } from './vocabulary';

/** A panel's heading where it is not on its own page (the whole handbook at /print/ nests it deeper). */
export interface FrameHeading {
  id: string;
  level: 2 | 3 | 4;
}

function heading({ id, level }: FrameHeading, text: string): Element {
  return h(`h${level}`, { id }, text);
}

/** The page's kind, title and summary; `filters` are the search index's (site only), `tags` its theme tags. */
export function pageHeader(
  page: { kind: string; title: string; summary?: string | undefined; filters?: readonly string[] },
  tags?: Child,
): Element {
  return h(
    'header',
    { className: ['page-header'] },
    h('p', { className: ['meta-line'] }, page.kind),
    h('h1', { dataPagefindMeta: 'title' }, page.title),
    h('p', { className: ['lede'] }, page.summary),
    (page.filters ?? []).map((filter) => h('span', { hidden: true, dataPagefindFilter: filter })),
    tags,
  );
}

/** A page's themes as links to their theme pages; nothing when it has none. */
export function themeTags(values: readonly string[] = []): Element | undefined {
  if (values.length === 0) return undefined;
  return h(
    'ul',
    { className: ['tags'], ariaLabel: 'Themes' },
    values.map((value) => h('li', {}, h('a', { href: themeUrl(value) }, labelOf(themes, value)))),
  );
}

/** Asks readers to help where a page is not yet complete, as Participedia does; nothing on a complete page. */
export function completenessNote(level: string): Element | undefined {
  const note = Object.hasOwn(COMPLETENESS_NOTES, level) ? COMPLETENESS_NOTES[level] : undefined;
  if (!note) return undefined;
  return h(
    'aside',
    { className: ['note'], ariaLabel: `Page status: ${labelOf(completenessLevels, level)}` },
    h(
      'p',
      {},
      `${note} If you know more and can point to a source, `,
      h('a', { href: '/guides/how-to-contribute/' }, 'help complete it'),
      '.',
    ),
  );
}

function factValue(fact: Fact): Child {
  if (fact.kind === 'text') return fact.text;
  if (fact.kind === 'list') {
    return fact.items.length > 0
      ? h(
          'ul',
          {},
          fact.items.map((item) => h('li', {}, item)),
        )
      : fact.empty;
  }
  return h(
    'ul',
    {},
    fact.organisations.map((org) =>
      h(
        'li',
        {},
        org.named ? h('strong', {}, org.name) : `${org.name} (not named in the sources)`,
        org.lead && ' (lead)',
        `: ${org.role}`,
        org.details && h('span', { className: ['meta-line'] }, ` (${org.details})`),
      ),
    ),
  );
}

/** A case study's structured facts at a glance (src/lib/facts.ts). */
export function factsPanel(data: FactsInput, at: FrameHeading = { id: SITE_IDS.facts, level: 2 }): Element {
  return h(
    'section',
    { className: ['panel', 'facts'], ariaLabelledBy: [at.id] },
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
    h(
      'ol',
      {},
      prompts.map((prompt) => h('li', {}, prompt)),
    ),
    healthCheck &&
      h(
        'p',
        {},
        'Rate your partnership against them, with your partners, in the ',
        h('a', { href: '/health-check/' }, 'partnership health check'),
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
    h(
      'ul',
      {},
      sources.map((source) => {
        const read = dayOf(source.accessed);
        // The schema allows https addresses only; the preview shows what a contributor is still typing.
        const linked = source.url !== undefined && !webAddressProblem(source.url);
        return h(
          'li',
          {},
          linked ? h('a', { href: source.url }, source.title) : h('cite', {}, source.title),
          `, ${source.publisher ?? ''}, ${source.year ?? ''}.`,
          read && ` Read on ${formatDay(read)}.`,
        );
      }),
    ),
  );
}
