/**
 * The curation desk: what the curating cohort should do next, as one list per task, each row a page and what
 * it lacks in words a curator understands. One computation, from the pages' fields (as the content checker reads
 * them), the link graph's backlinks, git's last edit dates and "today"; three outputs: the /curation/ page and
 * /curation.json (through src/integrations/content.ts), and `npm run curation` with the weekly reminder
 * (src/cli/curation.ts, src/lib/curation/curation-text.ts).
 */
import type { CheckedPage } from '../check/check-content.node.ts';
import { editUrl } from '../wiki/edit-links';
import { oneWayRelations, relations } from '../core/relations';
import { formatDay, isoDay } from '../core/dates';
import { addMonths, daysBetween, DUE_SOON_DAYS, nextReviewDue, reviewState, type ReviewStatus } from '../wiki/review';
import { pageUrl } from '../content/routes';
import { kindLabel, RELATED_FIELD, relatedIds } from '../content/page-kinds';
import { withSmartPunctuation } from './smart-punctuation';
import type { CollectionName } from '../content/page-kinds';
import { completenessLevels, labelOf } from '../content/vocabulary';
import type { WikiData } from '../wiki/wiki';

/** What the desk reads of one page: its frontmatter fields as the schema gives them, defaults applied. */
export interface CurationFields {
  title: string;
  lastReviewed: Date;
  reviewInterval: number;
  reviewStatus: ReviewStatus;
  owner?: string | undefined;
  sources: readonly { title: string; publisher: string; year: number; url?: string | undefined }[];
  /** Case studies only, like the fields below. */
  completeness?: string;
  organisations?: readonly { lead: boolean }[];
  regions?: readonly string[];
  period?: { start?: number | undefined; end?: number | undefined; status: string };
  outcomes?: readonly string[];
  relatedPractices?: readonly string[];
  /** Practices only. */
  relatedCaseStudies?: readonly string[];
}

export interface CurationPage {
  collection: CollectionName;
  id: string;
  data: CurationFields;
}

export interface CurationInput {
  pages: readonly CurationPage[];
  /** Each page's backlinks, by page address (src/lib/wiki/link-graph.ts). */
  backlinks: Readonly<Record<string, readonly string[]>>;
  /** Git's last edit of each page, by page address (src/lib/wiki/wiki.ts); `known` false in a shallow clone. */
  history: { known: boolean; note?: string | undefined; updated: Readonly<Record<string, string>> };
  today: Date;
}

export interface CurationRow {
  title: string;
  /** The page kind, as readers see it ("Case study"). */
  kind: string;
  url: string;
  /** The page in the online editor. */
  edit: string;
  file: string;
  /** What is missing or what to do, in words. */
  missing: string;
  /** The day that matters for the task (review due, last edit), YYYY-MM-DD; for sorting. */
  day?: string;
  /** The page's owner, a GitHub handle, where it names one. */
  owner?: string;
}

export type TaskId =
  | 'overdue'
  | 'due-soon'
  | 'drafts'
  | 'incomplete'
  | 'unknown-facts'
  | 'sources-without-address'
  | 'orphans'
  | 'one-way'
  | 'unrelated'
  | 'not-edited';

export interface CurationTask {
  id: TaskId;
  heading: string;
  /** What the task asks of a curator, in one or two sentences. */
  about: string;
  /** What `day` holds in this task's rows, as a column heading; none when the rows have no day. */
  dayHeading?: string;
  /** Whether the rows name their page's owner (the review tasks). */
  owners: boolean;
  rows: CurationRow[];
  /** Why the list may be incomplete (git history unknown). */
  note?: string;
}

export interface CurationReport {
  /** The day the lists were made for, YYYY-MM-DD. */
  today: string;
  tasks: CurationTask[];
}

/** A page not edited for this many months is listed as possibly stale. */
export const STALE_MONTHS = 24;

/** The tasks whose rows the weekly reminder lists: reviews overdue or due soon. */
export const DUE_TASKS: readonly TaskId[] = ['overdue', 'due-soon'];

function row(page: CurationPage, missing: string, extra: Pick<CurationRow, 'day' | 'owner'> = {}): CurationRow {
  return {
    title: page.data.title,
    kind: kindLabel(page.collection),
    url: pageUrl(page.collection, page.id),
    edit: editUrl(page.collection, page.id),
    file: `content/${page.collection}/${page.id}.mdx`,
    missing,
    ...extra,
  };
}

/** "today", "in 1 day", "12 days ago". */
function fromToday(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const count = `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? `in ${count}` : `${count} ago`;
}

/** What a case study's key facts leave unknown, as the facts panel would say "not known". */
function factsNotKnown(data: CurationFields): string[] {
  const period = data.period ?? { status: 'unknown' };
  return [
    !(data.organisations ?? []).some((o) => o.lead) && 'which organisation led',
    period.start === undefined && 'the year it began',
    period.end === undefined && period.status !== 'active' && 'the year it ended',
    period.status === 'unknown' && 'whether it is still running',
    (data.regions ?? []).includes('unknown') && 'where it happened',
    (data.outcomes ?? []).length === 0 && 'its outcomes',
  ].filter((fact): fact is string => Boolean(fact));
}

const collator = new Intl.Collator('en-GB');
const byTitle = (a: CurationRow, b: CurationRow) => collator.compare(a.title, b.title) || collator.compare(a.url, b.url);
const byDay = (a: CurationRow, b: CurationRow) => (a.day ?? '').localeCompare(b.day ?? '') || byTitle(a, b);

const ownerOf = (page: CurationPage) => (page.data.owner ? { owner: page.data.owner } : {});

/** Pages in a review state, with when the review is or was due. */
function inReviewState(input: CurationInput, state: 'overdue' | 'due-soon'): CurationRow[] {
  return input.pages.flatMap((page) => {
    if (reviewState(page.data, input.today) !== state) return [];
    const due = nextReviewDue(page.data);
    const when = `${formatDay(due)}, ${fromToday(daysBetween(input.today, due))}; last reviewed on ${formatDay(page.data.lastReviewed)}.`;
    const text = state === 'overdue' ? `Review was due on ${when}` : `Review due on ${when}`;
    return [row(page, text, { day: isoDay(due), ...ownerOf(page) })];
  });
}

function drafts(input: CurationInput): CurationRow[] {
  return input.pages.flatMap((page) => {
    const state = reviewState(page.data, input.today);
    if (state === 'draft')
      return [
        row(
          page,
          'A draft: not yet checked against its sources. Finish it, then set its review status to reviewed.',
          ownerOf(page),
        ),
      ];
    if (state === 'in-review')
      return [
        row(
          page,
          'In review: once checked against its sources, set its review status to reviewed and the review date.',
          ownerOf(page),
        ),
      ];
    return [];
  });
}

function incomplete(input: CurationInput): CurationRow[] {
  return input.pages.flatMap((page) => {
    const level = page.data.completeness;
    if (level === undefined || level === 'complete') return [];
    const next = level === 'needs-sources' ? 'Find published sources for what it says' : 'Fill the gaps from published sources';
    return [row(page, `Marked “${labelOf(completenessLevels, level)}”. ${next}, then raise its completeness.`)];
  });
}

function unknownFacts(input: CurationInput): CurationRow[] {
  return input.pages.flatMap((page) => {
    if (page.collection !== 'case-studies') return [];
    const facts = factsNotKnown(page.data);
    return facts.length > 0 ? [row(page, `Not known: ${facts.join(', ')}.`)] : [];
  });
}

function sourcesWithoutAddress(input: CurationInput): CurationRow[] {
  return input.pages.flatMap((page) => {
    const { sources } = page.data;
    const missing = sources.filter((source) => !source.url);
    if (missing.length === 0) return [];
    const of = missing.length === sources.length ? `All ${missing.length}` : `${missing.length} of ${sources.length}`;
    const names = missing.map((s) => `“${s.title}” (${s.publisher}, ${s.year ?? 'undated'})`).join('; ');
    return [row(page, `${of} source${sources.length === 1 ? ' has' : 's have'} no web address: ${names}.`)];
  });
}

function orphans(input: CurationInput): CurationRow[] {
  return input.pages.flatMap((page) =>
    (input.backlinks[pageUrl(page.collection, page.id)] ?? []).length === 0
      ? [row(page, 'No other page links here: link to it from a page on the same subject.')]
      : [],
  );
}

/** What each practice and case study names of the other side. */
function sidesOf(input: CurationInput) {
  const side = (collection: CollectionName, field: string) =>
    input.pages.flatMap((p) => (p.collection === collection ? [{ id: p.id, related: relatedIds(p.data, field) }] : []));
  return { practices: side('practices', RELATED_FIELD.practices), caseStudies: side('case-studies', RELATED_FIELD.caseStudies) };
}

/**
 * Practices no case study shows, and case studies that name no practice: allowed (a practice may come before the case
 * that shows it), but a reader of one looks for the other.
 */
function unrelated(input: CurationInput): CurationRow[] {
  const { caseStudiesOf, practicesOf } = relations(sidesOf(input));
  return input.pages.flatMap((page) => {
    if (page.collection === 'practices' && !caseStudiesOf.get(page.id)?.length)
      return [row(page, 'No case study shows this practice: name one in its related case studies, or write one.')];
    if (page.collection === 'case-studies' && !practicesOf.get(page.id)?.length)
      return [row(page, 'This case study names no practice: name the practices it shows in its related practices.')];
    return [];
  });
}

/** Each relation stated on one side, as a row for the page that does not state it: the one to open to add it. */
function oneWay(input: CurationInput): CurationRow[] {
  const byKey = new Map(input.pages.map((page) => [`${page.collection}/${page.id}`, page]));
  return oneWayRelations(sidesOf(input)).map((relation) => {
    const practice = byKey.get(`practices/${relation.practice}`)!;
    const caseStudy = byKey.get(`case-studies/${relation.caseStudy}`)!;
    return relation.statedBy === 'practices'
      ? row(
          caseStudy,
          `The practice “${practice.data.title}” names this case study, which does not name it back. Add ${relation.practice} to its related practices, or remove this case study from that practice.`,
        )
      : row(
          practice,
          `The case study “${caseStudy.data.title}” names this practice, which does not name it back. Add ${relation.caseStudy} to its related case studies, or remove this practice from that case study.`,
        );
  });
}

function notEdited(input: CurationInput): CurationRow[] {
  if (!input.history.known) return [];
  const staleBefore = addMonths(input.today, -STALE_MONTHS);
  return input.pages.flatMap((page) => {
    const updated = input.history.updated[pageUrl(page.collection, page.id)];
    // A page git does not know yet is new (not committed), not stale.
    if (!updated || new Date(updated) >= staleBefore) return [];
    return [
      row(page, `Last edited on ${formatDay(new Date(updated))}: check that it is still accurate.`, {
        day: updated.slice(0, 10),
      }),
    ];
  });
}

/** Every task, in the order the desk shows them, with the rule that finds its pages. */
const TASKS: readonly (Omit<CurationTask, 'rows' | 'owners' | 'note'> & {
  owners?: boolean;
  find: (input: CurationInput) => CurationRow[];
  note?: (input: CurationInput) => string | undefined;
})[] = [
  {
    id: 'overdue',
    heading: 'Reviews overdue',
    about: 'Check each page against its sources, then set its last review date to the day you checked.',
    dayHeading: 'Review due',
    owners: true,
    find: (input) => inReviewState(input, 'overdue'),
  },
  {
    id: 'due-soon',
    heading: `Reviews due within ${DUE_SOON_DAYS} days`,
    about: 'These pages come due for review soon.',
    dayHeading: 'Review due',
    owners: true,
    find: (input) => inReviewState(input, 'due-soon'),
  },
  {
    id: 'drafts',
    heading: 'Drafts and pages in review',
    about: 'Pages readers are told are not yet checked.',
    owners: true,
    find: drafts,
  },
  {
    id: 'incomplete',
    heading: 'Pages marked incomplete',
    about: 'Pages marked as a stub, partial or needing sources, which ask readers to help.',
    find: incomplete,
  },
  {
    id: 'unknown-facts',
    heading: 'Case studies with key facts not known',
    about: 'Facts the facts panel shows as not known; fill them from published sources.',
    find: unknownFacts,
  },
  {
    id: 'sources-without-address',
    heading: 'Sources without a web address',
    about: 'Where a source can be read online, add its address so readers can check it.',
    find: sourcesWithoutAddress,
  },
  {
    id: 'orphans',
    heading: 'Pages no other page links to',
    about: 'Readers find these pages only through lists and search.',
    find: orphans,
  },
  {
    id: 'one-way',
    heading: 'Relations stated on one side only',
    about: 'A practice and a case study that name each other on one page only; the site shows them on both.',
    find: oneWay,
  },
  {
    id: 'unrelated',
    heading: 'Practices without a case study, and case studies without a practice',
    about: 'A reader of a practice looks for a case that shows it, and a reader of a case for the practices it shows.',
    find: unrelated,
  },
  {
    id: 'not-edited',
    heading: 'Pages not edited in two years',
    about: 'Pages nobody has changed for two years or more.',
    dayHeading: 'Last edited',
    find: notEdited,
    note: ({ history }) =>
      history.known
        ? undefined
        : `Edit dates are not known in this build (${history.note ?? 'no git history'}), so these pages cannot be listed.`,
  },
];

/** Every task's list, for `today`. */
export function curationReport(input: CurationInput): CurationReport {
  return {
    today: isoDay(input.today),
    tasks: TASKS.map(({ find, note, owners = false, ...task }) => {
      const why = note?.(input);
      return { ...task, owners, rows: find(input).sort(task.dayHeading ? byDay : byTitle), ...(why ? { note: why } : {}) };
    }),
  };
}

/**
 * The desk from what one read of the handbook gives, as both the build (src/integrations/content.ts) and
 * `npm run curation` have it: the pages that passed the content checker, the wiki data (backlinks and
 * history) and the build's "today".
 */
export function curationOf(
  checked: readonly Pick<CheckedPage, 'collection' | 'id' | 'fields'>[],
  wiki: Pick<WikiData, 'backlinks' | 'history' | 'historyKnown' | 'historyNote'>,
  today: Date,
): CurationReport {
  return curationReport({
    // Titles as the site shows them, with the content loader's smart punctuation.
    pages: checked.map(({ collection, id, fields }) => ({ collection, id, data: withSmartPunctuation(collection, fields) })),
    backlinks: wiki.backlinks,
    history: {
      known: wiki.historyKnown,
      note: wiki.historyNote,
      updated: Object.fromEntries(Object.entries(wiki.history).map(([url, page]) => [url, page.updated])),
    },
    today,
  });
}
