/**
 * The case explorer on the case study index: narrow the cases by their facts, sort them, and compare two or
 * three side by side, with the whole view kept in the address so it can be shared or reloaded.
 *
 * The index page writes each case's values into its card; the explorer's script reads them back and calls
 * the functions here. Facet names are the search page's where the two share a facet (src/lib/tools/search-filters.ts),
 * so `?sector=mental-health` means the same on both pages.
 */
import { searchFacets, type Facet, type FacetValues } from './search-filters';
import { periodStatuses, themes, type Term } from '../content/vocabulary';

/** The facets a reader can narrow the cases by, in the order the explorer shows them. */
export function explorerFacets(questions: readonly Term[]): Facet[] {
  const shared = searchFacets(questions);
  const searchFacet = (name: string) => shared.find((f) => f.name === name)!;
  return [
    searchFacet('sector'),
    searchFacet('region'),
    searchFacet('type'),
    { name: 'status', label: 'Status', terms: periodStatuses },
    searchFacet('question'),
    { name: 'theme', label: 'Theme', terms: themes },
  ];
}

export const SORTS = [
  { value: 'name', label: 'Name (A to Z)' },
  { value: 'date', label: 'Date begun (newest first)' },
  { value: 'reviewed', label: 'Last reviewed (most recent first)' },
] as const;
export type Sort = (typeof SORTS)[number]['value'];

/** How many cases can be compared at once: more columns no longer fit a screen. */
export const COMPARE_LIMIT = 3;

/** What the explorer knows of a case. */
export interface ExplorerCase {
  id: string;
  title: string;
  /** Its values for each facet, by facet name. */
  facets: Record<string, readonly string[]>;
  /** The year it began, or ended when the start is not known. */
  year?: number | undefined;
  /** When it was last reviewed, YYYY-MM-DD. */
  reviewed: string;
}

/** The facts of a case study that the explorer reads. */
export interface CaseFacts {
  sectors: readonly string[];
  regions: readonly string[];
  collaborationType: string;
  period: { start?: number | undefined; end?: number | undefined; status: string };
  questions: readonly (string | { id: string })[];
  themes: readonly string[];
}

/** A case's values for each facet. */
export function caseFacets(data: CaseFacts): Record<string, readonly string[]> {
  return {
    sector: data.sectors,
    region: data.regions,
    type: [data.collaborationType],
    status: [data.period.status],
    question: data.questions.map((q) => (typeof q === 'string' ? q : q.id)),
    theme: data.themes,
  };
}

/** The year a case is sorted by. */
export function caseYear(period: CaseFacts['period']): number | undefined {
  return period.start ?? period.end;
}

/** What the reader has chosen: values per facet, the order, and the cases to compare. */
export interface ExplorerState {
  filters: Record<string, string[]>;
  sort: Sort;
  compare: string[];
}

const SORT_VALUES = new Set<string>(SORTS.map((s) => s.value));

/**
 * Reads the explorer's state from an address's query string. Only known facets and values, known case ids and
 * the listed sorts are kept, so a mistyped or tampered address shows the full list rather than an error.
 */
export function parseExplorerState(search: string, caseIds: ReadonlySet<string>, allowed: FacetValues): ExplorerState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  const compare: string[] = [];
  for (const [name, value] of params) {
    if (allowed.get(name)?.includes(value)) {
      const list = (filters[name] ??= []);
      if (!list.includes(value)) list.push(value);
    }
    if (name === 'compare' && caseIds.has(value) && !compare.includes(value) && compare.length < COMPARE_LIMIT)
      compare.push(value);
  }
  const sort = params.get('sort') ?? '';
  return { filters, sort: SORT_VALUES.has(sort) ? (sort as Sort) : 'name', compare };
}

/** Writes the state as a query string (with its `?`, or empty when nothing is chosen), in a fixed order. */
export function serializeExplorerState(state: ExplorerState, allowed: FacetValues): string {
  const params = new URLSearchParams();
  for (const name of allowed.keys()) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== 'name') params.set('sort', state.sort);
  for (const id of state.compare) params.append('compare', id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the case has one of the chosen values of every facet with a choice. */
function matches(item: ExplorerCase, filters: Record<string, readonly string[]>, except?: string): boolean {
  return Object.entries(filters).every(
    ([name, chosen]) => name === except || chosen.length === 0 || chosen.some((value) => item.facets[name]?.includes(value)),
  );
}

/** The cases matching the filters: any chosen value within a facet, every facet at once. */
export function filterCases<T extends ExplorerCase>(cases: readonly T[], filters: Record<string, readonly string[]>): T[] {
  return cases.filter((item) => matches(item, filters));
}

/**
 * For each facet value, how many cases the reader would see with that value added to the choice: the other
 * facets' choices apply, this facet's do not (a value within a facet widens the choice rather than narrowing it).
 */
export function facetCounts(
  cases: readonly ExplorerCase[],
  filters: Record<string, readonly string[]>,
  allowed: FacetValues,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, values] of allowed) {
    const tally: Record<string, number> = Object.fromEntries(values.map((value) => [value, 0]));
    for (const item of cases) {
      if (!matches(item, filters, name)) continue;
      for (const value of new Set(item.facets[name] ?? [])) tally[value] = (tally[value] ?? 0) + 1;
    }
    counts[name] = tally;
  }
  return counts;
}

const byTitle = (a: ExplorerCase, b: ExplorerCase) => a.title.localeCompare(b.title, 'en-GB');

/** The cases in the chosen order; cases without a date come last, and ties go by name. */
export function sortCases<T extends ExplorerCase>(cases: readonly T[], sort: Sort): T[] {
  const list = [...cases];
  if (sort === 'name') return list.sort(byTitle);
  if (sort === 'reviewed') return list.sort((a, b) => b.reviewed.localeCompare(a.reviewed) || byTitle(a, b));
  return list.sort((a, b) => {
    if (a.year === undefined || b.year === undefined)
      return (a.year === undefined ? 1 : 0) - (b.year === undefined ? 1 : 0) || byTitle(a, b);
    return b.year - a.year || byTitle(a, b);
  });
}

/**
 * The comparison after the reader ticks or unticks a case. A fourth case is refused (`full` is true) rather
 * than silently dropping one the reader chose earlier.
 */
export function toggleCompare(compare: readonly string[], id: string, on: boolean): { compare: string[]; full: boolean } {
  if (!on) return { compare: compare.filter((c) => c !== id), full: false };
  if (compare.includes(id)) return { compare: [...compare], full: false };
  if (compare.length >= COMPARE_LIMIT) return { compare: [...compare], full: true };
  return { compare: [...compare, id], full: false };
}
