/**
 * Builds the search index once the site is built: Pagefind reads the finished HTML in `dist/`
 * and writes `dist/pagefind/`, which the search box loads on demand.
 *
 * Pages mark what is indexed with `data-pagefind-body` (the article only: no header, footer or
 * sidebars) and their filters with `data-pagefind-filter`; see `src/layouts/PageLayout.astro`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { COLLECTIONS } from '../lib/page-kinds';

/**
 * The pages read: those of the page kinds, the only ones with a `data-pagefind-body` (the page frame), which
 * makes Pagefind leave out every page without one. Reading the rest too (the whole handbook at /print/, the
 * listings, the curation desk: nearly half the HTML of a large handbook) would change nothing but the time.
 */
const PAGES = `{${COLLECTIONS.join(',')}}/*/index.html`;

export function pagefind(): AstroIntegration {
  return {
    name: 'handbook-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`The search index could not be started: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: PAGES });
        if (added.errors.length > 0) throw new Error(`The search index could not read the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`The search index could not be written: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
