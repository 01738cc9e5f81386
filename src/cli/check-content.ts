/**
 * `npm run check:content`: checks every page without building the site, in seconds, and prints every
 * problem as `file:line:column message` (or as annotations on a pull request when run in GitHub Actions).
 * Warnings (what curators may want to tidy) are printed too, but only problems fail: exits 1 when there is any.
 */
import { formatContentProblems } from '../lib/check/check-content.node.ts';
import { checkContentOnEveryCore } from '../lib/check/check-workers.node.ts';

const started = performance.now();
const report = await checkContentOnEveryCore(process.cwd(), { cache: true });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const checked = `${report.pages} pages and ${report.mediaFiles} media files in ${seconds} s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (report.warnings.length > 0) {
  console.log(formatContentProblems(report.warnings).replace(/^(\S+) /gm, '$1 warning: '));
  if (process.env['GITHUB_ACTIONS']) console.log(formatContentProblems(report.warnings, true, 'warning'));
  console.log(`\n${plural(report.warnings.length, 'warning')}: the build goes ahead, but a curator may want to tidy these.\n`);
}
if (report.problems.length === 0) {
  console.log(`No problems: checked ${checked}.`);
} else {
  console.log(formatContentProblems(report.problems));
  if (process.env['GITHUB_ACTIONS']) console.log(formatContentProblems(report.problems, true));
  const files = new Set(report.problems.map((p) => p.file)).size;
  console.log(`\n${plural(report.problems.length, 'problem')} in ${plural(files, 'file')} (checked ${checked}).`);
  process.exitCode = 1;
}
