/**
 * The yardstick for the handbook's build: the barest Astro site that publishes the same pages. Astro with
 * @astrojs/mdx (Astro's default Markdown processor), one content collection per page kind read by the glob
 * loader with no schema, one `[id].astro` route per kind rendering `<Content/>` in a plain layout, and
 * `pagefind --site dist` after the build. Its one search page uses Pagefind's own interface, as a bare Pagefind site
 * does: what it transfers for a first search is the floor the handbook's search is measured against. Written into a new temporary folder from a synthetic corpus's files.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { linkNodeModules, type Corpus } from './synthetic-corpus';

/** The two components pages use, as plain as they can be: the bare site's and Starlight's. */
export const COMPONENT_FILES: Record<string, string> = {
  'src/components/Quote.astro': `---
const { source, year } = Astro.props;
---
<figure><blockquote><slot /></blockquote><figcaption>{source}{year ? \`, \${year}\` : ''}</figcaption></figure>
`,
  'src/components/Callout.astro': `---
const { type } = Astro.props;
---
<div class={\`callout callout-\${type}\`} role="note"><slot /></div>
`,
};

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-astro-site', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ site: 'https://example.org', trailingSlash: 'always', integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const kinds = ${JSON.stringify(COLLECTIONS)};
export const collections = Object.fromEntries(
  kinds.map((kind) => [kind, defineCollection({ loader: glob({ pattern: '*.mdx', base: \`./content/\${kind}\` }) })]),
);
`,
  'src/layouts/Plain.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`,
  'src/pages/search.astro': `<html lang="en">
  <head><meta charset="utf-8" /><title>Search</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet" /></head>
  <body><main><h1>Search</h1><div id="search"></div></main>
    <script is:inline src="/pagefind/pagefind-ui.js"></script>
    <script is:inline>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script>
  </body>
</html>
`,
  ...COMPONENT_FILES,
};

/** The route of one page kind. */
function route(kind: string): string {
  return `---
import { getCollection, render } from 'astro:content';
import Plain from '../../layouts/Plain.astro';
import Quote from '../../components/Quote.astro';
import Callout from '../../components/Callout.astro';
export async function getStaticPaths() {
  return (await getCollection('${kind}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Plain title={entry.data.title}><Content components={{ Quote, Callout }} /></Plain>
`;
}

/** The bare site's search box: Pagefind's default interface. */
export const BARE_SEARCH = { input: '.pagefind-ui__search-input', results: '.pagefind-ui__results' };

/** Writes the bare site for a corpus's pages into a new temporary folder; returns the folder. */
export function writeBareSite(corpus: Corpus): string {
  const dir = mkdtempSync(join(tmpdir(), `bare-astro-${corpus.pages}-`));
  const files = { ...FILES, ...Object.fromEntries(COLLECTIONS.map((kind) => [`src/pages/${kind}/[id].astro`, route(kind)])) };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  cpSync(join(corpus.dir, 'content'), join(dir, 'content'), { recursive: true });
  linkNodeModules(dir);
  return dir;
}
