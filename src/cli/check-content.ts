/**
 * `npm run check:content`: checks every page without building the site, in seconds, and prints every
 * problem as `file:line:column message` (or as annotations on a pull request when run in GitHub Actions).
 * Exits 1 when there is any problem.
 */
import { checkContent, formatContentProblems } from '../lib/check-content';

const started = performance.now();
const report = checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const checked = `${report.pages} pages and ${report.mediaFiles} media files in ${seconds} s`;

if (report.problems.length === 0) {
  console.log(`No problems: checked ${checked}.`);
} else {
  console.log(formatContentProblems(report.problems));
  if (process.env['GITHUB_ACTIONS']) console.log(formatContentProblems(report.problems, true));
  const files = new Set(report.problems.map((p) => p.file)).size;
  console.log(
    `\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (checked ${checked}).`,
  );
  process.exitCode = 1;
}
