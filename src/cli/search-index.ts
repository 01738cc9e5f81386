/**
 * The second step of `npm run build`: Pagefind reads the built pages in `dist/` and writes the search index to
 * `dist/pagefind/`, which the search box loads on demand.
 *
 * It runs after Astro's build has ended, in a process of its own, rather than in an integration hook at the end of
 * the build: there, Astro still held its memory while the indexer took its own (at 10,000 pages 6.4 GB and 3.4 GB at
 * once, against 7.8 GB at most for either alone), and Pagefind's Node interface was slower than its command (25 s
 * against 20 s for the same pages).
 *
 * Pages mark what is indexed with `data-pagefind-body` (the article only: no header, footer or sidebars) and their
 * filters with `data-pagefind-filter`; see `src/layouts/PageLayout.astro`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../lib/page-kinds';

const DIST = 'dist';

/**
 * The pages read: those of the page kinds, the only ones with a `data-pagefind-body` (the page frame), which
 * makes Pagefind leave out every page without one. Reading the rest too (the whole handbook at /print/, the
 * listings, the curation desk: nearly half the HTML of a large handbook) would change nothing but the time.
 */
const PAGES = `{${COLLECTIONS.join(',')}}/*/index.html`;

if (!existsSync(DIST)) {
  console.error('There is no dist/ folder to index: build the site first (npm run build).');
  process.exit(1);
}
const started = performance.now();
const run = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', DIST, '--glob', PAGES], { encoding: 'utf8' });
const indexed = /Indexed (\d+) pages/.exec(run.stdout ?? '');
if (run.status !== 0 || !indexed) {
  console.error(`The search index could not be made:\n${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}`);
  process.exit(1);
}
console.log(`Search index: ${indexed[1]} pages in ${Math.round(performance.now() - started)} ms.`);
