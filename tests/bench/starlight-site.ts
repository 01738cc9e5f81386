/**
 * A peer for the handbook's build: Starlight, Astro's own documentation site, publishing the same pages. It is
 * installed from npm into a temporary folder of its own (with the Astro the handbook uses), the synthetic pages go
 * into its `docs` collection, each importing the two components pages use (Starlight renders pages without a
 * components map), and `astro build` runs Starlight's whole build, its Pagefind index included.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { COMPONENT_FILES } from './bare-site';
import type { Corpus } from './synthetic-corpus';

const root = resolve(import.meta.dirname, '../..');
const installed = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** The Starlight release the comparison is made with: the latest for Astro 7 when it was written. */
export const STARLIGHT_VERSION = '0.42.9';

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: 'Handbook' })] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  ...COMPONENT_FILES,
};

/** The page with only what Starlight's schema takes from its frontmatter (a title), and the components imported. */
function starlightPage(text: string): string {
  const end = text.indexOf('\n---\n', 4);
  const frontmatter = text.slice(4, end);
  const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? 'Untitled';
  const imports =
    "import Quote from '../../../components/Quote.astro';\nimport Callout from '../../../components/Callout.astro';\n";
  return `---\ntitle: ${title}\n---\n\n${imports}\n${text.slice(end + 5)}`;
}

/** Writes and installs the Starlight site for a corpus's pages in a new temporary folder; returns the folder. */
export function writeStarlightSite(corpus: Corpus): string {
  const dir = mkdtempSync(join(tmpdir(), `starlight-${corpus.pages}-`));
  const packageJson = {
    name: 'starlight-peer',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: installed('astro') },
  };
  const files = { ...FILES, 'package.json': JSON.stringify(packageJson, null, 2) };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const page of corpus.files) {
    const file = join(dir, 'src/content/docs', page.kind, `${page.id}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, starlightPage(page.text));
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: 'inherit' });
  return dir;
}
