/**
 * The editor's collections: one per page kind, each field mirroring one field of the page kind's schema in
 * `src/lib/schemas.ts`, in the same order (the order the editor writes them to the file).
 *
 * What may be written in a field (lengths, allowed values, how many items) follows the schema, so the editor
 * flags a mistake under the field before saving. `tests/unit/cms-drift.test.ts` holds the two sides
 * together: a field, rule or allowed value present on one side only fails the tests.
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import {
  collaborationTypes,
  collaborativeBehaviours,
  completenessLevels,
  organisationSizes,
  organisationTypes,
  periodStatuses,
  regions,
  sectors,
  themes,
} from '../src/lib/vocabulary';
import type { CollectionName } from '../src/lib/schemas';
import { WEB_ADDRESS_RULE, between, lengthRule, optionsOf, pagesField, textList, yearField } from './fields';

const title = (hint: string): CmsField => ({
  name: 'title',
  label: 'Title',
  widget: 'string',
  pattern: lengthRule(3, 120, `Write a title of ${between(3, 120)}.`),
  hint,
});

const summary = (hint: string): CmsField => ({
  name: 'summary',
  label: 'Summary',
  widget: 'text',
  pattern: lengthRule(30, 320, `Write a summary of ${between(30, 320)}: one or two sentences.`),
  hint,
});

const themesField = (required: boolean): CmsField => ({
  name: 'themes',
  label: 'Themes',
  widget: 'select',
  multiple: true,
  options: optionsOf(themes),
  required,
  ...(required ? { min: 1 } : { default: [] }),
  hint: 'The topics this page is about. Each theme has a page listing everything on that topic.',
});

const source: CmsField[] = [
  {
    name: 'title',
    label: 'Title of the source',
    widget: 'string',
    pattern: lengthRule(3, 300, `Write the title of ${between(3, 300)}.`),
    hint: 'The title of the report, article or web page, as it is published.',
  },
  {
    name: 'publisher',
    label: 'Publisher',
    widget: 'string',
    pattern: lengthRule(2, 200, `Write the publisher’s name in ${between(2, 200)}.`),
    hint: 'Who published it, for example "NCVO" or "A Better Way".',
  },
  yearField('year', 'Year published', 'The year it was published, for example 2021.', true),
  {
    name: 'url',
    label: 'Web address',
    widget: 'string',
    required: false,
    pattern: WEB_ADDRESS_RULE,
    hint: 'Where readers can find it online, if it is online. Leave empty for printed sources.',
  },
  {
    name: 'accessed',
    label: 'Date read online',
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    date_format: 'YYYY-MM-DD',
    time_format: false,
    required: false,
    hint: 'The day you read it at that web address, since pages change. Leave empty for printed sources.',
  },
];

const sourcesField = (required: boolean): CmsField => ({
  name: 'sources',
  label: 'Sources',
  label_singular: 'source',
  widget: 'list',
  summary: '{{fields.title}} ({{fields.publisher}}, {{fields.year}})',
  fields: source,
  required,
  ...(required ? { min: 1 } : { default: [] }),
  hint: required
    ? 'Every published text the page draws on. Every fact on the page must come from one of these.'
    : 'Published texts the page draws on, if any. A guide about the handbook itself may cite none.',
});

const lastReviewed: CmsField = {
  name: 'lastReviewed',
  label: 'Last reviewed',
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  // A new page starts with today's date; curators change it when they check the page against its sources.
  default: '{{now}}',
  hint: 'The date someone last checked this page against its sources.',
};

/**
 * The page text is edited as written, in the handbook's own widget (body-widget.ts, registered under this
 * name): Decap's markdown widget rewrites pages in rich-text mode and cannot insert components in raw mode.
 */
export const BODY_WIDGET = 'mdx';

/** What every page text hint adds about the editor itself. */
export const BODY_EDITOR_HINT =
  'Insert a quotation or a callout with the buttons above the text. The preview shows the page as it will look.';

// Cast: Decap's field types list only its own widget names.
const body = (hint: string): CmsField =>
  ({
    name: 'body',
    label: 'Page text',
    widget: BODY_WIDGET,
    required: false,
    hint: `${hint} ${BODY_EDITOR_HINT}`,
  }) as CmsField;

const practices: CmsField[] = [
  title('The practice, as something to do: "Pay partners fairly and on time".'),
  summary('One or two sentences for lists, search results and link previews: what the practice is and why it matters.'),
  pagesField('questions', 'Reflective questions', 'questions', 'Which of the five questions this practice helps answer.', {
    min: 1,
    required: true,
  }),
  themesField(true),
  {
    name: 'sectors',
    label: 'Sectors',
    widget: 'select',
    multiple: true,
    options: optionsOf(sectors),
    required: false,
    default: [],
    hint: 'Fields of work where this practice is most used. Leave empty when it applies everywhere.',
  },
  pagesField('relatedCaseStudies', 'Case studies that show it', 'case-studies', 'Case studies where this practice was used.', {
    required: false,
  }),
  {
    name: 'behaviours',
    label: 'Behaviours of collaborative organisations',
    widget: 'select',
    multiple: true,
    options: optionsOf(collaborativeBehaviours),
    required: false,
    default: [],
    hint: 'Which of the five behaviours in "Rebalancing the Relationship" this practice puts to work, if any. The partnership health check points to it from each one.',
  },
  sourcesField(true),
  lastReviewed,
  body('Why it matters for equity, how to start, what gets in the way. Use ## for section headings.'),
];

const organisation: CmsField[] = [
  {
    name: 'name',
    label: 'Name',
    widget: 'string',
    pattern: lengthRule(2, 160, `Write the name in ${between(2, 160)}.`),
    hint: 'The name it uses. For a group the sources describe without naming, say who they are, e.g. "Member funders".',
  },
  {
    name: 'unnamed',
    label: 'Not named in the sources',
    widget: 'boolean',
    required: false,
    default: false,
    hint: 'Switch on when the sources describe this organisation or group without naming it.',
  },
  {
    name: 'role',
    label: 'Role',
    widget: 'string',
    pattern: lengthRule(3, 240, `Describe the role in ${between(3, 240)}.`),
    hint: 'What it did in the collaboration, in a few words: "Held the contract and paid partners".',
  },
  {
    name: 'size',
    label: 'Size',
    widget: 'select',
    options: optionsOf(organisationSizes),
    required: false,
    default: 'unknown',
    hint: 'Its rough size, if the sources say. Otherwise leave "Size not known".',
  },
  {
    name: 'type',
    label: 'Kind of organisation',
    widget: 'select',
    options: optionsOf(organisationTypes),
    required: false,
    default: 'unknown',
    hint: 'What kind of body it is, if the sources say.',
  },
  {
    name: 'lead',
    label: 'Led the collaboration',
    widget: 'boolean',
    required: false,
    default: false,
    hint: 'Switch on for the organisation that led or held the contract. At most one per case study.',
  },
];

const caseStudies: CmsField[] = [
  title('The collaboration’s name: "Health Now (Groundswell)".'),
  summary('One or two sentences: who worked together, on what, and what was done about power.'),
  {
    name: 'organisations',
    label: 'Organisations involved',
    label_singular: 'organisation',
    widget: 'list',
    summary: '{{fields.name}}',
    fields: organisation,
    min: 1,
    hint: 'Every organisation or group involved, the lead first if there is one.',
  },
  {
    name: 'regions',
    label: 'Where',
    widget: 'select',
    multiple: true,
    options: optionsOf(regions),
    min: 1,
    hint: 'Where the work happened. Choose "Not known" if the sources do not say.',
  },
  {
    name: 'sectors',
    label: 'Sectors',
    widget: 'select',
    multiple: true,
    options: optionsOf(sectors),
    min: 1,
    hint: 'The fields of work involved.',
  },
  {
    name: 'collaborationType',
    label: 'Kind of collaboration',
    widget: 'select',
    options: optionsOf(collaborationTypes),
    hint: 'The shape of the collaboration. The glossary explains each kind.',
  },
  {
    name: 'period',
    label: 'When it ran',
    widget: 'object',
    fields: [
      yearField('start', 'Start year', 'The year it began, if the sources say. Leave empty otherwise.', false),
      yearField('end', 'End year', 'The year it ended, if it has ended and the sources say.', false),
      {
        name: 'status',
        label: 'Still running?',
        widget: 'select',
        options: optionsOf(periodStatuses),
        required: false,
        default: 'unknown',
        hint: 'Whether the collaboration is still going.',
      },
    ],
    hint: 'Years only. Do not guess: leave a year empty when the sources do not give it.',
  },
  {
    name: 'power',
    label: 'What was done about power',
    widget: 'text',
    pattern: lengthRule(20, 1200, `Write ${between(20, 1200)}.`),
    hint: 'Who held power, how it was shared, where the money flowed and whose voice shaped decisions. Say what the sources do not tell us.',
  },
  textList(
    {
      name: 'outcomes',
      label: 'Outcomes',
      label_singular: 'outcome',
      required: false,
      default: [],
      hint: 'What changed, as the sources report it, one per item. Leave empty if they do not say.',
    },
    {
      name: 'outcome',
      label: 'Outcome',
      widget: 'text',
      pattern: lengthRule(5, 600, `Write each outcome in ${between(5, 600)}.`),
    },
  ),
  textList(
    {
      name: 'lessons',
      label: 'Lessons',
      label_singular: 'lesson',
      required: false,
      default: [],
      hint: 'What others can learn from it, one per item.',
    },
    { name: 'lesson', label: 'Lesson', widget: 'text', pattern: lengthRule(5, 600, `Write each lesson in ${between(5, 600)}.`) },
  ),
  pagesField('questions', 'Reflective questions', 'questions', 'Which of the five questions this case speaks to.', {
    required: false,
  }),
  themesField(true),
  pagesField('relatedPractices', 'Practices it shows', 'practices', 'Practices this case shows at work.', {
    required: false,
  }),
  {
    name: 'completeness',
    label: 'How complete the page is',
    widget: 'select',
    options: optionsOf(completenessLevels),
    required: false,
    default: 'partial',
    hint: 'Below "Complete", the page asks readers to help fill the gaps.',
  },
  sourcesField(true),
  lastReviewed,
  body(
    'The story, under the usual headings: ## Background, ## Who was involved, ## How power was shared, ## What happened, ## Outcomes, ## Lessons, ## What the sources do not tell us.',
  ),
];

const questions: CmsField[] = [
  title('The question’s one-word name: "Power".'),
  summary('The question itself, as a reader would ask it.'),
  {
    name: 'order',
    label: 'Place among the five',
    widget: 'number',
    value_type: 'int',
    min: 1,
    max: 5,
    hint: 'Its place among the five questions, 1 to 5.',
  },
  textList(
    {
      name: 'prompts',
      label: 'Prompts',
      label_singular: 'prompt',
      min: 1,
      hint: 'The prompts a leader works through, one per item.',
    },
    {
      name: 'prompt',
      label: 'Prompt',
      widget: 'text',
      pattern: lengthRule(10, 400, `Write each prompt in ${between(10, 400)}.`),
    },
  ),
  themesField(false),
  sourcesField(true),
  lastReviewed,
  body('What the question means and how to use it. Use ## for section headings.'),
];

const guides: CmsField[] = [
  title('The guide’s title.'),
  summary('One or two sentences for lists and search results.'),
  {
    name: 'order',
    label: 'Place in the guides list',
    widget: 'number',
    value_type: 'int',
    min: 0,
    max: 1000,
    required: false,
    default: 100,
    hint: 'Lower numbers come first in the list of guides.',
  },
  themesField(false),
  sourcesField(false),
  lastReviewed,
  body('The guide itself. Use ## for section headings.'),
];

/** The fields of each page kind, by collection name. */
export const fieldsByCollection: Record<CollectionName, CmsField[]> = {
  practices,
  'case-studies': caseStudies,
  questions,
  guides,
};

const LABELS: Record<CollectionName, { label: string; singular: string; description: string }> = {
  practices: {
    label: 'Practices',
    singular: 'Practice',
    description: 'What makes collaboration fairer: what to do, why it matters for equity and how to start.',
  },
  'case-studies': {
    label: 'Case studies',
    singular: 'Case study',
    description: 'Real collaborations, including ones that struggled, with who was involved and how power was shared.',
  },
  questions: {
    label: 'The five questions',
    singular: 'Question',
    description: 'The five reflective questions of "Rebalancing the Relationship" and their prompts.',
  },
  guides: {
    label: 'Guides',
    singular: 'Guide',
    description: 'Introductions, the glossary and pages about the handbook itself.',
  },
};

/** One editor collection per page kind: a folder of MDX files named by page id. */
export function collections(): CmsCollection[] {
  return (Object.keys(fieldsByCollection) as CollectionName[]).map((name) => ({
    name,
    label: LABELS[name].label,
    label_singular: LABELS[name].singular,
    description: LABELS[name].description,
    folder: `content/${name}`,
    // MDX files need both: Decap cannot guess a format from the .mdx extension.
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // Removing a page breaks the links to it, so pages are removed by a curator in a pull request, not here.
    delete: false,
    // The file name, and so the page address, comes from the title: "Pay fairly" becomes pay-fairly.mdx.
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'lastReviewed'],
    preview_path: `${name}/{{slug}}/`,
    fields: fieldsByCollection[name],
  }));
}
