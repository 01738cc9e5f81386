/**
 * Checks every page before the build renders any (src/lib/check-content.ts: schemas, the MDX guard,
 * limits, links and anchors) and hands the pages two modules: `virtual:handbook/wiki`, the wiki data (link
 * graph and git history, src/lib/wiki.ts), and `virtual:handbook/curation`, the curation desk's lists
 * (src/lib/curation.ts) with the day they were made for. Any problem stops the build with every file, line
 * and message; warnings are logged and the build goes on. Under `astro dev` problems are warnings too, and
 * everything is recomputed when content changes.
 */
import type { AstroIntegration } from 'astro';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatContentProblems } from '../lib/check-content';
import { curationOf, type CurationReport } from '../lib/curation';
import { buildDay } from '../lib/review';
import { wikiData, type WikiData } from '../lib/wiki';

const MODULES = { wiki: 'virtual:handbook/wiki', curation: 'virtual:handbook/curation' } as const;
const resolved = (id: string) => `\0${id}`;

/**
 * Each module's data is written to a JSON file that the module reads when the pages are rendered, instead of being
 * written into the module: bundled as code, a large handbook's data (23 MB at 10,000 pages) was parsed, transformed
 * and held by the bundler for nothing. The files are the build's own (a new folder each time), so two builds at once
 * never read each other's.
 */
function dataModule(file: string, data: unknown): string {
  writeFileSync(file, JSON.stringify(data));
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`;
}

export function content(): AstroIntegration {
  // Where this build's module data is written (dataModule), removed when the build is done.
  let dataDir: string | undefined;
  return {
    name: 'handbook-content',
    hooks: {
      'astro:build:done': () => {
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        // "Today" is decided once per build, so every page's review notice and the curation desk agree.
        const today = buildDay(process.env, new Date());
        const compute = (): { wiki: WikiData; curation: CurationReport } => {
          const started = performance.now();
          const report = checkContent(root, { cache: true });
          const checkMs = performance.now() - started;
          const { data, historyMs } = wikiData(report.graph, root);
          logger.info(
            `Checked ${report.pages} pages in ${Math.round(checkMs)} ms; link graph ${Math.round(report.graphMs)} ms, history ${Math.round(historyMs)} ms.`,
          );
          if (!data.historyKnown) logger.warn(`Page dates and editors are unknown: ${data.historyNote}.`);
          if (report.warnings.length > 0) {
            const n = report.warnings.length;
            logger.warn(
              [
                `${n} warning${n === 1 ? '' : 's'} (the build goes ahead; the curation desk at /curation/ lists them too):`,
                formatContentProblems(report.warnings).replace(/^/gm, '  '),
              ].join('\n'),
            );
          }
          if (report.problems.length > 0) {
            const n = report.problems.length;
            const message = [
              `${n} problem${n === 1 ? '' : 's'} in the handbook's pages:`,
              formatContentProblems(report.problems).replace(/^/gm, '  '),
              'Fix each one, then build again ("npm run check:content" lists them again in seconds).',
            ].join('\n');
            // Nothing is published while a page breaks a rule: no half-built handbook. A plain error without a
            // stack prints as written; AstroError would render the Markdown examples in the messages as links.
            if (command === 'build') throw Object.assign(new Error(message), { stack: '' });
            logger.warn(message);
          }
          return { wiki: data, curation: curationOf(report.checked, data, today) };
        };
        let data = compute();
        dataDir = mkdtempSync(join(tmpdir(), 'handbook-modules-'));
        const modules = dataDir;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-wiki',
                resolveId: (id: string) => (Object.values(MODULES).includes(id as never) ? resolved(id) : undefined),
                load: (id: string) => {
                  if (id === resolved(MODULES.wiki)) return dataModule(join(modules, 'wiki.json'), data.wiki);
                  if (id === resolved(MODULES.curation)) return dataModule(join(modules, 'curation.json'), data.curation);
                  return undefined;
                },
                configureServer(server) {
                  server.watcher.on('all', (_event, file) => {
                    if (!file.includes('/content/') && !file.includes('/public/media/')) return;
                    data = compute();
                    for (const id of Object.values(MODULES)) {
                      const module = server.moduleGraph.getModuleById(resolved(id));
                      if (module) server.moduleGraph.invalidateModule(module);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
