/**
 * What the build's pages are given from the content: the checker's verdict on every page (src/lib/check/check-content.node.ts),
 * the wiki data (link graph and git history, src/lib/wiki/wiki.ts) and the curation desk's lists (src/lib/curation/curation.ts),
 * with what the build log says about them. Worked out in the build's own process under `astro dev`, and in a
 * process of its own during `astro build` (src/integrations/content-process.ts), beside Astro's own work.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentProblems } from '../lib/check/check-content.node.ts';
import { checkContentOnEveryCore } from '../lib/check/check-workers.node.ts';
import { curationOf, type CurationReport } from '../lib/curation/curation';
import { wikiData, type WikiData } from '../lib/wiki/wiki';

export interface ContentData {
  wiki: WikiData;
  curation: CurationReport;
  /** The lines for the build log: what was checked and how long it took. */
  info: string;
  /** Why page dates and editors are unknown, when they are. */
  historyWarning: string | undefined;
  /** The warnings, as one message, or '' without any. */
  warnings: string;
  /** The problems, as one message, or '' without any. */
  problems: string;
}

async function contentData(root: string, today: Date): Promise<ContentData> {
  const started = performance.now();
  const report = await checkContentOnEveryCore(root, { cache: true });
  const checkMs = performance.now() - started;
  const { data, historyMs } = wikiData(report.graph, root);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return {
    wiki: data,
    curation: curationOf(report.checked, data, today),
    info: `Checked ${report.pages} pages in ${Math.round(checkMs)} ms; link graph ${Math.round(report.graphMs)} ms, history ${Math.round(historyMs)} ms.`,
    historyWarning: data.historyKnown
      ? data.historyWarnings.join('\n') || undefined
      : `Page dates and editors are unknown: ${data.historyNote}.`,
    warnings:
      report.warnings.length === 0
        ? ''
        : [
            `${count(report.warnings.length, 'warning')} (the build goes ahead; the curation desk at /curation/ lists them too):`,
            formatContentProblems(report.warnings).replace(/^/gm, '  '),
          ].join('\n'),
    problems:
      report.problems.length === 0
        ? ''
        : [
            `${count(report.problems.length, 'problem')} in the handbook's pages:`,
            formatContentProblems(report.problems).replace(/^/gm, '  '),
            'Fix each one, then build again ("npm run check:content" lists them again in seconds).',
          ].join('\n'),
  };
}

/** What the build log says of a run: the content data without the data. */
export type ContentReport = Omit<ContentData, 'wiki' | 'curation'>;

/** The files, in a run's folder, that the pages' modules read (src/integrations/content.ts). */
export const DATA_FILES = { wiki: 'wiki.json', curation: 'curation.json' } as const;

/** Works out the content data, writes the modules' files into `folder`, and returns what the build log says. */
export async function writeContentData(root: string, today: Date, folder: string): Promise<ContentReport> {
  const { wiki, curation, ...report } = await contentData(root, today);
  writeFileSync(join(folder, DATA_FILES.wiki), JSON.stringify(wiki));
  writeFileSync(join(folder, DATA_FILES.curation), JSON.stringify(curation));
  return report;
}
