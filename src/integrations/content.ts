/**
 * Checks every page before the build renders any (src/lib/check/check-content.node.ts: schemas, the MDX guard,
 * limits, links and anchors) and hands the pages two modules: `virtual:handbook/wiki`, the wiki data (link
 * graph and git history, src/lib/wiki/wiki.ts), and `virtual:handbook/curation`, the curation desk's lists
 * (src/lib/curation/curation.ts) with the day they were made for. Any problem stops the build with every file, line
 * and message; warnings are logged and the build goes on. Under `astro dev` problems are warnings too, and
 * everything is recomputed when content changes.
 *
 * During `astro build` the check starts in a process of its own (src/integrations/content-process.ts) while Astro
 * reads the pages, and bundling waits for its verdict before it compiles any page (verdict first: a page the guard
 * refuses never reaches the compiler). The check shares its pages out among the processor's cores
 * (src/lib/check/check-workers.node.ts), since nothing else of the build can go on meanwhile.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDay } from '../lib/core/dates';
import { newPrintMark, PRINT_MARK_FILE, PRINT_MARK_VARIABLE } from '../lib/render/print-document';
import { buildDay } from '../lib/wiki/review';
import { shareContentCheck } from './check-state';
import { DATA_FILES, writeContentData, type ContentReport } from './content-data';

const MODULES = { wiki: 'virtual:handbook/wiki', curation: 'virtual:handbook/curation' } as const;
const resolved = (id: string) => `\0${id}`;

/**
 * A module whose data is the JSON file `file`, read when the pages are rendered. Written into the module, a large
 * handbook's data (23 MB at 10,000 pages) was parsed, transformed and held by the bundler for nothing.
 */
const dataModule = (file: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`;

/** Logs a report; returns the problems, if any. */
function log(report: ContentReport, logger: AstroIntegrationLogger): string {
  logger.info(report.info);
  if (report.historyWarning) logger.warn(report.historyWarning);
  if (report.warnings) logger.warn(report.warnings);
  return report.problems;
}

/** Runs the check in a process of its own, which writes the modules' data into `folder`; resolves to its report. */
function checkInOwnProcess(root: string, today: Date, folder: string): Promise<ContentReport> {
  const script = fileURLToPath(new URL('./content-process.ts', import.meta.url));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, root, isoDay(today), folder], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as ContentReport);
      else fail(new Error(`The content check stopped before it finished:\n${errors}`));
    });
  });
}

export function content(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'handbook-content',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command === 'preview') return;
        // This build's mark around each page's text for /print/ (src/lib/render/print-document.ts): random, so no page can
        // write it; handed to the pages through the environment and to the build's second step in dist/.
        process.env[PRINT_MARK_VARIABLE] ??= newPrintMark();
        const root = fileURLToPath(config.root);
        // "Today" is decided once per build, so every page's review notice and the curation desk agree.
        const today = buildDay(process.env, new Date());
        // This run's own folder for the modules' data, removed when the process ends (after a build, a failed
        // build, `astro sync` or the development server alike).
        const folder = mkdtempSync(join(tmpdir(), 'handbook-modules-'));
        process.once('exit', () => rmSync(folder, { recursive: true, force: true }));

        /** Under `astro dev` (and `astro sync`): in this process, now and after every change; problems are warnings. */
        const computeHere = async () => {
          const problems = log(await writeContentData(root, today, folder), logger);
          if (problems) logger.warn(problems);
        };

        // What bundling waits for before it compiles any page: under `astro build`, the check's own process; its
        // problems, if any.
        let checked: Promise<string>;
        if (command === 'build') {
          checked = checkInOwnProcess(root, today, folder).then(
            (report) => {
              const problems = log(report, logger);
              // Shown as soon as they are known; the build stops when bundling ends.
              if (problems) logger.error(problems);
              return problems;
            },
            (error: Error) => error.message,
          );
          shareContentCheck(checked);
        } else {
          await computeHere();
          checked = Promise.resolve('');
        }

        outDir = fileURLToPath(config.outDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook-wiki',
                resolveId: (id: string) => (Object.values(MODULES).includes(id as never) ? resolved(id) : undefined),
                load: (id: string) => {
                  if (id === resolved(MODULES.wiki)) return dataModule(join(folder, DATA_FILES.wiki));
                  if (id === resolved(MODULES.curation)) return dataModule(join(folder, DATA_FILES.curation));
                  return undefined;
                },
                // Verdict first: no page reaches the MDX compiler or the bundler before the guard has accepted every
                // page. A page the guard refuses could otherwise crash the compiler before its verdict, or have the
                // bundler print a file of the build machine that it imports into the build log.
                async buildStart() {
                  if (this.environment.mode !== 'build') return;
                  const problems = await checked;
                  if (!problems) return;
                  rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
                  throw Object.assign(new Error('The handbook was not built: see the problems listed above.'), { stack: '' });
                },
                async buildEnd(error) {
                  // Only a build's bundling waits: Vite also ends the short-lived server Astro reads the content with.
                  if (this.environment.mode !== 'build') return;
                  // Also when bundling failed (a page's MDX, say): the check's list is printed before the build stops.
                  const problems = await checked;
                  if (!problems || error) return;
                  // Nothing is published while a page breaks a rule: no half-built handbook. The problems are
                  // listed above; a plain error without a stack prints as written.
                  rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
                  throw Object.assign(new Error('The handbook was not built: see the problems listed above.'), { stack: '' });
                },
                configureServer(server) {
                  server.watcher.on('all', async (_event, file) => {
                    if (!file.includes('/content/') && !file.includes('/public/media/')) return;
                    await computeHere();
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
      'astro:build:done': () => {
        if (outDir) writeFileSync(join(outDir, PRINT_MARK_FILE), process.env[PRINT_MARK_VARIABLE] ?? '');
      },
    },
  };
}
