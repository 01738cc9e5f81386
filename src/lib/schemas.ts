/**
 * The frontmatter of every page kind: what a contributor must write at the top of a page.
 *
 * The schemas are built by a function that is handed `ref`, the way one page names another.
 * The site passes Astro's `reference()`, which checks at build time that the named page exists;
 * unit tests pass a plain string schema, since `astro:content` only exists inside Astro.
 */
import { z } from 'astro/zod';
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
  valuesOf,
} from './vocabulary';

/** The collections a page may name; one folder under `content/` each. */
export type CollectionName = 'practices' | 'case-studies' | 'questions' | 'guides';

/** Turns a collection name into the schema of a link to one of its pages. */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** Oldest and newest dates a review date may hold: the handbook began in 2026; older means a typo. */
export const REVIEW_DATE_RANGE = { min: new Date('2020-01-01'), max: new Date('2100-01-01') } as const;

const title = z.string().trim().min(3).max(120);
const summary = z.string().trim().min(30).max(320);

/** A published text a page draws on; every page cites at least one. */
export const sourceSchema = z.strictObject({
  /** The title of the report, article or web page. */
  title: z.string().trim().min(3).max(300),
  /** Who published it. */
  publisher: z.string().trim().min(2).max(200),
  /** The year it was published. */
  year: z.number().int().min(1900).max(2100),
  /** Where to read it, when it is online; never with a user name before "@", which hides where it goes. */
  url: z
    .url({ protocol: /^https?$/ })
    .refine((address) => !URL.canParse(address) || !(new URL(address).username || new URL(address).password), {
      message: 'the address has a user name before "@", which hides where it really goes. Write the address of the page itself.',
    })
    .optional(),
  /** The day someone last read it at that address (YYYY-MM-DD), since web pages change. */
  accessed: z.coerce.date().min(REVIEW_DATE_RANGE.min).max(REVIEW_DATE_RANGE.max).optional(),
});

/** The date a curator last checked a page against its sources (YYYY-MM-DD). */
const lastReviewed = z.coerce.date().min(REVIEW_DATE_RANGE.min).max(REVIEW_DATE_RANGE.max);

/** One organisation taking part in a case. */
export const organisationSchema = z.strictObject({
  /** Its name as it uses it; for a group the sources describe without naming, who they are ("Member funders"). */
  name: z.string().trim().min(2).max(160),
  /** True when the sources describe this organisation or group without naming it. */
  unnamed: z.boolean().default(false),
  /** What it did in the collaboration, in a few words. */
  role: z.string().trim().min(3).max(240),
  /** Its rough size, where the sources say. */
  size: z.enum(valuesOf(organisationSizes)).default('unknown'),
  /** What kind of body it is, where the sources say. */
  type: z.enum(valuesOf(organisationTypes)).default('unknown'),
  /** True for the organisation that led or held the contract; at most one per case. */
  lead: z.boolean().default(false),
});

/** When a collaboration ran. Years only: the sources rarely give more. */
export const periodSchema = z
  .strictObject({
    /** The year it began, where known. */
    start: z.number().int().min(1900).max(2100).optional(),
    /** The year it ended, where known. */
    end: z.number().int().min(1900).max(2100).optional(),
    /** Whether it is still running. */
    status: z.enum(valuesOf(periodStatuses)).default('unknown'),
  })
  .refine((p) => p.start === undefined || p.end === undefined || p.end >= p.start, {
    message: 'The end year is before the start year.',
    path: ['end'],
  });

export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const practices = z.strictObject({
    /** The practice, as an instruction: "Pay partners fairly and on time". */
    title,
    /** One or two sentences for lists, search results and link previews. */
    summary,
    /** The reflective questions this practice helps answer. */
    questions: z.array(ref('questions')).min(1),
    /** Topics for the theme pages. */
    themes: z.array(z.enum(valuesOf(themes))).min(1),
    /** Sectors where this practice is most used; leave empty when it applies everywhere. */
    sectors: z.array(z.enum(valuesOf(sectors))).default([]),
    /** Case studies that show this practice at work. */
    relatedCaseStudies: z.array(ref('case-studies')).default([]),
    /** The behaviours of collaborative organisations this practice puts to work; the health check asks about each. */
    behaviours: z.array(z.enum(valuesOf(collaborativeBehaviours))).default([]),
    /** What the page draws on. */
    sources: z.array(sourceSchema).min(1),
    /** When a curator last checked the page. */
    lastReviewed,
  });

  const caseStudies = z.strictObject({
    /** The collaboration's name: "Health Now (Groundswell)". */
    title,
    /** One or two sentences: who worked together, on what, and what was done about power. */
    summary,
    /** Every organisation involved, the lead first where there is one. */
    organisations: z
      .array(organisationSchema)
      .min(1)
      .refine((orgs) => orgs.filter((o) => o.lead).length <= 1, {
        message: 'Only one organisation can be the lead (lead: true).',
      }),
    /** Where the work happened. */
    regions: z.array(z.enum(valuesOf(regions))).min(1),
    /** The fields of work involved. */
    sectors: z.array(z.enum(valuesOf(sectors))).min(1),
    /** The shape of the collaboration. */
    collaborationType: z.enum(valuesOf(collaborationTypes)),
    /** When it ran. */
    period: periodSchema,
    /** What was done about power: who held it, how it was shared, where the money flowed. */
    power: z.string().trim().min(20).max(1200),
    /** What changed, as the sources report it; empty when they do not say. */
    outcomes: z.array(z.string().trim().min(5).max(600)).default([]),
    /** What others can learn from it. */
    lessons: z.array(z.string().trim().min(5).max(600)).default([]),
    /** The reflective questions this case speaks to. */
    questions: z.array(ref('questions')).default([]),
    /** Topics for the theme pages. */
    themes: z.array(z.enum(valuesOf(themes))).min(1),
    /** Practices this case shows at work. */
    relatedPractices: z.array(ref('practices')).default([]),
    /** How complete the page is; below "complete" it asks readers to help. */
    completeness: z.enum(valuesOf(completenessLevels)).default('partial'),
    /** What the page draws on. */
    sources: z.array(sourceSchema).min(1),
    /** When a curator last checked the page. */
    lastReviewed,
  });

  const questions = z.strictObject({
    /** The question's one-word name: "Power". */
    title,
    /** The question itself, as a reader would ask it. */
    summary,
    /** Its place among the five, 1 to 5. */
    order: z.number().int().min(1).max(5),
    /** The prompts a leader works through. */
    prompts: z.array(z.string().trim().min(10).max(400)).min(1),
    /** Topics for the theme pages. */
    themes: z.array(z.enum(valuesOf(themes))).default([]),
    /** What the page draws on. */
    sources: z.array(sourceSchema).min(1),
    /** When a curator last checked the page. */
    lastReviewed,
  });

  const guides = z.strictObject({
    /** The guide's title. */
    title,
    /** One or two sentences for lists and search results. */
    summary,
    /** Its place in the guides list; lower comes first. */
    order: z.number().int().min(0).max(1000).default(100),
    /** Topics for the theme pages. */
    themes: z.array(z.enum(valuesOf(themes))).default([]),
    /** What the page draws on; a guide about the handbook itself may cite none. */
    sources: z.array(sourceSchema).default([]),
    /** When a curator last checked the page. */
    lastReviewed,
  });

  return { practices, 'case-studies': caseStudies, questions, guides } as const;
}

/**
 * The fields of a page kind that name other pages, and which collection each names: read from the
 * schemas themselves (every `ref(…)` is tagged), so the link graph cannot miss a new reference field.
 */
export function referenceFields(collection: CollectionName): Record<string, CollectionName> {
  const tagged = makeSchemas((target) => z.string().meta({ references: target }))[collection];
  const fields: Record<string, CollectionName> = {};
  for (const [name, field] of Object.entries(tagged.shape)) {
    let schema: z.ZodType = field as z.ZodType;
    // Look through default/optional wrappers and into lists.
    for (;;) {
      const def = schema.def as { innerType?: z.ZodType; element?: z.ZodType };
      const inner = def.innerType ?? def.element;
      if (!inner) break;
      schema = inner;
    }
    const target = (schema.meta() as { references?: CollectionName } | undefined)?.references;
    if (target) fields[name] = target;
  }
  return fields;
}
