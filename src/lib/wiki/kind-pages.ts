/**
 * How each page kind shows on the site, beyond its fields (page-kinds.ts): its name in the menu, its index page's
 * introduction, and the lists of other pages under each of its pages. One route renders every kind's pages
 * (src/pages/[collection]/[id].astro) and one every kind's index (src/pages/[collection]/index.astro), from here.
 */
import { fieldsOf, kindHeading, RELATED_FIELD, type CollectionName, type PAGE_KINDS } from '../content/page-kinds';
import { pageUrl, ROUTES } from '../content/routes';
import type { Relations } from '../core/relations';
import { pagesForQuestion, type PageSummary } from '../content/taxonomy';

/** The names of a kind's fields that list other pages. */
type PagesField<K extends CollectionName> = Extract<(typeof PAGE_KINDS)[K]['fields'][number], { type: 'pages' }>['name'];

/** A list of other pages under a page, with its heading. */
type Related<K extends CollectionName> = { heading: string } & (
  | {
      /** The pages this field of the page names, in its order. */
      field: PagesField<K>;
      /** Said when the field names none; without it, an empty list is left out. */
      empty?: string;
      /** A relation that holds both ways (src/lib/core/relations.ts): the pages this one names or that name it. */
      bothWays?: keyof Relations;
    }
  /** The pages of a kind that name this page among their questions (on a question's page). */
  | { askedBy: 'practices' | 'case-studies' }
);

interface KindPage<K extends CollectionName> {
  /** The kind's entry in the site's menu: short, as the menu must fit a phone. */
  menu: string;
  /** The index page's introduction, given how many pages the kind has. */
  intro: (count: number) => string;
  /** The index shows its pages' cards in columns: for long lists. */
  columns?: boolean;
  related: Related<K>[];
}

export const KIND_PAGES: { [K in CollectionName]: KindPage<K> } = {
  guides: {
    menu: 'Guides',
    intro: () => 'Start here: what equitable collaboration is, why it is hard, and how to use and add to this handbook.',
    related: [],
  },
  questions: {
    menu: 'Questions',
    intro: () =>
      'Five questions every leader can ask of a partnership: Power, Empathy, Honesty, Communication and Impact, from the report Rebalancing the Relationship (NCVO, ACEVO and Lloyds Bank Foundation, 2021).',
    related: [
      { heading: 'Practices that help answer it', askedBy: 'practices' },
      { heading: 'Case studies that speak to it', askedBy: 'case-studies' },
    ],
  },
  practices: {
    menu: 'Practices',
    intro: (count) =>
      `${count} practices that make collaboration fairer, each with why it matters for equity, how to start, what gets in the way and the cases that show it.`,
    columns: true,
    related: [
      {
        heading: 'Case studies that show it',
        field: RELATED_FIELD.practices,
        bothWays: 'caseStudiesOf',
        empty: 'No case study shows this practice yet. Know one? Propose it.',
      },
      { heading: 'Questions it helps answer', field: 'questions' },
    ],
  },
  'case-studies': {
    menu: 'Case studies',
    intro: (count) =>
      `${count} real collaborations, including ones that struggled, with who was involved, how power was shared and what others can learn.`,
    related: [
      { heading: 'Practices this case shows', field: RELATED_FIELD.caseStudies, bothWays: 'practicesOf' },
      { heading: 'Questions it speaks to', field: 'questions' },
    ],
  },
};

/** What the lists need of the handbook: every page's summary, each by its address, and two-way relations. */
interface Pages {
  summaries: readonly PageSummary[];
  byUrl: ReadonlyMap<string, PageSummary>;
  relations: Relations;
}

/**
 * How many pages a question's page lists of each kind. Every practice and case names its questions, so in a
 * large handbook each question has thousands: the page shows the first ones, each with its summary, and links to
 * the rest in search, to stay light on a phone (eight cards of each kind keep a question's page within the
 * page-weight budget of `npm run bench`; twelve did not).
 */
export const QUESTION_LIST_LIMIT = 8;

/** What is said under a list that shows only its first pages, with a link to the rest where there is one. */
export interface MoreLink {
  href?: string;
  text: string;
}

/** How many pages the wiki's lists under a page show ("Pages that link here"): a question is linked from thousands. */
export const BACKLINKS_LIMIT = 30;

/**
 * The first pages of a long list, and what to say of the rest. A list up to half as long again as the limit is shown
 * whole: hiding a few pages behind a link ("All 10 case studies" under 8 of them) only makes readers click.
 */
export function firstPages(pages: readonly PageSummary[], limit: number): { pages: PageSummary[]; more?: MoreLink } {
  if (pages.length <= limit + Math.floor(limit / 2)) return { pages: [...pages] };
  return { pages: pages.slice(0, limit), more: { text: `And ${(pages.length - limit).toLocaleString('en-GB')} more.` } };
}

/** The lists under a page, with their pages. */
export function relatedPages(pages: Pages, collection: CollectionName, id: string, data: Record<string, unknown>) {
  const related: readonly Related<CollectionName>[] = KIND_PAGES[collection].related;
  return related.map((group): { heading: string; pages: PageSummary[]; empty?: string | undefined; more?: MoreLink } => {
    if ('askedBy' in group) {
      const all = pagesForQuestion(pages.summaries, id, group.askedBy);
      const { pages: first, more } = firstPages(all, QUESTION_LIST_LIMIT);
      if (!more) return { heading: group.heading, pages: first };
      // The rest are in search, filtered by the question and the kind.
      const search = new URLSearchParams({ kind: group.askedBy, question: id });
      const text = `All ${all.length.toLocaleString('en-GB')} ${kindHeading(group.askedBy).toLowerCase()}`;
      return { heading: group.heading, pages: first, more: { href: `${ROUTES.search}?${search}`, text } };
    }
    const field = fieldsOf(collection).find((f) => f.name === group.field);
    const target = field?.type === 'pages' ? (field.collection as CollectionName) : collection;
    const ids = group.bothWays
      ? (pages.relations[group.bothWays].get(id) ?? [])
      : ((data[group.field] ?? []) as { id: string }[]).map((ref) => ref.id);
    const named = ids.flatMap((ref) => pages.byUrl.get(pageUrl(target, ref)) ?? []);
    return { heading: group.heading, pages: named, empty: group.empty };
  });
}
