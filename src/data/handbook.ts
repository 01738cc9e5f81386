/**
 * The whole handbook, read once per build and shared by every route:
 * each page's summary for listings, theme groups and per-question lists.
 * Routes import from here instead of querying collections themselves, so no page scans all pages again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../lib/page-kinds';
import { groupByTheme, type PageSummary } from '../lib/taxonomy';
import { pageUrl } from '../lib/routes';
import { relations, type Relations } from '../lib/relations';
import type { Term } from '../lib/vocabulary';

export type AnyEntry = CollectionEntry<CollectionName>;

function toSummary(entry: AnyEntry): PageSummary {
  const data = entry.data as { title: string; summary: string; themes?: string[]; questions?: { id: string }[] };
  return {
    collection: entry.collection,
    id: entry.id,
    title: data.title,
    summary: data.summary,
    themes: data.themes ?? [],
    questions: (data.questions ?? []).map((q) => q.id),
  };
}

let loaded: Promise<Handbook> | undefined;

export interface Handbook {
  practices: CollectionEntry<'practices'>[];
  caseStudies: CollectionEntry<'case-studies'>[];
  questions: CollectionEntry<'questions'>[];
  guides: CollectionEntry<'guides'>[];
  summaries: PageSummary[];
  /** The five questions as filter values: each question page's id and title, in order. */
  questionTerms: Term[];
  /** The summary of a page, by its address. */
  byUrl: Map<string, PageSummary>;
  themes: ReturnType<typeof groupByTheme>;
  /** Practices and case studies that name each other, both ways, whichever side states it. */
  relations: Relations;
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en-GB');

/** The handbook, loaded on first use. */
export function handbook(): Promise<Handbook> {
  loaded ??= (async () => {
    const [practices, caseStudies, questions, guides] = await Promise.all([
      getCollection('practices'),
      getCollection('case-studies'),
      getCollection('questions'),
      getCollection('guides'),
    ]);
    practices.sort(byTitle);
    caseStudies.sort(byTitle);
    questions.sort((a, b) => a.data.order - b.data.order);
    guides.sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
    const summaries = [...guides, ...questions, ...practices, ...caseStudies].map(toSummary);
    return {
      practices,
      caseStudies,
      questions,
      guides,
      summaries,
      questionTerms: questions.map((q) => ({ value: q.id, label: q.data.title })),
      byUrl: new Map(summaries.map((s) => [pageUrl(s.collection, s.id), s])),
      themes: groupByTheme(summaries),
      relations: relations({
        practices: practices.map((p) => ({ id: p.id, relatedCaseStudies: p.data.relatedCaseStudies.map((ref) => ref.id) })),
        caseStudies: caseStudies.map((c) => ({ id: c.id, relatedPractices: c.data.relatedPractices.map((ref) => ref.id) })),
      }),
    };
  })();
  return loaded;
}

/** The summaries of the pages some references point at, in the order given; missing ones are skipped. */
export function summariesOf(
  book: Handbook,
  collection: CollectionName,
  refs: readonly ({ id: string } | string)[],
): PageSummary[] {
  return refs.flatMap((ref) => book.byUrl.get(pageUrl(collection, typeof ref === 'string' ? ref : ref.id)) ?? []);
}
