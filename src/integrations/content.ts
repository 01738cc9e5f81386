/**
 * Checks every page before the build renders any (src/lib/check-content.ts: schemas, the MDX guard,
 * limits, links and anchors) and hands the pages two modules: `virtual:handbook/wiki`, the wiki data (link
 * graph and git history, src/lib/wiki.ts), and `virtual:handbook/curation`, the curation desk's lists
 * (src/lib/curation.ts) with the day they were made for. Any problem stops the build with every file, line
 * and message; warnings are logged and the build goes on. Under `astro dev` problems are warnings too, and
 * everything is recomputed when content changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatContentProblems } from '../lib/check-content';
import { curationOf, type CurationReport } from '../lib/curation';
import { buildDay } from '../lib/review';
import { wikiData, type WikiData } from '../lib/wiki';

const MODULES = { wiki: 'virtual:handbook/wiki', curation: 'virtual:handbook/curation' } as const;
const resolved = (id: string) => `\0${id}`;

export function content(): AstroIntegration {
  return {
    name: 'handbook-content',
    hooks: {
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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-wiki',
                resolveId: (id: string) => (Object.values(MODULES).includes(id as never) ? resolved(id) : undefined),
                load: (id: string) => {
                  if (id === resolved(MODULES.wiki)) return `export default ${JSON.stringify(data.wiki)};`;
                  if (id === resolved(MODULES.curation)) return `export default ${JSON.stringify(data.curation)};`;
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
