/**
 * The second step of `npm run build`, for what reads the built pages in `dist/`: the search index, which Pagefind
 * writes to `dist/pagefind/` (the search box loads it on demand), and the whole-handbook document at /print/, whose
 * slots are filled with each page's text as the page was built (src/lib/render/print-document.ts). Both at once: Pagefind
 * runs in a process of its own while this one fills the document.
 *
 * After Astro's build has ended, not in a hook at its end: there, Astro still held its memory while the indexer took
 * its own (at 10,000 pages 6.4 GB and 3.4 GB at once, against 7.8 GB at most for either alone), and Pagefind's Node
 * interface was slower than its command (25 s against 20 s for the same pages).
 *
 * Pages mark what is indexed with `data-pagefind-body` (the article only: no header, footer or sidebars) and their
 * filters with `data-pagefind-filter`; see `src/layouts/PageLayout.astro`.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../lib/content/page-kinds';
import { fillPrintSlots, pageTextOf, PRINT_MARK_FILE } from '../lib/render/print-document';
import { ROUTES, sitePath } from '../lib/content/routes';
import { site } from '../site.config';

/** The built site: `dist/`, or the folder given with `--dist` (a build made with `astro build --outDir`). */
const DIST = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }).values.dist;

/** This process's priority while Pagefind runs (a "nice" value: higher yields to others). */
const FILLING_PRIORITY = 10;

/**
 * The pages Pagefind reads: those of the page kinds, the only ones with a `data-pagefind-body` (the page frame),
 * which makes Pagefind leave out every page without one. Reading the rest too (the whole handbook at /print/, the
 * listings, the curation desk: nearly half the HTML of a large handbook) would change nothing but the time.
 */
const PAGES = `{${COLLECTIONS.join(',')}}/*/index.html`;

/** Runs Pagefind; resolves to what the build log says, or rejects with why it failed. */
function searchIndex(): Promise<string> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(join('node_modules', '.bin', 'pagefind'), ['--site', DIST, '--glob', PAGES]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const indexed = /Indexed (\d+) pages/.exec(output);
      if (code === 0 && indexed) done(`Search index: ${indexed[1]} pages in ${Math.round(performance.now() - started)} ms.`);
      else fail(new Error(`The search index could not be made:\n${output}`));
    });
  });
}

/** Fills the slots of /print/ with the built pages' text; returns what the build log says. */
function printDocument(): string {
  const started = performance.now();
  const file = join(DIST, sitePath(ROUTES.print), 'index.html');
  let pages = 0;
  const pieces = fillPrintSlots(
    readFileSync(file, 'utf8'),
    (url) => {
      const page = join(DIST, sitePath(url), 'index.html');
      pages += 1;
      return pageTextOf(readFileSync(page, 'utf8'), page, mark);
    },
    site.url,
    mark,
  );
  // Written beside and renamed, piece by piece: the document of a large handbook is hundreds of megabytes.
  const written = `${file}.part`;
  const fd = openSync(written, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  renameSync(written, file);
  return `The whole-handbook document: ${pages} pages in ${Math.round(performance.now() - started)} ms.`;
}

if (!existsSync(DIST)) {
  console.error(`There is no ${DIST} folder: build the site first (npm run build).`);
  process.exit(1);
}
// The build's mark around each page's text (src/lib/render/print-document.ts): read, and removed before anything is published.
const markFile = join(DIST, PRINT_MARK_FILE);
if (!existsSync(markFile)) {
  console.error(
    `${markFile} is missing: build the site with "npm run build" (astro build, then this step), not with an older build.`,
  );
  process.exit(1);
}
const mark = readFileSync(markFile, 'utf8').trim();
rmSync(markFile);
const indexing = searchIndex();
// Pagefind keeps its priority and this process takes a lower one: the document is filled with what time the
// indexer leaves over, and the indexer, the longer of the two, is not slowed.
setPriority(FILLING_PRIORITY);
// Known failures are reported after Pagefind has finished, so its own messages are not cut short.
let printed: string;
try {
  printed = printDocument();
} catch (error) {
  await indexing.catch(() => undefined);
  console.error(`The whole-handbook document (/print/) could not be made: ${(error as Error).message}`);
  process.exit(1);
}
try {
  console.log(printed);
  console.log(await indexing);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
