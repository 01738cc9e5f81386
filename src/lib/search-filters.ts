/**
 * The search filters: which facets a reader can narrow by, the values each page carries,
 * and how the chosen query and filters are kept in the address so a search can be shared or reloaded.
 *
 * The page template writes each page's values as Pagefind filters; the /search/ page reads them back.
 * Both use the names here, so the two cannot disagree.
 */
import { collaborationTypes, pageKinds, questions, regions, sectors, type Term } from './vocabulary';

export interface Facet {
  /** The filter's name, in Pagefind and in the address (`?sector=…`). */
  name: string;
  /** The heading of the filter's group on the search page. */
  label: string;
  /** Every value the filter can take. */
  terms: readonly Term[];
}

export const FACETS: readonly Facet[] = [
  { name: 'kind', label: 'Page kind', terms: pageKinds },
  { name: 'question', label: 'Question', terms: questions },
  { name: 'sector', label: 'Sector', terms: sectors },
  { name: 'region', label: 'Region', terms: regions },
  { name: 'type', label: 'Collaboration type', terms: collaborationTypes },
];

/** What a page contributes to each facet. */
export interface PageFacets {
  kind: string;
  questions?: readonly string[];
  sectors?: readonly string[];
  regions?: readonly string[];
  collaborationType?: string | undefined;
}

/** A page's filter values, one `name:value` pair each, as Pagefind's `data-pagefind-filter` takes them. */
export function pagefindFilters(page: PageFacets): string[] {
  const pairs: [string, readonly string[]][] = [
    ['kind', [page.kind]],
    ['question', page.questions ?? []],
    ['sector', page.sectors ?? []],
    ['region', page.regions ?? []],
    ['type', page.collaborationType ? [page.collaborationType] : []],
  ];
  return pairs.flatMap(([name, values]) => values.map((value) => `${name}:${value}`));
}

/** A search as the reader set it: the words and the chosen values of each facet. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

const FACET_NAMES = new Set(FACETS.map((f) => f.name));
const ALLOWED = new Map(FACETS.map((f) => [f.name, new Set(f.terms.map((t) => t.value))]));

/** Reads a search from an address's query string; unknown facets and values are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!FACET_NAMES.has(name) || !ALLOWED.get(name)?.has(value)) continue;
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a query string (with its leading `?`, or empty), facets in a fixed order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) for (const value of state.filters[facet.name] ?? []) params.append(facet.name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters in Pagefind's form: any chosen value within a facet, every facet at once. */
export function pagefindFilterQuery(state: SearchState): Record<string, { any: string[] }> {
  const query: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) query[name] = { any: values };
  return query;
}

/** True when there is anything to search for. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && Object.values(state.filters).every((v) => v.length === 0);
}
