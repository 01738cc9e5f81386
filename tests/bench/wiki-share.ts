/**
 * How much of a build the wiki costs: builds a synthetic 5,000-page handbook and prints the time spent
 * on the link graph and git history (as the build itself logs them) against the whole build.
 * Run with `npm run bench:wiki`; figures only, no pass or fail.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './synthetic-corpus';

const pages = Number(process.argv[2] ?? 5000);
const corpus = writeCorpus(pages);
console.log(`Synthetic handbook: ${pages} pages in ${corpus.dir}`);

const started = performance.now();
const build = spawnSync(process.execPath, [join(corpus.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: corpus.dir,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
});
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
  throw new Error('The synthetic build failed.');
}
const logged = /link graph (\d+) ms, history (\d+) ms/.exec(build.stdout);
if (!logged) throw new Error('The build did not log the wiki timings.');
const graphMs = Number(logged[1]);
const historyMs = Number(logged[2]);
const share = ((graphMs + historyMs) / buildMs) * 100;

console.log(`Whole build:  ${(buildMs / 1000).toFixed(1)} s`);
console.log(`Link graph:   ${graphMs} ms`);
console.log(`Git history:  ${historyMs} ms`);
console.log(`Share of the build spent on the wiki: ${share.toFixed(2)}% (target: under 5%)`);
rmSync(corpus.dir, { recursive: true, force: true });
