/**
 * Checks every page before the build renders any (src/lib/check-content.ts: schemas, the MDX guard,
 * limits, links and anchors) and hands the wiki data (link graph and git history, src/lib/wiki.ts) to
 * the pages as the module `virtual:handbook/wiki`. Any problem stops the build with every file, line and
 * message; under `astro dev` problems are warnings and everything is recomputed when content changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatContentProblems } from '../lib/check-content';
import { wikiData, type WikiData } from '../lib/wiki';

const MODULE_ID = 'virtual:handbook/wiki';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function content(): AstroIntegration {
  return {
    name: 'handbook-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const compute = (): WikiData => {
          const started = performance.now();
          const report = checkContent(root);
          const checkMs = performance.now() - started;
          const { data, historyMs } = wikiData(report.graph, root);
          logger.info(
            `Checked ${report.pages} pages in ${Math.round(checkMs)} ms; link graph ${Math.round(report.graphMs)} ms, history ${Math.round(historyMs)} ms.`,
          );
          if (!data.historyKnown) logger.warn(`Page dates and editors are unknown: ${data.historyNote}.`);
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
          return data;
        };
        let data = compute();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-wiki',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? `export default ${JSON.stringify(data)};` : undefined),
                configureServer(server) {
                  server.watcher.on('all', (_event, file) => {
                    if (!file.includes('/content/') && !file.includes('/public/media/')) return;
                    data = compute();
                    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
                    if (module) server.moduleGraph.invalidateModule(module);
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
