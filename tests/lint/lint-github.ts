/**
 * `npm run lint:github`: checks the workflows, issue forms, issue chooser and Dependabot settings under .github/
 * (tests/lint/github-files.ts), and prints every problem as `file:line:column message` (or as annotations on a
 * pull request when run in GitHub Actions). Exits 1 when there is any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentProblems } from '../../src/lib/check/check-content.node.ts';
import { checkerFor } from './github-files';

/** Every file under .github/, relative to the project, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const checked = filesUnder('.github').flatMap((file) => {
  const check = checkerFor(file);
  return check ? [{ file, problems: check(file, readFileSync(file, 'utf8')) }] : [];
});
const problems = checked.flatMap((c) => c.problems);

if (problems.length === 0) {
  console.log(`No problems: checked ${checked.length} GitHub files (${checked.map((c) => c.file).join(', ')}).`);
} else {
  console.log(formatContentProblems(problems));
  if (process.env['GITHUB_ACTIONS']) console.log(formatContentProblems(problems, true));
  console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the GitHub files.`);
  process.exitCode = 1;
}
