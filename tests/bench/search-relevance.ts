/**
 * `npm run bench:search [-- --dist dist --out test-results/search-relevance.json]`: how well the site's search
 * answers practitioners' queries (tests/bench/search-queries.ts), against the budgets in tests/bench/budgets.ts.
 *
 * It measures the real thing: the built site in `dist/` (build it first with `npm run build:local`), served as
 * hosts serve it, and each query typed into the address of its /search/ page in Chromium, so Pagefind's own engine
 * ranks the results with the site's own settings, fallback and all. A result counts by the page it links to.
 *
 * It prints hit@1, hit@3, mean reciprocal rank and the queries that found nothing, overall and by the form of the
 * query, then every query whose answer was not first; it exits with 1 naming each budget missed.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from '../../src/cli/chromium';
import { ROUTES } from '../../src/lib/content/routes';
import { judgeRelevance } from './budgets';
import { figuresByForm, pageOfAddress, relevanceFigures, scoreQuery, type RelevanceFigures } from './relevance';
import { QUERIES } from './search-queries';
import { serve } from './search-speed';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'test-results/search-relevance.json' },
    /** Ranking parameters to try instead of the site's (JSON, as pagefind.options() takes them), when tuning. */
    ranking: { type: 'string' },
  },
});
const dist = resolve(options.dist);

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist} has no search index: build the site first (npm run build:local).`);
  process.exit(2);
}
const missing = [...new Set(QUERIES.flatMap((q) => q.pages))].filter((page) => !existsSync(join(dist, page, 'index.html')));
if (missing.length > 0) {
  console.error(`Pages the queries name are not in ${dist}: ${missing.join(', ')}. Update tests/bench/search-queries.ts.`);
  process.exit(2);
}

/**
 * Has the page's Pagefind rank with other parameters: the site's search script is served as built, and Pagefind's
 * `options()` merges these into the ranking the script asks for. For trying parameters without a rebuild.
 */
async function overrideRanking(page: Page, ranking: Record<string, unknown>) {
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind.js') && url.search === '',
    (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import * as real from './pagefind.js?real';
export * from './pagefind.js?real';
const override = ${JSON.stringify(ranking)};
export async function options(o = {}) {
  const metaWeights = { ...(o.ranking?.metaWeights ?? {}), ...(override.metaWeights ?? {}) };
  return real.options({ ...o, ranking: { ...(o.ranking ?? {}), ...override, metaWeights } });
}`,
      }),
  );
}

const { server, origin } = await serve(dist);
const browser = await chromium.launch(chromiumLaunchOptions);
const outcomes = [];
try {
  const page = await browser.newPage();
  if (options.ranking) await overrideRanking(page, JSON.parse(options.ranking) as Record<string, unknown>);
  await page.goto(`${origin}${ROUTES.search}`);
  for (const query of QUERIES) {
    // As a reader would: the words in the box, then Search. The list is busy until that search has finished.
    await page.evaluate((words) => {
      const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = words;
      form.requestSubmit();
    }, query.query);
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    const links = await page.$$eval('[data-search-results] > li', (items) =>
      items.map((item) => item.querySelector('h3 a')?.getAttribute('href') ?? ''),
    );
    outcomes.push({ query, found: links.map(pageOfAddress) });
  }
} finally {
  await browser.close();
  server.close();
}

const scores = outcomes.map(scoreQuery);
const figures = relevanceFigures(scores);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const line = (label: string, f: RelevanceFigures) =>
  `${label.padEnd(14)} ${String(f.queries).padStart(4)}  hit@1 ${percent(f.hitAt1).padStart(6)}  hit@3 ${percent(f.hitAt3).padStart(6)}  MRR ${f.meanReciprocalRank.toFixed(3)}  no result ${f.zeroResults.length}`;

const lines = [`Search relevance: ${figures.queries} practitioners' queries against the built site in ${options.dist}/`, ''];
lines.push(line('all queries', figures));
for (const [form, f] of figuresByForm(scores)) lines.push(line(`  ${form}`, f));
const misses = scores.filter((s) => s.rank !== 1);
if (misses.length > 0) {
  lines.push('', 'Queries whose answer was not first (rank of the first answer; what came first):');
  for (const s of misses) {
    const rank = s.rank ? `#${s.rank}` : s.found.length === 0 ? 'no result' : `not in ${s.found.length}`;
    lines.push(`  ${rank.padEnd(10)} "${s.query.query}" (first: ${s.found[0] ?? 'nothing'})`);
  }
}
const verdicts = judgeRelevance(figures);
lines.push('', 'Budgets:');
for (const v of verdicts) lines.push(`  ${v.met ? 'met   ' : 'MISSED'} ${v.limit}: ${v.measured}`);
console.log(lines.join('\n'));

mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, JSON.stringify({ figures, verdicts, scores }, null, 2));
if (verdicts.some((v) => !v.met)) process.exit(1);
