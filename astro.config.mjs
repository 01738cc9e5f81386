// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { basePathAddresses } from './src/plugins/base-path.ts';
import { taskListLabels } from './src/plugins/task-lists.ts';
import { content } from './src/integrations/content.ts';
import { site } from './src/site.config.ts';
import { MDX_FEATURES } from './src/lib/core/mdx-tree.ts';
import { BASE, isPageConnections, UNLISTED } from './src/lib/content/routes.ts';

export default defineConfig({
  site: site.url,
  // The path the site is published under: "/" at a domain's root, "/handbook/" under GitHub Pages' project
  // address. One setting, BASE_PATH; every address the site writes goes through src/lib/content/routes.ts.
  base: BASE,
  trailingSlash: 'always',
  // Sätteri is Astro 7's native Markdown processor: about twice as fast as unified and lighter on
  // memory on large handbooks; it does GFM and heading ids itself. The content checker parses pages with
  // the same parser and features (src/lib/core/mdx-tree.ts), so it judges exactly what is built.
  markdown: {
    processor: satteri({ features: MDX_FEATURES, hastPlugins: [headingAnchors, basePathAddresses, taskListLabels] }),
    // No highlighting: Shiki's inline styles would break the Content Security Policy below, and Sätteri's
    // Prism step passes code in languages Prism does not know (such as mdx) through as raw HTML, which would
    // let a code block in a page inject markup. Plain code blocks are escaped by Sätteri itself.
    syntaxHighlight: false,
  },
  integrations: [
    content(),
    mdx(),
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !Object.values(UNLISTED).some((unlisted) => path.startsWith(unlisted)) && !isPageConnections(path);
      },
    }),
  ],
  // Astro 7's default ('jsx') drops the line break between a word and a link written on the next line of a
  // template ("or see<a>why it is hard</a>"); true compresses white space without losing the space a reader sees.
  compressHTML: true,
  // Styles are small; inlining them saves a render-blocking request on a phone. Eight pages are rendered at a time:
  // pages' files are written while others render (at 10,000 pages 38 s against 45 s one at a time; `npm run bench`).
  build: { inlineStylesheets: 'always', concurrency: 8 },
  // A Content Security Policy on every page: scripts and styles only from the site itself or by the
  // hash Astro computes for each inline one, so nothing a page's text smuggles in can run. Pagefind
  // compiles its WebAssembly search engine, hence 'wasm-unsafe-eval' (it allows no JavaScript eval).
  // frame-ancestors cannot be set from a <meta> tag; public/_headers sends it as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
