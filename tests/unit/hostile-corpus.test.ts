/**
 * The hostile and malformed corpus (tests/fixtures/hostile/): every case is added, one at a time, to a
 * copy of the real handbook. The checker must reject each with its own message (expected.txt: the first
 * problem's place and words), about its own files only (the rest of the handbook is unaffected); then one
 * build with every case at once must refuse to publish, naming each.
 *
 * A case's files are in its files/ folder; what git cannot hold well (symbolic links, a file name with a
 * line break) is made by its setup.json: { "symlinks": [[path, target]], "files": [[path, text]] }.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatContentProblems } from '../../src/lib/check/check-content.node.ts';

const root = resolve(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/hostile');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

interface Setup {
  symlinks?: [string, string][];
  files?: [string, string][];
}

const cases = readdirSync(corpus)
  .sort()
  .map((name) => {
    const folder = join(corpus, name);
    const setup: Setup = existsSync(join(folder, 'setup.json'))
      ? JSON.parse(readFileSync(join(folder, 'setup.json'), 'utf8'))
      : {};
    const copied = existsSync(join(folder, 'files'))
      ? filesUnder(join(folder, 'files')).map((path) => relative(join(folder, 'files'), path))
      : [];
    return {
      name,
      setup,
      expected: readFileSync(join(folder, 'expected.txt'), 'utf8').trim(),
      files: [...copied, ...(setup.symlinks ?? []).map(([path]) => path), ...(setup.files ?? []).map(([path]) => path)],
    };
  });

type Case = (typeof cases)[number];

/** Puts a case's files into the site. */
function addCase(testCase: Case) {
  if (existsSync(join(corpus, testCase.name, 'files'))) cpSync(join(corpus, testCase.name, 'files'), site, { recursive: true });
  for (const [path, target] of testCase.setup.symlinks ?? []) symlinkSync(target, join(site, path));
  for (const [path, text] of testCase.setup.files ?? []) writeFileSync(join(site, path), text);
}

let site: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'handbook-hostile-'));
  for (const item of ['content', 'src', 'public', 'cms-config', '.github', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, item), join(site, item), { recursive: true });
  // The project's packages, each linked, in a folder of the copy's own: the checker keeps its verdicts in
  // node_modules/.cache/, and the copy's must not be the project's.
  mkdirSync(join(site, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
  mkdirSync(join(site, 'public/media'), { recursive: true });
});

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has at least 40 cases, each expecting its own message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => `${c.expected}|${c.files.join()}`)).size).toBe(cases.length);
  });

  it('leaves the real handbook without problems', () => {
    expect(formatContentProblems(checkContent(site, { cache: true }).problems)).toBe('');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is rejected with its own message', (_name, testCase) => {
    addCase(testCase);
    try {
      // Kept verdicts (check-cache.node.ts): the handbook's own pages, unchanged by the case, are not read again.
      const { problems } = checkContent(site, { cache: true });
      const report = formatContentProblems(problems);
      expect(problems.length, 'no problem found').toBeGreaterThan(0);
      // Its own message; a hostile page may break an editorial rule too (fewer links than a page needs), also reported.
      expect(
        report.split('\n').some((line) => line.includes(testCase.expected)),
        report,
      ).toBe(true);
      // The rest of the handbook is unaffected: every problem is about the case's own files.
      for (const problem of problems) expect(testCase.files, report).toContain(problem.file);
    } finally {
      for (const file of testCase.files) rmSync(join(site, file), { force: true });
      rmSync(join(site, 'content/blog'), { recursive: true, force: true });
    }
  });

  it('stops the build, which names every case and publishes nothing', () => {
    for (const testCase of cases) addCase(testCase);
    rmSync(join(site, 'dist'), { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    for (const testCase of cases) expect(output, testCase.name).toContain(testCase.expected);
    expect(readdirSync(site)).not.toContain('dist');
  }, 120_000);
});
