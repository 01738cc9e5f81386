/**
 * Git history on a throwaway repository made here, with fixed commit dates and one rename,
 * so the dates and editors the pages show are checked against known answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributors, parseGitLog, readContentHistory } from '../../src/lib/wiki/git-history.node.ts';

let repo: string;

function commit(message: string, date: string, author: string) {
  const [name, email] = author.split(' <');
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: name!,
      GIT_AUTHOR_EMAIL: email!.slice(0, -1),
      GIT_COMMITTER_NAME: name!,
      GIT_COMMITTER_EMAIL: email!.slice(0, -1),
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

const write = (file: string, text: string) => writeFileSync(join(repo, file), text);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'handbook-git-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  mkdirSync(join(repo, 'content/practices'), { recursive: true });
  mkdirSync(join(repo, 'content/guides'), { recursive: true });
  write('content/practices/old-name.mdx', 'one');
  write('content/guides/intro.mdx', 'intro');
  write('README.md', 'not content');
  commit('Add first pages', '2026-01-10T10:00:00Z', 'Ada <ada@example.org>');
  write('content/practices/old-name.mdx', 'one, improved');
  commit('Improve a practice', '2026-02-01T10:00:00Z', 'Bea <bea@example.org>');
  renameSync(join(repo, 'content/practices/old-name.mdx'), join(repo, 'content/practices/new-name.mdx'));
  commit('Rename a practice', '2026-03-05T10:00:00Z', 'Ada <ada@example.org>');
  write('content/guides/intro.mdx', 'intro, edited');
  write('README.md', 'still not content');
  commit('Edit the introduction', '2026-04-20T10:00:00Z', 'ADA <ada@example.org>');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('readContentHistory', () => {
  it('follows a rename: the page keeps its creation date and earlier editors', () => {
    const history = readContentHistory(repo);
    expect(history.known).toBe(true);
    const page = history.pages.get('content/practices/new-name.mdx')!;
    expect(page.updated.toISOString()).toBe('2026-03-05T10:00:00.000Z');
    expect(page.created.toISOString()).toBe('2026-01-10T10:00:00.000Z');
    expect(page.authors.map((a) => a.name)).toEqual(['Ada', 'Bea']);
    expect(history.pages.has('content/practices/old-name.mdx')).toBe(false);
  });

  it('dates each page by its own last change and counts each editor once', () => {
    const intro = readContentHistory(repo).pages.get('content/guides/intro.mdx')!;
    expect(intro.updated.toISOString()).toBe('2026-04-20T10:00:00.000Z');
    expect(intro.authors).toEqual([{ name: 'ADA', email: 'ada@example.org' }]);
  });

  it('lists content commits newest first, with the pages each created, ignoring other files', () => {
    const { commits } = readContentHistory(repo);
    expect(commits.map((c) => c.subject)).toEqual([
      'Edit the introduction',
      'Rename a practice',
      'Improve a practice',
      'Add first pages',
    ]);
    expect(commits.at(-1)!.added.sort()).toEqual(['content/guides/intro.mdx', 'content/practices/new-name.mdx']);
    expect(commits[0]!.files).toEqual(['content/guides/intro.mdx']);
  });

  it('credits each contributor once with the pages they edited', () => {
    expect(contributors(readContentHistory(repo)).map(({ author, pages }) => [author.email, pages])).toEqual([
      ['ada@example.org', 2],
      ['bea@example.org', 1],
    ]);
  });

  it('says the history is unknown in a shallow clone instead of guessing', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'handbook-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const history = readContentHistory(shallow);
    expect(history.known).toBe(false);
    expect(history.reason).toMatch(/shallow clone/);
    expect(history.pages.size).toBe(0);
    rmSync(shallow, { recursive: true, force: true });
  });

  it('says the history is unknown without git', () => {
    const plain = mkdtempSync(join(tmpdir(), 'handbook-nogit-'));
    expect(readContentHistory(plain)).toMatchObject({ known: false, reason: 'this folder is not a git repository' });
    rmSync(plain, { recursive: true, force: true });
  });
});

describe('parseGitLog', () => {
  it('treats a file deleted and later re-created at the same path as a new page', () => {
    const log = [
      '\x1ecccccccccccccccccccccccccccccccccccccccc\x1f2026-03-01T00:00:00Z\x1fC\x1fc@x\x1fRecreate\n\nA\tcontent/guides/x.mdx',
      '\x1ebbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\x1f2026-02-01T00:00:00Z\x1fB\x1fb@x\x1fDelete\n\nD\tcontent/guides/x.mdx',
      '\x1eaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x1f2026-01-01T00:00:00Z\x1fA\x1fa@x\x1fCreate\n\nA\tcontent/guides/x.mdx',
    ].join('');
    const page = parseGitLog(log).pages.get('content/guides/x.mdx')!;
    expect(page.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(page.authors.map((a) => a.name)).toEqual(['C']);
  });

  it('takes an author’s name and a subject as untrusted text: refused characters made visible, a forged record skipped', () => {
    // The subject holds git's own record separator and a forged date, as a hostile commit message can.
    const log = [
      '\x1ebbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\x1f2026-02-01T00:00:00Z\x1fMallory\x1fm@x\x1fFix\x1enot-a-hash\x1fnot-a-date\x1fX\x1fx\x1fForged\n\nM\tcontent/guides/x.mdx',
      '\x1eaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x1f2026-01-01T00:00:00Z\x1fAda\x1fa@x\x1fCreate \u2066it\n\nA\tcontent/guides/x.mdx',
    ].join('');
    const { pages, commits, warnings } = parseGitLog(log);
    expect(warnings).toEqual([expect.stringContaining('skipped a record that does not read as a commit (beginning "not-a-hash')]);
    expect(commits.map((c) => c.subject)).toEqual(['Create \uFFFDit']);
    expect(pages.get('content/guides/x.mdx')!.authors.map((a) => a.name)).toEqual(['Ada']);
    const named = parseGitLog(
      '\x1eaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x1f2026-01-01T00:00:00Z\x1fMallory\u202Egnp.\x01\x1fm@x\x1fS\n\nA\tcontent/guides/x.mdx',
    );
    expect(named.pages.get('content/guides/x.mdx')!.authors[0]!.name).toBe('Mallory\uFFFDgnp.\uFFFD');
  });
});
