/**
 * The handbook's speed and weight budgets: the one place they are written. `npm run bench` measures a synthetic
 * 10,000-page handbook against them and fails, naming each budget it misses. Raise a budget only with a reason
 * in the commit that does.
 */
export const BUDGETS = {
  /**
   * The whole build (content check, history, pages, search index) may take at most this many times as long as a
   * bare Astro + MDX + Pagefind build of the same pages, timed in the same run: contributors wait for it on every
   * pull request, and the guard and the wiki must not make that wait much longer than Astro's own.
   */
  buildTimeRatio: 1.15,
  /** Peak memory of the build (every process of it) at most this many times the bare build's: CI machines are small. */
  buildMemoryRatio: 1.1,
  /** The whole build under this many times Starlight's on the same pages: a documentation site's build is the peer. */
  starlightTimeRatio: 1,
  /** Bytes a content page of any kind costs on load, gzip -9, HTML + CSS + JS: readers on phones pay for every one. */
  contentPageBytes: 15_000,
  /** From the last keystroke of a first search to its first results on screen: anything slower feels broken. */
  searchMs: 300,
  /**
   * Bytes a reader's first search transfers after the page loaded (Pagefind's script, engine, index and results), at
   * most this many times what the bare site's Pagefind interface transfers for the same query. Pagefind's own script,
   * engine and page list are about 155 kB at 10,000 pages, so a fixed number of bytes was no budget: the floor is.
   */
  searchBytesRatio: 1.1,
} as const;

export interface BudgetFigures {
  buildTimeRatio: number;
  buildMemoryRatio: number;
  starlightTimeRatio: number;
  /** The heaviest content page template's bytes on load, with its name. */
  contentPage: { bytes: number; template: string };
  searchMs: number;
  searchBytesRatio: number;
}

export interface BudgetVerdict {
  budget: keyof typeof BUDGETS | keyof typeof RELEVANCE_BUDGETS;
  limit: string;
  measured: string;
  met: boolean;
}

/** Each budget with the figure measured against it. */
export function judge(figures: BudgetFigures): BudgetVerdict[] {
  const times = (n: number) => `${n.toFixed(2)}x`;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  return [
    {
      budget: 'buildTimeRatio',
      limit: `build time at most ${times(BUDGETS.buildTimeRatio)} the bare build's`,
      measured: times(figures.buildTimeRatio),
      met: figures.buildTimeRatio <= BUDGETS.buildTimeRatio,
    },
    {
      budget: 'buildMemoryRatio',
      limit: `peak memory at most ${times(BUDGETS.buildMemoryRatio)} the bare build's`,
      measured: times(figures.buildMemoryRatio),
      met: figures.buildMemoryRatio <= BUDGETS.buildMemoryRatio,
    },
    {
      budget: 'starlightTimeRatio',
      limit: `build time under ${times(BUDGETS.starlightTimeRatio)} Starlight's`,
      measured: times(figures.starlightTimeRatio),
      met: figures.starlightTimeRatio < BUDGETS.starlightTimeRatio,
    },
    {
      budget: 'contentPageBytes',
      limit: `a content page at most ${kb(BUDGETS.contentPageBytes)} gzip on load`,
      measured: `${kb(figures.contentPage.bytes)} (${figures.contentPage.template})`,
      met: figures.contentPage.bytes <= BUDGETS.contentPageBytes,
    },
    {
      budget: 'searchMs',
      limit: `first search result at most ${BUDGETS.searchMs} ms after the last keystroke`,
      measured: `${Math.round(figures.searchMs)} ms`,
      met: figures.searchMs <= BUDGETS.searchMs,
    },
    {
      budget: 'searchBytesRatio',
      limit: `first search at most ${times(BUDGETS.searchBytesRatio)} the bytes of the bare site's`,
      measured: times(figures.searchBytesRatio),
      met: figures.searchBytesRatio <= BUDGETS.searchBytesRatio,
    },
  ];
}

/**
 * How well search must answer practitioners' queries (tests/bench/search-queries.ts), measured by
 * `npm run bench:search` on the handbook's own built pages: shares of all queries.
 */
export const RELEVANCE_BUDGETS = {
  /** Queries whose first result answers them: a reader on a phone often reads no further. */
  hitAt1: 0.9,
  /** Queries with an answer among the first three: what the header's quick results show without scrolling. */
  hitAt3: 0.97,
  /** Queries that find no page at all: a dead end, when some page always says something about the words. */
  zeroResults: 0,
} as const;

/** Each relevance budget with the figure measured against it. */
export function judgeRelevance(figures: {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  zeroResults: readonly string[];
}): BudgetVerdict[] {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  return [
    {
      budget: 'hitAt1',
      limit: `an answer first for at least ${percent(RELEVANCE_BUDGETS.hitAt1)} of queries`,
      measured: percent(figures.hitAt1),
      met: figures.hitAt1 >= RELEVANCE_BUDGETS.hitAt1,
    },
    {
      budget: 'hitAt3',
      limit: `an answer in the first three for at least ${percent(RELEVANCE_BUDGETS.hitAt3)} of queries`,
      measured: percent(figures.hitAt3),
      met: figures.hitAt3 >= RELEVANCE_BUDGETS.hitAt3,
    },
    {
      budget: 'zeroResults',
      limit: `at most ${RELEVANCE_BUDGETS.zeroResults} queries with no result`,
      measured: `${figures.zeroResults.length}${figures.zeroResults.length ? ` (${figures.zeroResults.map((q) => `"${q}"`).join(', ')})` : ''}`,
      met: figures.zeroResults.length <= RELEVANCE_BUDGETS.zeroResults,
    },
  ];
}
