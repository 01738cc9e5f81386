/**
 * How fast `npm run check:content` answers: on the handbook itself and on a synthetic 5,000-page
 * handbook, including one file with several problems (all of which must be reported).
 * Run with `npm run bench:check`; it prints figures (targets: under 3 s and under 30 s).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from './synthetic-corpus';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'src/cli/check-content.ts');
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the checker as a contributor would, timing the whole command. */
function timeCheck(cwd: string): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(tsx, [cli], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, output: result.stdout + result.stderr };
}

const handbook = timeCheck(root);
console.log(
  `The handbook:        ${handbook.seconds.toFixed(2)} s (target: under 3 s) — ${handbook.output.trim().split('\n').at(-1)}`,
);

const pages = Number(process.argv[2] ?? 5000);
const corpus = writeCorpus(pages);
writeFileSync(
  join(corpus.dir, 'content/guides/guide-1.mdx'),
  '---\ntitle: X\nsummary: Short.\nlastReviewed: 2026-13-01\n---\n\n<script>alert(1)</script>\n\n[Gone](/practices/gone/) and {1 + 1}.\n',
);
const big = timeCheck(corpus.dir);
const reported = big.output.split('\n').filter((line) => line.startsWith('content/guides/guide-1.mdx:')).length;
console.log(`${pages} pages: ${big.seconds.toFixed(2)} s (target: under 30 s) — ${big.output.trim().split('\n').at(-1)}`);
console.log(`Problems reported for the one file with several: ${reported}`);
rmSync(corpus.dir, { recursive: true, force: true });
