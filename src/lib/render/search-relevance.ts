/**
 * How the handbook's search ranks pages: the settings Pagefind is given and what the search script does with a
 * reader's words before and after Pagefind ranks them. Every choice here was measured with `npm run bench:search`
 * (practitioners' queries in tests/bench/search-queries.ts); change one only with the benchmark's figures.
 *
 * Runs in the browser (the search box and /search/) and in the build (the page frame's weights), so it imports
 * nothing that needs Node.
 */

/**
 * Pagefind's ranking parameters (https://pagefind.app/docs/ranking/), passed to `pagefind.options()`. Pagefind's
 * defaults are termFrequency 1, termSimilarity 1, pageLength 0.75, termSaturation 1.4 and metaWeights { title: 5 };
 * the benchmark chose those that differ. Tried and left at the default: termFrequency 0 to 0.6, pageLength 0 to 1
 * and termSaturation 0.5 to 2 (each lost one to three queries), a title weight of 3 or 10 (no better).
 */
export const RANKING = {
  /** Words close in length to the one typed rank higher than long extensions of it ("fee" before "feedback"). */
  termSimilarity: 6,
  /**
   * Metadata is searched with the text; a match lifts a page by its weight times how much of the query it covers.
   * `terms` are the glossary names of what a page is about and `mentions` the rest (src/lib/render/search-terms.ts).
   * Summary tried at 2, 3 and 10, terms at 2 and 5, mentions at 0.3 and 3: none better.
   */
  metaWeights: { title: 5, summary: 5, terms: 10, mentions: 1 },
} as const;

/**
 * Weights of parts of a page in Pagefind's index (`data-pagefind-weight`, 0 to 10; plain text is 1, and Pagefind
 * gives headings h1 7, h2 6, h3 5). The summary under the title says what the page is for in a sentence or two,
 * and a case study's facts name its organisations, places and sectors.
 */
export const CONTENT_WEIGHTS = {
  summary: 1,
  facts: 1,
} as const;

/** The `data-pagefind-weight` of a part weighing `weight`: none when it weighs as plain text does. */
export function pagefindWeight(weight: number): number | undefined {
  return weight === 1 ? undefined : weight;
}

/**
 * Words that say how a reader asks rather than what about ("how do we …", "what does … mean"). Pagefind finds only
 * pages holding every word of a query, so a question's "does" or "us" would rule out the page that answers it, and
 * words on every page add nothing to its rank. A query made only of such words is searched as typed.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or if so to of in on at for with from by as it its this that these those there be is are was were ' +
    'do does did done can could should would will shall may might must what how why when where who whom which ' +
    'i me my we us our you your they them their'
  ).split(' '),
);

/** The words of a query that Pagefind should look for: the query without function words, or as typed if that leaves none. */
export function searchWords(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Below this many pages holding every word, the pages holding some of the words follow them: a reader's extra word
 * ("client", "halfway") should not hide the page that answers the rest. The header's quick results show five.
 */
export const FEW_RESULTS = 5;

/** One page as a search for one word ranked it. */
export interface Ranked {
  id: string;
  score: number;
}

/**
 * The pages found by searching each word of a query alone, as one list: pages holding more of the words first, and
 * among those, the higher sum of their scores for each word; only pages with at least `minWords` of the words.
 */
export function mergeAnyWord<R extends Ranked>(perWord: readonly (readonly R[])[], minWords = 1): R[] {
  const pages = new Map<string, { result: R; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = pages.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else pages.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...pages.values()]
    .filter((page) => page.words >= minWords)
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((page) => page.result);
}

/** A part of a page Pagefind matched: the page's top, or a section under a heading with an id. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
  weighted_locations: readonly { balanced_score: number }[];
}

/**
 * The section of a page that best matches the words, to link straight to it: the one under a heading whose matches
 * weigh most. Undefined when the words are found only above the page's first section (its title and summary).
 */
export function bestSection<S extends SubResult>(subResults: readonly S[]): S | undefined {
  let best: S | undefined;
  let bestWeight = 0;
  for (const sub of subResults) {
    if (!sub.anchor) continue;
    const weight = sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
    if (weight > bestWeight) [best, bestWeight] = [sub, weight];
  }
  return best;
}
