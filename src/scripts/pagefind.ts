/**
 * Loads Pagefind's search library on first use, from the index the build wrote to `/pagefind/`.
 * Under `astro dev` there is no index yet; the caller is told so instead of seeing an error.
 */
import { BASE, FILES } from '../lib/base-path';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
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
      await api.options({ excerptLength: 24, baseUrl: BASE });
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
