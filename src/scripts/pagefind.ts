/**
 * Loads Pagefind's search library on first use, from the index the build wrote to `/pagefind/`.
 * Under `astro dev` there is no index yet; the caller is told so instead of seeing an error.
 */
import { BASE, FILES } from '../lib/core/base-path';
import { bestSection, FEW_RESULTS, mergeAnyWord, RANKING, searchWords, type SubResult } from '../lib/render/search-relevance';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The page's top and each section under a heading with an id that holds the words, in page order. */
  sub_results: SubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindApi {
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
  /** Loads the parts of the index a search for these words will read, without searching. */
  preload: (query: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (options: Record<string, unknown>) => Promise<void>;
}

/** Said wherever search is offered but no index exists, as under `astro dev`. */
export const NEEDS_BUILD =
  'Search works on the built site only. Run "npm start" (or "npm run build" then "npm run preview") to try it.';

let loading: Promise<PagefindApi | undefined> | undefined;

/** The Pagefind API, or undefined when there is no index (development) or it failed to load. */
export function loadPagefind(): Promise<PagefindApi | undefined> {
  if (import.meta.env.DEV) return Promise.resolve(undefined);
  loading ??= (async () => {
    try {
      // The index is written after the build, so the bundler must not try to resolve it.
      const api = (await import(/* @vite-ignore */ FILES.pagefind)) as PagefindApi;
      // Pagefind records pages at their paths in dist/; under a base path their addresses start with it.
      await api.options({ excerptLength: 24, baseUrl: BASE, ranking: RANKING });
      return api;
    } catch {
      return undefined;
    }
  })();
  return loading;
}

/**
 * The words of a query being typed whose part of the index can be loaded before the reader stops typing: those
 * of three letters or more. A shorter start of a word ("c") matches so many words that Pagefind would load a large
 * part of the index for it, only for the next keystroke to need another.
 */
export function wordsToPreload(typed: string): string {
  return typed
    .split(/\s+/)
    .filter((word) => word.length >= 3)
    .join(' ');
}

/** What a search found: first the pages holding every word of the query (`allWords` of them), then pages with some. */
export interface HandbookSearch {
  results: PagefindResult[];
  allWords: number;
}

/**
 * Searches the handbook as its search box and /search/ do: for the query's words (src/lib/render/search-relevance.ts),
 * and, when fewer than FEW_RESULTS pages hold all of them, for each word alone, adding after those the pages with
 * at least half of the words, most first (or, when no page holds them all, with any of them).
 */
export async function searchHandbook(
  pagefind: PagefindApi,
  query: string,
  filters: Record<string, unknown> = {},
): Promise<HandbookSearch> {
  const words = searchWords(query);
  const all = await pagefind.search(words || null, { filters });
  const separate = words.split(/\s+/);
  if (all.results.length >= FEW_RESULTS || separate.length < 2) return { results: all.results, allWords: all.results.length };
  const perWord = await Promise.all(separate.map(async (word) => (await pagefind.search(word, { filters })).results));
  const found = new Set(all.results.map((result) => result.id));
  let some = mergeAnyWord(perWord, Math.ceil(separate.length / 2)).filter((result) => !found.has(result.id));
  if (all.results.length + some.length === 0) some = mergeAnyWord(perWord);
  return { results: [...all.results, ...some], allWords: all.results.length };
}

/** Said of results that hold only some of the words, after those (if any) that hold them all. */
export function someWordsNote(search: HandbookSearch): string {
  const n = search.allWords;
  if (n === search.results.length) return '';
  if (n === 0) return SOME_WORDS;
  return `${n} page${n === 1 ? ' has' : 's have'} all of these words; then pages with some of them.`;
}

/** Said above results that hold only some of the words. */
export const SOME_WORDS = 'No page has all of these words; pages with some of them:';

/** A result as the search box and /search/ show it: kind, title, summary, and the section that matched best. */
export interface ShownResult {
  url: string;
  kind: string;
  title: string;
  summary: string;
  section?: { title: string; url: string; excerpt: string } | undefined;
}

export function shownResult(data: PagefindResultData): ShownResult {
  const section = bestSection(data.sub_results ?? []);
  return {
    url: data.url,
    kind: data.meta['kind'] ?? '',
    title: data.meta['title'] ?? data.url,
    summary: data.meta['summary'] ?? '',
    section: section && { title: section.title, url: section.url, excerpt: section.excerpt },
  };
}

/** One of the header's quick results: the page (kind and title), its summary, and a link to the section that matched. */
export function quickResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = result.kind;
  link.append(kind, result.title);
  item.append(link);
  if (result.summary) {
    const summary = document.createElement('span');
    summary.className = 'result-summary';
    summary.textContent = result.summary;
    item.append(summary);
  }
  if (result.section) {
    const section = document.createElement('a');
    section.className = 'result-section';
    section.href = result.section.url;
    // In a list of links, "What it is" alone would not say which page's section it opens.
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.textContent = `${result.title}, section: `;
    section.append(context, result.section.title);
    item.append(section);
  }
  return item;
}
