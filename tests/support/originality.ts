/**
 * Finds passages a page shares word for word with a source text, so that the handbook stays
 * in its own words. Marked quotations are the exception: short text in quotation marks and
 * blockquote lines are left out before comparing.
 */

/** How many consecutive shared words count as copying. */
export const COPY_RUN_WORDS = 12;

/** Lower-case words with punctuation removed, so formatting and typography do not hide a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** A quotation longer than this is not "short" and is compared like the rest of the page. */
import { QUOTE_MAX_WORDS } from '../../src/lib/content/content-components';

const isShort = (quote: string) => words(quote).length <= QUOTE_MAX_WORDS;

/** The page text without its short marked quotations: “…” and "…" spans and `>` blockquote lines. */
export function withoutQuotations(text: string): string {
  return text
    .split('\n')
    .filter((line) => !(/^\s*>/.test(line) && isShort(line)))
    .join('\n')
    .replace(/“[^”\n]*”|"[^"\n]*"/g, (quote) => (isShort(quote) ? ' ' : quote));
}

/** Every run of `n` words, joined with spaces. */
function runs(list: readonly string[], n: number): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) found.add(list.slice(i, i + n).join(' '));
  return found;
}

/** An index of a source's runs, built once and reused for every page. */
export function indexSource(source: string, n = COPY_RUN_WORDS): Set<string> {
  return runs(words(source), n);
}

/** The runs of `n` words that a page shares with an indexed source (empty when none). */
export function sharedRuns(page: string, source: Set<string>, n = COPY_RUN_WORDS): string[] {
  return [...runs(words(withoutQuotations(page)), n)].filter((run) => source.has(run));
}
