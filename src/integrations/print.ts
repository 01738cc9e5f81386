/**
 * Fills the whole-handbook document (/print/) with each page's text once the site is built: the text each page
 * was rendered with, fitted into the document (src/lib/print-document.ts), so no page's MDX is rendered twice.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPrintSlots, pageTextOf } from '../lib/print-document';
import { ROUTES } from '../lib/routes';
import { site } from '../site.config';

export function printDocument(): AstroIntegration {
  return {
    name: 'handbook-print',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const file = join(root, ROUTES.print, 'index.html');
        if (!existsSync(file)) return;
        let pages = 0;
        const pieces = fillPrintSlots(
          readFileSync(file, 'utf8'),
          (url) => {
            const page = join(root, url, 'index.html');
            pages += 1;
            return pageTextOf(readFileSync(page, 'utf8'), page);
          },
          site.url,
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
        logger.info(`The whole-handbook document: ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
