/**
 * A synthetic handbook of any size, for benchmarks: a copy of the project's code in a new temporary folder
 * (never in `content/`) with N generated pages (tests/bench/synthetic-pages.ts), committed to git with a
 * history like a wiki's: pages added in batches by several people over months, a tenth edited later, one in
 * a hundred renamed. Remove the folder with `removeCorpus` when done.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { syntheticPages, random, type SyntheticPage } from './synthetic-pages';

const root = resolve(import.meta.dirname, '../..');

/** What is not copied: the handbook's own pages, tests, build output and caches. */
const NOT_COPIED = new Set(['.git', 'content', 'tests', 'node_modules', 'dist', '.astro', 'test-results', 'playwright-report']);

/** Caches in node_modules that each project keeps for itself (Astro's content store, Vite's, the checker's). */
const OWN_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export interface Corpus {
  dir: string;
  pages: number;
  files: SyntheticPage[];
}

/**
 * A node_modules folder that links to the project's packages one by one, so the temporary project resolves the
 * same code while its caches stay in its own folder (and a build there cannot touch the project's).
 */
export function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Runs git in `dir` as the given author, at the given date. */
function git(dir: string, author: string, date: Date, ...args: string[]) {
  const email = `${author.toLowerCase().replace(/\W+/g, '.')}@example.org`;
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: date.toISOString(),
      GIT_COMMITTER_NAME: author,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: date.toISOString(),
    },
  });
}

const AUTHORS = [
  'Amira Hassan',
  'Ben Okafor',
  'Catrin Jones',
  'Dev Patel',
  'Eilidh Ross',
  'Farah Khan',
  'Gareth Lewis',
  'Hana Novak',
];

/** Writes a project with `count` pages into a new temporary folder and commits it with history. */
export function writeCorpus(count: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `handbook-corpus-${count}-`));
  for (const item of readdirSync(root)) {
    if (!NOT_COPIED.has(item)) cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  linkNodeModules(dir);
  const files = syntheticPages(count);
  const rand = random(count + 1);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  // One page in a hundred starts under an older name and is renamed later; a tenth is first written shorter.
  const renamed = new Set(files.filter(() => rand() < 0.01));
  const edited = new Set(files.filter(() => rand() < 0.1));
  const firstName = (page: SyntheticPage) => (renamed.has(page) ? page.file.replace(/\.mdx$/, '-draft.mdx') : page.file);
  const firstText = (page: SyntheticPage) =>
    edited.has(page) ? `${page.text}\nThis page is a draft, to be checked against its sources.\n` : page.text;

  const day = 86_400_000;
  let date = Date.UTC(2024, 0, 8);
  git(dir, AUTHORS[0]!, new Date(date), 'init', '-q', '-b', 'main');
  git(dir, AUTHORS[0]!, new Date(date), 'add', '-A');
  git(dir, AUTHORS[0]!, new Date(date), 'commit', '-q', '-m', 'The handbook’s code');
  const batches = 12;
  for (let b = 0; b < batches; b++) {
    const batch = files.filter((_, i) => i % batches === b);
    for (const page of batch) write(firstName(page), firstText(page));
    date += 7 * day;
    git(dir, AUTHORS[b % AUTHORS.length]!, new Date(date), 'add', '-A');
    git(dir, AUTHORS[b % AUTHORS.length]!, new Date(date), 'commit', '-q', '--allow-empty', '-m', `Add ${batch.length} pages`);
  }
  for (const page of renamed) renameSync(join(dir, firstName(page)), join(dir, page.file));
  date += 3 * day;
  git(dir, AUTHORS[3]!, new Date(date), 'add', '-A');
  git(dir, AUTHORS[3]!, new Date(date), 'commit', '-q', '--allow-empty', '-m', 'Give some pages clearer names');
  const edits = [...edited];
  for (let e = 0; e < 6; e++) {
    for (const page of edits.filter((_, i) => i % 6 === e)) write(page.file, page.text);
    date += 5 * day;
    git(
      dir,
      AUTHORS[(e + 5) % AUTHORS.length]!,
      new Date(date),
      'commit',
      '-q',
      '--allow-empty',
      '-am',
      `Update pages from new sources (${e + 1})`,
    );
  }
  return { dir, pages: count, files };
}

/** Deletes a corpus (or any temporary project) folder. */
export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
