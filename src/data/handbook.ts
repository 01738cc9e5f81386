/**
 * The whole handbook, read once per build and shared by every route:
 * each page's summary for listings, theme groups and per-question lists.
 * Routes import from here instead of querying collections themselves, so no page scans all pages again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, fieldsOf, RELATED_FIELD, relatedIds, type CollectionName } from '../lib/content/page-kinds';
import { groupByTheme, type PageSummary } from '../lib/content/taxonomy';
import { pageUrl } from '../lib/content/routes';
import { relations, type Relations } from '../lib/core/relations';
import type { Term } from '../lib/content/vocabulary';
import { termIndex, type TermIndex } from '../lib/render/search-terms';
import { EDITORIAL } from '../lib/check/editorial';

export type AnyEntry = CollectionEntry<CollectionName>;

/** What every page kind's data has, and what some have. */
type CommonData = { title: string; summary: string; order?: number; themes?: string[]; questions?: { id: string }[] };

function toSummary(entry: AnyEntry): PageSummary {
  const data = entry.data as CommonData;
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
  /** Every page of each kind, in the order its index lists them. */
  entries: { [K in CollectionName]: CollectionEntry<K>[] };
  /** Every page, kind by kind in reading order. */
  summaries: PageSummary[];
  /** The five questions as filter values: each question page's id and title, in order. */
  questionTerms: Term[];
  /** The summary of a page, by its address. */
  byUrl: Map<string, PageSummary>;
  themes: ReturnType<typeof groupByTheme>;
  /** Practices and case studies that name each other, both ways, whichever side states it. */
  relations: Relations;
  /** The glossary's terms and their other names, for the words each page is also found by (search-terms.ts). */
  searchTerms: TermIndex;
}

/** A kind with an `order` field (guides, questions) is listed in that order, then by title; the others by title. */
async function readKind(collection: CollectionName): Promise<AnyEntry[]> {
  const ordered = fieldsOf(collection).some((field) => field.name === 'order');
  const order = (entry: AnyEntry) => (ordered ? ((entry.data as CommonData).order ?? 0) : 0);
  const title = (entry: AnyEntry) => (entry.data as CommonData).title;
  return (await getCollection(collection)).sort((a, b) => order(a) - order(b) || title(a).localeCompare(title(b), 'en-GB'));
}

/** The handbook, loaded on first use. */
export function handbook(): Promise<Handbook> {
  loaded ??= (async () => {
    const kinds = await Promise.all(COLLECTIONS.map(async (collection) => [collection, await readKind(collection)] as const));
    const entries = Object.fromEntries(kinds) as Handbook['entries'];
    const summaries = kinds.flatMap(([, list]) => list).map(toSummary);
    return {
      entries,
      summaries,
      questionTerms: entries.questions.map((q) => ({ value: q.id, label: q.data.title })),
      byUrl: new Map(summaries.map((s) => [pageUrl(s.collection, s.id), s])),
      themes: groupByTheme(summaries),
      // The glossary holds the list (the checker refuses the field on any other page).
      searchTerms: termIndex(entries.guides.find((guide) => guide.id === EDITORIAL.glossaryPage.id)?.data.searchTerms ?? []),
      relations: relations({
        practices: entries.practices.map((p) => ({ id: p.id, related: relatedIds(p.data, RELATED_FIELD.practices) })),
        caseStudies: entries['case-studies'].map((c) => ({ id: c.id, related: relatedIds(c.data, RELATED_FIELD.caseStudies) })),
      }),
    };
  })();
  return loaded;
}
