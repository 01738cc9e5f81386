/**
 * Computes the wiki data (link graph and git history, src/lib/wiki.ts) once at the start of a build
 * and hands it to every page as the module `virtual:handbook/wiki`. A broken internal link stops the
 * build here, before any page is rendered, with every linking file and line; under `astro dev` it is
 * a warning and the data is recomputed when content changes.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { collectWiki, formatBrokenLinks, type WikiData } from '../lib/wiki';

const MODULE_ID = 'virtual:handbook/wiki';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function wiki(): AstroIntegration {
  return {
    name: 'handbook-wiki',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const compute = (): WikiData => {
          const { data, timings } = collectWiki(root);
          logger.info(`Link graph ${Math.round(timings.graphMs)} ms, history ${Math.round(timings.historyMs)} ms.`);
          if (!data.historyKnown) logger.warn(`Page dates and editors are unknown: ${data.historyNote}.`);
          if (data.broken.length > 0) {
            if (command === 'build') throw new AstroError(formatBrokenLinks(data.broken));
            logger.warn(formatBrokenLinks(data.broken));
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
                    if (!file.includes('/content/')) return;
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
