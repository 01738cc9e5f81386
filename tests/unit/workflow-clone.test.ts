/**
 * The throwaway clone `npm run editor:workflow` runs decap-server's git mode on: made from a small repository
 * here, it must hold the checkout's last commit on the branch the editor publishes to, and leave the checkout
 * exactly as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cloneForWorkflow, publishedFiles, publishedHead, WORKFLOW_BRANCH, workflowDrafts } from '../../src/cli/workflow-clone';

const AUTHOR = {
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.org',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.org',
};

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...AUTHOR } }).trim();

let source: string;
const clones: string[] = [];

function clone(from = source): string {
  const folder = cloneForWorkflow(from);
  clones.push(folder);
  return folder;
}

beforeAll(() => {
  source = mkdtempSync(join(tmpdir(), 'handbook-checkout-'));
  git(source, 'init', '-q', '-b', 'trunk');
  mkdirSync(join(source, 'content/practices'), { recursive: true });
  writeFileSync(join(source, 'content/practices/one.mdx'), 'committed\n');
  git(source, 'add', '-A');
  git(source, 'commit', '-q', '-m', 'First page');
  git(source, 'branch', 'other');
  // Work in progress in the checkout: neither belongs in the clone, and both must survive.
  writeFileSync(join(source, 'content/practices/one.mdx'), 'being edited\n');
  writeFileSync(join(source, 'content/practices/new.mdx'), 'not yet added\n');
});

afterEach(() => vi.unstubAllEnvs());

afterAll(() => {
  for (const folder of [source, ...clones]) rmSync(folder, { recursive: true, force: true });
});

describe('cloneForWorkflow', () => {
  it('clones the last commit onto the publishing branch, alone and with no remote', () => {
    const folder = clone();
    expect(WORKFLOW_BRANCH).toBe('main');
    expect(git(folder, 'branch', '--show-current')).toBe('main');
    expect(git(folder, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/')).toBe('main');
    expect(publishedHead(folder)).toBe(git(source, 'rev-parse', 'HEAD'));
    expect(git(folder, 'remote')).toBe('');
    expect(readFileSync(join(folder, 'content/practices/one.mdx'), 'utf8')).toBe('committed\n');
    expect(existsSync(join(folder, 'content/practices/new.mdx'))).toBe(false);
  });

  it('leaves the checkout as it was: its branch, its edits and its new files', () => {
    const before = git(source, 'status', '--porcelain', '--branch');
    clone();
    expect(git(source, 'status', '--porcelain', '--branch')).toBe(before);
    expect(readFileSync(join(source, 'content/practices/one.mdx'), 'utf8')).toBe('being edited\n');
  });

  it('clones a detached checkout too, as continuous integration checks a commit out', () => {
    const detached = mkdtempSync(join(tmpdir(), 'handbook-detached-'));
    clones.push(detached);
    git(detached, 'clone', '-q', source, '.');
    git(detached, 'checkout', '-q', '--detach');
    const folder = clone(detached);
    expect(git(folder, 'branch', '--show-current')).toBe('main');
    expect(publishedHead(folder)).toBe(git(detached, 'rev-parse', 'HEAD'));
  });

  it('gives the clone an author when git knows no one on this computer, so saving can commit', () => {
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    const folder = clone();
    writeFileSync(join(folder, 'content/practices/two.mdx'), 'saved\n');
    execFileSync('git', ['add', '-A'], { cwd: folder });
    execFileSync('git', ['commit', '-q', '-m', 'Saved in the editor'], { cwd: folder });
    expect(execFileSync('git', ['log', '-1', '--format=%an <%ae>'], { cwd: folder, encoding: 'utf8' }).trim()).toBe(
      'Handbook editor <editor@localhost>',
    );
  });

  it('says which folder is not a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'handbook-plain-'));
    clones.push(plain);
    expect(() => cloneForWorkflow(plain)).toThrow(`${plain} is not a git checkout`);
  });
});

describe('workflowDrafts and publishedFiles', () => {
  it('read the proposals with their statuses, then what publishing brought to main', () => {
    const folder = clone();
    const start = publishedHead(folder);
    expect(workflowDrafts(folder)).toEqual(new Map());

    // As decap-server's git mode keeps a proposal: a branch, with its status as the branch's description.
    git(folder, 'checkout', '-q', '-b', 'cms/practices/two');
    writeFileSync(join(folder, 'content/practices/two.mdx'), 'proposed\n');
    git(folder, 'add', '-A');
    git(folder, 'commit', '-q', '-m', 'Add Practice page "two"');
    git(folder, 'config', 'branch.cms/practices/two.description', 'decap-cms/pending_review');
    git(folder, 'checkout', '-q', 'main');
    expect(workflowDrafts(folder)).toEqual(new Map([['cms/practices/two', 'decap-cms/pending_review']]));
    expect(publishedFiles(folder, start)).toEqual([]);

    git(folder, 'merge', '-q', 'cms/practices/two');
    git(folder, 'branch', '-q', '-d', 'cms/practices/two');
    expect(workflowDrafts(folder)).toEqual(new Map());
    expect(publishedFiles(folder, start)).toEqual(['content/practices/two.mdx']);
  });
});
