/**
 * The handbook's page kinds, and every field of each: the one table the rest of the code reads. Each kind is a
 * folder of MDX files under `content/` and a section of the site at `/<kind>/`. The site's schemas, the editor's
 * collections, the issue forms, the open data, the navigation and the listings are all derived from it.
 *
 * To add a field: add it to the kind's `fields` below (see `fields.ts` for what a field can say). The schema,
 * the editor and the "Propose a …" issue form follow; run `npm run test:unit -- -u` to write the issue forms.
 */
import { between, YEAR_RANGE, type Field } from './fields';
import {
  collaborationTypes,
  collaborativeBehaviours,
  completenessLevels,
  organisationSizes,
  organisationTypes,
  periodStatuses,
  regions,
  reviewStatuses,
  sectors,
  themes,
} from './vocabulary';

const title = (about: string, hint: string) =>
  ({
    name: 'title',
    type: 'text',
    min: 3,
    max: 120,
    smart: true,
    label: 'Title',
    about,
    hint,
    message: `Write a title of ${between(3, 120)}.`,
  }) as const satisfies Field;

const summary = (about: string, hint: string) =>
  ({
    name: 'summary',
    type: 'text',
    long: true,
    min: 30,
    max: 320,
    smart: true,
    label: 'Summary',
    about,
    hint,
    message: `Write a summary of ${between(30, 320)}: one or two sentences.`,
  }) as const satisfies Field;

const themesField = <Min extends number>(min: Min) =>
  ({
    name: 'themes',
    type: 'choices',
    terms: themes,
    min,
    label: 'Themes',
    about: 'Topics for the theme pages.',
    hint: 'The topics this page is about. Each theme has a page listing everything on that topic.',
  }) as const satisfies Field;

const year = <N extends string, O extends boolean>(name: N, label: string, about: string, hint: string, optional: O) =>
  ({
    name,
    type: 'number',
    ...YEAR_RANGE,
    optional,
    label,
    about,
    hint,
  }) as const satisfies Field;

/** A published text a page draws on. */
const sourceFields = [
  {
    name: 'title',
    type: 'text',
    min: 3,
    max: 300,
    label: 'Title of the source',
    about: 'The title of the report, article or web page.',
    hint: 'The title of the report, article or web page, as it is published.',
    message: `Write the title of ${between(3, 300)}.`,
  },
  {
    name: 'publisher',
    type: 'text',
    min: 2,
    max: 200,
    label: 'Publisher',
    about: 'Who published it.',
    hint: 'Who published it, for example "NCVO" or "A Better Way".',
    message: `Write the publisher’s name in ${between(2, 200)}.`,
  },
  // Optional: many web pages carry no date, and a guessed year would be an invented fact.
  year(
    'year',
    'Year published',
    'The year it was published, where the source gives one.',
    'The year it was published, for example 2021. Leave empty when the source gives no date.',
    true,
  ),
  {
    name: 'url',
    type: 'url',
    optional: true,
    label: 'Web address',
    about: 'Where to read it, when it is online.',
    hint: 'Where readers can find it online, if it is online. Leave empty for printed sources.',
  },
  {
    name: 'accessed',
    type: 'date',
    optional: true,
    label: 'Date read online',
    about: 'The day someone last read it at that address (YYYY-MM-DD), since web pages change; needed with a web address.',
    hint: 'The day you read it at that web address, since pages change. Needed when you give a web address; leave empty for printed sources.',
  },
] as const satisfies readonly Field[];

const sources = (min: number) =>
  ({
    name: 'sources',
    type: 'groups',
    singular: 'source',
    fields: sourceFields,
    // A web page changes: the day it was read there lets a reader find that version in a web archive.
    eachRule: {
      test: (source) => source['url'] === undefined || source['accessed'] !== undefined,
      message: 'A source with a web address needs the date it was read there (accessed: YYYY-MM-DD).',
      field: 'accessed',
    },
    min,
    summary: '{{fields.title}} ({{fields.publisher}}, {{fields.year}})',
    label: 'Sources',
    about: min > 0 ? 'What the page draws on.' : 'What the page draws on; a guide about the handbook itself may cite none.',
    hint:
      min > 0
        ? 'Every published text the page draws on. Every fact on the page must come from one of these.'
        : 'Published texts the page draws on, if any. A guide about the handbook itself may cite none.',
  }) as const satisfies Field;

/** How a page is kept accurate: when it was checked, how often it must be, by whom, and where it stands. */
const review = (months: number) =>
  [
    {
      name: 'lastReviewed',
      curators: true,
      type: 'date',
      today: true,
      label: 'Last reviewed',
      about: 'When a curator last checked the page against its sources (YYYY-MM-DD).',
      hint: 'The date someone last checked this page against its sources.',
    },
    {
      name: 'reviewInterval',
      curators: true,
      type: 'number',
      min: 1,
      max: 60,
      default: months,
      label: 'Review every (months)',
      about: `How many months may pass before the page is checked again; ${months} unless the page says otherwise.`,
      hint: `After this many months the page shows that its review is overdue, and it is listed on the curation desk. Usually ${months}.`,
    },
    {
      name: 'owner',
      curators: true,
      type: 'text',
      min: 1,
      max: 80,
      optional: true,
      pattern: {
        source: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,78})?$',
        message: 'Write a GitHub user name ("jane-doe") or a team ("organisation/team"), without "@".',
      },
      label: 'Looked after by',
      about: 'The curator or team who keeps the page accurate and is reminded when its review is due.',
      hint: 'One of the curating cohort: a curator\'s GitHub user name ("jane-doe") or a team ("organisation/team"), without "@". Leave empty if no one has taken it on.',
      message: 'Write a GitHub user name or team of at most 80 characters.',
    },
    {
      name: 'reviewStatus',
      curators: true,
      type: 'choice',
      terms: reviewStatuses,
      default: 'reviewed',
      label: 'Review status',
      about: 'Where the page stands: a draft, being reviewed, or reviewed; drafts and pages in review say so to readers.',
      hint: 'Drafts and pages in review show readers a notice that the page is not yet checked.',
    },
  ] as const satisfies readonly Field[];

/** The page kinds, in the order readers meet them: in the navigation, the listings and the whole-handbook print. */
export const PAGE_KINDS = {
  guides: {
    label: 'Guide',
    plural: 'Guides',
    description: 'Introductions, the glossary and pages about the handbook itself.',
    body: 'The guide itself. Use ## for section headings.',
    fields: [
      title('The guide’s title.', 'The guide’s title.'),
      summary('One or two sentences for lists and search results.', 'One or two sentences for lists and search results.'),
      {
        name: 'order',
        type: 'number',
        min: 0,
        max: 1000,
        default: 100,
        label: 'Place in the guides list',
        about: 'Its place in the guides list; lower comes first.',
        hint: 'Lower numbers come first in the list of guides.',
      },
      themesField(0),
      sources(0),
      ...review(24),
      {
        name: 'searchTerms',
        type: 'groups',
        singular: 'term',
        summary: '{{fields.term}}',
        label: 'Search terms',
        about:
          'The glossary only: terms and the other names readers search for them by, so that a search for any name finds the pages that use one.',
        hint: 'Kept on the glossary (other guides leave it empty). For each term the handbook uses, the abbreviations, other words and spellings readers may type instead. Every page that uses any of the names is found by all of them.',
        fields: [
          {
            name: 'term',
            type: 'text',
            min: 2,
            max: 80,
            label: 'Term',
            about: 'The term as the handbook writes it.',
            hint: 'The term as the handbook writes it, for example "Full cost recovery".',
            message: `Write the term in ${between(2, 80)}.`,
          },
          {
            name: 'also',
            type: 'texts',
            singular: 'name',
            item: { name: 'name', label: 'Other name', min: 2, max: 80, message: `Write each name in ${between(2, 80)}.` },
            min: 1,
            label: 'Also searched as',
            about: 'Its abbreviations, synonyms and other spellings, including misspellings readers often make.',
            hint: 'Abbreviations ("FCR"), other words for the same thing and other spellings, one per item. Only names that mean exactly this term: every page using one is found by all.',
          },
        ],
      },
    ],
  },
  questions: {
    label: 'Question',
    plural: 'The five questions',
    description: 'The five reflective questions of "Rebalancing the Relationship" and their prompts.',
    body: 'What the question means and how to use it. Use ## for section headings.',
    fields: [
      title('The question’s one-word name: "Power".', 'The question’s one-word name: "Power".'),
      summary('The question itself, as a reader would ask it.', 'The question itself, as a reader would ask it.'),
      {
        name: 'order',
        type: 'number',
        min: 1,
        max: 5,
        label: 'Place among the five',
        about: 'Its place among the five, 1 to 5.',
        hint: 'Its place among the five questions, 1 to 5.',
      },
      {
        name: 'prompts',
        type: 'texts',
        singular: 'prompt',
        item: { name: 'prompt', label: 'Prompt', min: 10, max: 400, message: `Write each prompt in ${between(10, 400)}.` },
        min: 1,
        label: 'Prompts',
        about: 'The prompts a leader works through.',
        hint: 'The prompts a leader works through, one per item.',
      },
      themesField(0),
      sources(1),
      ...review(24),
    ],
  },
  practices: {
    label: 'Practice',
    plural: 'Practices',
    description: 'What makes collaboration fairer: what to do, why it matters for equity and how to start.',
    body: 'Why it matters for equity, how to start, what gets in the way. Use ## for section headings.',
    fields: [
      title(
        'The practice, as an instruction: "Pay partners fairly and on time".',
        'The practice, as something to do: "Pay partners fairly and on time".',
      ),
      summary(
        'One or two sentences for lists, search results and link previews.',
        'One or two sentences for lists, search results and link previews: what the practice is and why it matters.',
      ),
      {
        name: 'questions',
        type: 'pages',
        collection: 'questions',
        min: 1,
        label: 'Reflective questions',
        about: 'The reflective questions this practice helps answer.',
        hint: 'Which of the five questions this practice helps answer.',
      },
      themesField(1),
      {
        name: 'sectors',
        type: 'choices',
        terms: sectors,
        label: 'Sectors',
        about: 'Sectors where this practice is most used; leave empty when it applies everywhere.',
        hint: 'Fields of work where this practice is most used. Leave empty when it applies everywhere.',
      },
      {
        name: 'relatedCaseStudies',
        type: 'pages',
        collection: 'case-studies',
        label: 'Case studies that show it',
        about: 'Case studies that show this practice at work.',
        hint: 'Case studies where this practice was used.',
      },
      {
        name: 'behaviours',
        type: 'choices',
        terms: collaborativeBehaviours,
        label: 'Behaviours of collaborative organisations',
        about: 'The behaviours of collaborative organisations this practice puts to work; the health check asks about each.',
        hint: 'Which of the five behaviours in "Rebalancing the Relationship" this practice puts to work, if any. The partnership health check points to it from each one.',
      },
      sources(1),
      ...review(24),
    ],
  },
  'case-studies': {
    label: 'Case study',
    plural: 'Case studies',
    description: 'Real collaborations, including ones that struggled, with who was involved and how power was shared.',
    body: 'The story, under the usual headings: ## Background, ## Who was involved, ## How power was shared, ## What happened, ## Outcomes, ## Lessons, ## What is not known.',
    fields: [
      title('The collaboration’s name: "Health Now (Groundswell)".', 'The collaboration’s name: "Health Now (Groundswell)".'),
      summary(
        'One or two sentences: who worked together, on what, and what was done about power.',
        'One or two sentences: who worked together, on what, and what was done about power.',
      ),
      {
        name: 'organisations',
        type: 'groups',
        singular: 'organisation',
        min: 1,
        summary: '{{fields.name}}',
        label: 'Organisations involved',
        about: 'Every organisation involved, the lead first where there is one.',
        hint: 'Every organisation or group involved, the lead first if there is one.',
        rule: {
          test: (orgs) => (orgs as unknown as { lead?: boolean }[]).filter((o) => o.lead).length <= 1,
          message: 'Only one organisation can be the lead (lead: true).',
        },
        fields: [
          {
            name: 'name',
            type: 'text',
            min: 2,
            max: 160,
            label: 'Name',
            about: 'Its name as it uses it; for a group the sources describe without naming, who they are ("Member funders").',
            hint: 'The name it uses. For a group the sources describe without naming, say who they are, e.g. "Member funders".',
            message: `Write the name in ${between(2, 160)}.`,
          },
          {
            name: 'unnamed',
            type: 'boolean',
            default: false,
            label: 'Not named in the sources',
            about: 'True when the sources describe this organisation or group without naming it.',
            hint: 'Switch on when the sources describe this organisation or group without naming it.',
          },
          {
            name: 'role',
            type: 'text',
            min: 3,
            max: 240,
            label: 'Role',
            about: 'What it did in the collaboration, in a few words.',
            hint: 'What it did in the collaboration, in a few words: "Held the contract and paid partners".',
            message: `Describe the role in ${between(3, 240)}.`,
          },
          {
            name: 'size',
            type: 'choice',
            terms: organisationSizes,
            default: 'unknown',
            label: 'Size',
            about: 'Its rough size, where the sources say.',
            hint: 'Its rough size, if the sources say. Otherwise leave "Size not known".',
          },
          {
            name: 'type',
            type: 'choice',
            terms: organisationTypes,
            default: 'unknown',
            label: 'Kind of organisation',
            about: 'What kind of body it is, where the sources say.',
            hint: 'What kind of body it is, if the sources say.',
          },
          {
            name: 'lead',
            type: 'boolean',
            default: false,
            label: 'Led the collaboration',
            about: 'True for the organisation that led or held the contract; at most one per case.',
            hint: 'Switch on for the organisation that led or held the contract. At most one per case study.',
          },
        ],
      },
      {
        name: 'regions',
        type: 'choices',
        terms: regions,
        min: 1,
        label: 'Where',
        about: 'Where the work happened.',
        hint: 'Where the work happened. Choose "Not known" if the sources do not say.',
      },
      {
        name: 'sectors',
        type: 'choices',
        terms: sectors,
        min: 1,
        label: 'Sectors',
        about: 'The fields of work involved.',
        hint: 'The fields of work involved.',
      },
      {
        name: 'collaborationType',
        type: 'choice',
        terms: collaborationTypes,
        label: 'Kind of collaboration',
        about: 'The shape of the collaboration.',
        hint: 'The shape of the collaboration. The glossary explains each kind.',
      },
      {
        name: 'period',
        type: 'group',
        label: 'When it ran',
        about: 'When it ran. Years only: the sources rarely give more.',
        hint: 'Years only. Do not guess: leave a year empty when the sources do not give it.',
        rule: {
          test: (p) => typeof p['start'] !== 'number' || typeof p['end'] !== 'number' || p['end'] >= p['start'],
          message: 'The end year is before the start year.',
          field: 'end',
        },
        fields: [
          year(
            'start',
            'Start year',
            'The year it began, where known.',
            'The year it began, if the sources say. Leave empty otherwise.',
            true,
          ),
          year(
            'end',
            'End year',
            'The year it ended, where known.',
            'The year it ended, if it has ended and the sources say.',
            true,
          ),
          {
            name: 'status',
            type: 'choice',
            terms: periodStatuses,
            default: 'unknown',
            label: 'Still running?',
            about: 'Whether it is still running.',
            hint: 'Whether the collaboration is still going.',
          },
        ],
      },
      {
        name: 'power',
        type: 'text',
        long: true,
        min: 20,
        max: 1200,
        label: 'What was done about power',
        about: 'What was done about power: who held it, how it was shared, where the money flowed.',
        hint: 'Who held power, how it was shared, where the money flowed and whose voice shaped decisions. Say what the sources do not tell us.',
        message: `Write ${between(20, 1200)}.`,
      },
      {
        name: 'outcomes',
        type: 'texts',
        singular: 'outcome',
        item: { name: 'outcome', label: 'Outcome', min: 5, max: 600, message: `Write each outcome in ${between(5, 600)}.` },
        label: 'Outcomes',
        about: 'What changed, as the sources report it; empty when they do not say.',
        hint: 'What changed, as the sources report it, one per item. Leave empty if they do not say.',
      },
      {
        name: 'lessons',
        type: 'texts',
        singular: 'lesson',
        item: { name: 'lesson', label: 'Lesson', min: 5, max: 600, message: `Write each lesson in ${between(5, 600)}.` },
        label: 'Lessons',
        about: 'What others can learn from it.',
        hint: 'What others can learn from it, one per item.',
      },
      {
        name: 'questions',
        type: 'pages',
        collection: 'questions',
        label: 'Reflective questions',
        about: 'The reflective questions this case speaks to.',
        hint: 'Which of the five questions this case speaks to.',
      },
      themesField(1),
      {
        name: 'relatedPractices',
        type: 'pages',
        collection: 'practices',
        label: 'Practices it shows',
        about: 'Practices this case shows at work.',
        hint: 'Practices this case shows at work.',
      },
      {
        name: 'completeness',
        type: 'choice',
        terms: completenessLevels,
        default: 'partial',
        label: 'How complete the page is',
        about: 'How complete the page is; below "complete" it asks readers to help.',
        hint: 'Below "Complete", the page asks readers to help fill the gaps.',
      },
      sources(1),
      ...review(12),
    ],
  },
} as const satisfies Record<string, PageKind>;

/** What the table says of each page kind. */
export interface PageKind {
  /** One page of this kind, on cards and in search results: "Case study". */
  label: string;
  /** The kind's heading, in the navigation and on its index page: "Case studies". */
  plural: string;
  /** What pages of this kind are, in the editor's list of collections. */
  description: string;
  /** What to write in the page text, under the editor's text box. */
  body: string;
  /** The frontmatter, in the order the editor shows and writes it. */
  fields: readonly Field[];
}

/** A page kind's name: its folder under `content/` and its part of the site's addresses. */
export type CollectionName = keyof typeof PAGE_KINDS;

/** Every page kind, in reading order. */
export const COLLECTIONS = Object.keys(PAGE_KINDS) as CollectionName[];

/** True for the name of a page kind. */
export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(PAGE_KINDS, name);
}

// A field that names pages of a kind the table does not have is a mistake in this file: say so on first use.
for (const kind of COLLECTIONS)
  for (const field of PAGE_KINDS[kind].fields as readonly Field[])
    if (field.type === 'pages' && !isCollection(field.collection))
      throw new Error(
        `src/lib/content/page-kinds.ts: the field "${field.name}" of ${kind} names pages of a kind "${field.collection}" there is none of.`,
      );

/** The fields of a page kind. */
export function fieldsOf(collection: CollectionName): readonly Field[] {
  return PAGE_KINDS[collection].fields;
}

/** A collection's name in the singular, for labels on cards and in search results ("Case study"). */
export function kindLabel(collection: CollectionName): string {
  return PAGE_KINDS[collection].label;
}

/** A collection's name in the plural, for headings and navigation ("Case studies"). */
export function kindHeading(collection: CollectionName): string {
  return PAGE_KINDS[collection].plural;
}

/** The name of the field of `K` that names pages of `O`, as the table declares it (its type, too, is read from it). */
type FieldNaming<K extends CollectionName, O extends CollectionName> = Extract<
  (typeof PAGE_KINDS)[K]['fields'][number],
  { type: 'pages'; collection: O }
>['name'];

/** The field of `kind` that names pages of `other` (a "pages" field), as the table above declares it. */
function fieldNaming<K extends CollectionName, O extends CollectionName>(kind: K, other: O): FieldNaming<K, O> {
  const field = (PAGE_KINDS[kind].fields as readonly Field[]).find((f) => f.type === 'pages' && f.collection === other);
  if (!field) throw new Error(`src/lib/content/page-kinds.ts: ${kind} has no field naming ${other}.`);
  return field.name as FieldNaming<K, O>;
}

/**
 * Practices and case studies name each other: on each side, the field that names the other, read from the table (so
 * the relation is declared once, by the fields). The site shows a relation on both pages whichever side states it
 * (src/lib/core/relations.ts).
 */
export const RELATED_FIELD = {
  practices: fieldNaming('practices', 'case-studies'),
  caseStudies: fieldNaming('case-studies', 'practices'),
} as const;

/** What a page of either side names of the other, by id. */
export function relatedIds(data: object, field: string): string[] {
  const value = (data as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String((item as { id: string }).id))) : [];
}
