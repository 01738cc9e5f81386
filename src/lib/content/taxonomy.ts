/**
 * Groupings across the whole handbook, computed once per build from a plain list of pages:
 * pages per theme (with counts) and pages per question.
 */
import { COLLECTIONS, type CollectionName } from './page-kinds';
import { themes as themeTerms, type Term } from './vocabulary';

/** What a listing needs to know of a page. */
export interface PageSummary {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  themes: readonly string[];
  questions: readonly string[];
}

export interface ThemeGroup {
  theme: Term;
  pages: PageSummary[];
}

function byKindThenTitle(a: PageSummary, b: PageSummary): number {
  return COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) || a.title.localeCompare(b.title, 'en-GB');
}

/** Every theme in the vocabulary with its pages, sorted; themes without pages are kept with none. */
export function groupByTheme(pages: readonly PageSummary[]): ThemeGroup[] {
  const groups = new Map<string, ThemeGroup>(themeTerms.map((theme) => [theme.value, { theme, pages: [] }]));
  for (const page of pages) for (const theme of new Set(page.themes)) groups.get(theme)?.pages.push(page);
  for (const group of groups.values()) group.pages.sort(byKindThenTitle);
  return [...groups.values()];
}

/** The pages of one collection that name a question, sorted by title. */
export function pagesForQuestion(pages: readonly PageSummary[], question: string, collection: CollectionName): PageSummary[] {
  return pages.filter((p) => p.collection === collection && p.questions.includes(question)).sort(byKindThenTitle);
}
