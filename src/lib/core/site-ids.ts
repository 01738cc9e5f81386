/**
 * The ids the site's own page frame gives its elements, in one place: the templates take them from here,
 * and the content guard refuses a page heading whose id would take one (two elements with one id break the
 * skip link, labelled sections and in-page links).
 */
export const SITE_IDS = {
  /** The main content, target of the "Skip to content" link. */
  main: 'main-content',
  searchInput: 'site-search-input',
  searchHint: 'site-search-hint',
  searchResults: 'site-search-results',
  facts: 'facts-title',
  toc: 'toc-title',
  sources: 'sources-title',
  history: 'history-title',
  prompts: 'prompts-title',
  /** The footnotes' heading, which Sätteri writes. */
  footnotes: 'footnote-label',
} as const;

/** The prefix of the ids Sätteri gives footnotes and their references (user-content-fn-1 …). */
const SITE_ID_PREFIXES = ['user-content-'] as const;

/** True when a heading of a page must not take this id. */
export function isReservedId(id: string): boolean {
  return (Object.values(SITE_IDS) as string[]).includes(id) || SITE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
