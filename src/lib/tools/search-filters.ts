/**
 * The search filters: which facets a reader can narrow by, the values each page carries,
 * and how the chosen query and filters are kept in the address so a search can be shared or reloaded.
 *
 * The page template writes each page's values as Pagefind filters; the /search/ page reads them back.
 * Both use the names here, so the two cannot disagree.
 */
import { COLLECTIONS, fieldsOf, PAGE_KINDS, type CollectionName } from '../content/page-kinds';
import { collaborationTypes, regions, sectors, type Term } from '../content/vocabulary';

export interface Facet {
  /** The filter's name, in Pagefind and in the address (`?sector=…`). */
  name: string;
  /** The heading of the filter's group on the search page. */
  label: string;
  /** Every value the filter can take. */
  terms: readonly Term[];
}

/** The search page's facets. The questions are the handbook's question pages (id and title), read by the build. */
export function searchFacets(questions: readonly Term[]): Facet[] {
  return [
    { name: 'kind', label: 'Page kind', terms: COLLECTIONS.map((value) => ({ value, label: PAGE_KINDS[value].label })) },
    { name: 'question', label: 'Question', terms: questions },
    { name: 'sector', label: 'Sector', terms: sectors },
    { name: 'region', label: 'Region', terms: regions },
    { name: 'type', label: 'Collaboration type', terms: collaborationTypes },
  ];
}

/**
 * The values each facet allows, facets in order. A page's script reads them from the page's own checkboxes
 * (`facetValues(boxes)`), which the build wrote from the facets, so the script carries no list of its own.
 */
export type FacetValues = ReadonlyMap<string, readonly string[]>;

export function facetValues(boxes: Iterable<{ name: string; value: string }>): FacetValues {
  const values = new Map<string, string[]>();
  for (const { name, value } of boxes) {
    const list = values.get(name) ?? [];
    if (!list.includes(value)) values.set(name, [...list, value]);
  }
  return values;
}

/** What a page contributes to each facet. */
export interface PageFacets {
  kind: string;
  questions?: readonly string[];
  sectors?: readonly string[];
  regions?: readonly string[];
  collaborationType?: string | undefined;
}

/** Each facet after the page kind, and the field whose values a page gives it. */
const FACET_FIELDS = { question: 'questions', sector: 'sectors', region: 'regions', type: 'collaborationType' } as const;

/**
 * What a page contributes to the facets besides its kind: the values of its fields of the same names (a field
 * naming pages gives their ids). A question's page is filed under itself.
 */
export function pageFacets(collection: CollectionName, id: string, data: Record<string, unknown>): Omit<PageFacets, 'kind'> {
  const facets: Record<string, unknown> = collection === 'questions' ? { questions: [id] } : {};
  const names: readonly string[] = Object.values(FACET_FIELDS);
  for (const field of fieldsOf(collection).filter((f) => names.includes(f.name))) {
    const value = data[field.name];
    facets[field.name] = field.type === 'pages' ? (value as { id: string }[]).map((ref) => ref.id) : value;
  }
  return facets;
}

/** A page's filter values, one `name:value` pair each, as Pagefind's `data-pagefind-filter` takes them. */
export function pagefindFilters(page: PageFacets): string[] {
  const pairs = Object.entries(FACET_FIELDS).map(([name, field]) => [name, [page[field] ?? []].flat()] as const);
  return [['kind', [page.kind]] as const, ...pairs].flatMap(([name, values]) => values.map((value) => `${name}:${value}`));
}

/** A search as the reader set it: the words and the chosen values of each facet. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** Reads a search from an address's query string; unknown facets and values are ignored. */
export function parseSearchState(search: string, allowed: FacetValues): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!allowed.get(name)?.includes(value)) continue;
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a query string (with its leading `?`, or empty), facets in a fixed order. */
export function serializeSearchState(state: SearchState, allowed: FacetValues): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of allowed.keys()) for (const value of state.filters[name] ?? []) params.append(name, value);
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
