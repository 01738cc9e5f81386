/**
 * The content check with its pages shared out among the processor's cores: each worker thread judges every n-th
 * page (`judgePage`, which needs nothing but the page) and sends back its verdicts; the rules that need every page
 * then run in the calling thread (check-content.node.ts). A page's verdict is the same wherever it is judged. The
 * build and `npm run check:content` wait for the check, so on two cores it takes them about half the time.
 *
 * This file is both sides: imported, it starts the workers; run as one of them, it judges its share.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { finishCheck, judgePage, startCheck, type ContentReport, type PageTask, type Verdict } from './check-content.node.ts';

/**
 * Below this many pages to judge, one thread judges them all: a worker takes about half a second to load the rules,
 * longer than a small handbook's whole check.
 */
export const PAGES_PER_WORKER = 300;

/** What a worker is given: its share of the pages. The mark tells a worker of the check from any other thread. */
interface Share {
  handbookCheck: true;
  root: string;
  tasks: PageTask[];
  mediaFiles: string[];
}

/** checkContent, with the pages it has no kept verdict for judged on every core. */
export async function checkContentOnEveryCore(
  root: string,
  options: { cache?: boolean; pagesPerWorker?: number } = {},
): Promise<ContentReport> {
  const check = startCheck(root, options);
  return finishCheck(check, await judgeOnEveryCore(root, check.unjudged, check.mediaFiles, options.pagesPerWorker));
}

/** The verdicts on `tasks`, in their order. */
export async function judgeOnEveryCore(
  root: string,
  tasks: readonly PageTask[],
  mediaFiles: ReadonlySet<string>,
  pagesPerWorker = PAGES_PER_WORKER,
): Promise<Verdict[]> {
  const workers = Math.min(availableParallelism(), Math.floor(tasks.length / pagesPerWorker));
  if (workers <= 1) return tasks.map((task) => judgePage(root, task, mediaFiles));
  // Every n-th page, so that each worker gets as many long pages as short ones.
  const shares = Array.from({ length: workers }, (_, w) => tasks.filter((_, i) => i % workers === w));
  const judged = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Verdict[]>((done, fail) => {
          const data: Share = { handbookCheck: true, root, tasks: share, mediaFiles: [...mediaFiles] };
          // The rules are TypeScript: a worker loads them as the build's own processes do, through tsx.
          const worker = new Worker(new URL(import.meta.url), { workerData: data, execArgv: ['--import', 'tsx'] });
          worker.once('message', done);
          worker.once('error', fail);
          // After its message a worker exits; without one, it stopped early.
          worker.once('exit', (code) => fail(new Error(`A worker of the content check stopped (exit code ${code}).`)));
        }),
    ),
  );
  return tasks.map((_, i) => judged[i % workers]![Math.floor(i / workers)]!);
}

const share = workerData as Share | undefined;
if (parentPort && share?.handbookCheck) {
  const media = new Set(share.mediaFiles);
  parentPort.postMessage(share.tasks.map((task) => judgePage(share.root, task, media)));
}
