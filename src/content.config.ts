/**
 * The handbook's collections: one per page kind, each a folder of MDX files under `content/`.
 * The page kinds and every field of each are described in `src/lib/content/page-kinds.ts`;
 * the allowed values of controlled fields are in `src/lib/content/vocabulary.ts`.
 *
 * Astro keeps the pages' parsed data between builds and clears it only when this file changes, not when a
 * schema it imports does: after changing a schema (a new field with a default, say), run `npx astro sync --force`
 * or edit this file, or pages read before the change keep their old data.
 */
import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { isAbsolute, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from './lib/content/page-kinds';
import { makeSchemas } from './lib/content/schemas';
import { checkFrontmatter, formatProblems } from './lib/content/entry-errors';
import { withSmartPunctuation } from './lib/curation/smart-punctuation';
import { CONTENT_DIR, readKnownIds } from './lib/content/content-files.node.ts';
import { contentCheckReported } from './integrations/check-state';

const schemas = makeSchemas((collection) => reference(collection));

/**
 * Astro's glob loader, with the handbook's own messages for a bad field: the file, field, given value and allowed
 * values, where Astro's names only the collection and a schema path. The schema runs once per page: the
 * handbook's reading of it only when Astro's has refused the page (and the build's content check, which runs
 * first, has already read every page with the same schema).
 */
function pagesOf(collection: CollectionName): Loader {
  // retainBody: no page reads its MDX source (the checker reads the files), and keeping it put every page's text into
  // the content store, and so into the build's bundle, a second time (81 MB at 10,000 pages).
  const files = glob({ pattern: '*.mdx', base: `./${CONTENT_DIR}/${collection}`, retainBody: false });
  return {
    name: `handbook-${collection}`,
    load: async (context) => {
      // Read once per load, not per page: one directory listing per collection.
      const known = readKnownIds(process.cwd());
      await files.load({
        ...context,
        parseData: async (entry) => {
          const path = entry.filePath ?? `${CONTENT_DIR}/${collection}/${entry.id}.mdx`;
          const file = isAbsolute(path) ? relative(process.cwd(), path) : path;
          const data = await context.parseData(entry).catch(async (error: unknown) => {
            // Astro stops at this page: first let the build's content check list every problem in the handbook.
            await contentCheckReported();
            const problems = checkFrontmatter(collection, entry.data, file, known);
            // AstroError marks this as a problem in the content for the contributor to fix, not a crash of the site.
            if (problems.length > 0) throw new AstroError(formatProblems(problems));
            throw error;
          });
          return withSmartPunctuation(collection, data);
        },
      });
    },
  };
}

type Collections = { [K in CollectionName]: { loader: Loader; schema: (typeof schemas)[K] } };

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [name, defineCollection({ loader: pagesOf(name), schema: schemas[name] })]),
) as Collections;
