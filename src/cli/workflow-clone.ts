/**
 * A throwaway clone of the repository for the editorial workflow on one machine: `npm run editor:workflow`
 * (src/cli/editor-workflow.ts) and its browser test (tests/e2e/cms/editorial-workflow.spec.ts).
 *
 * decap-server's git mode (MODE=git) keeps each proposal on a branch of its own, `cms/<collection>/<page>`,
 * checks branches out to read and write them, and on publishing merges the proposal into whatever branch is
 * checked out. Run on a working copy it would switch that copy's branch under the person working in it and
 * commit to it, so it only ever runs on a clone like this one: a branch named as the editor's `backend.branch`,
 * checked out, with no remote to push to.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { site } from '../site.config';

/** The branch the editor publishes to (`backend.branch` in cms-config/config.ts), and the clone's only branch. */
export const WORKFLOW_BRANCH = site.branch;

/** Who the clone's commits are by when git knows no one on this computer: decap-server commits as git's user. */
const FALLBACK_AUTHOR = { name: 'Handbook editor', email: 'editor@localhost' };

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A git setting, from any of git's configuration files; undefined when none sets it (git exits 1). */
function setting(key: string, cwd: string): string | undefined {
  try {
    return git(['config', key], cwd) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Clones the last commit of the checkout at `source` (uncommitted changes stay behind) into a new temporary
 * folder, on the branch `WORKFLOW_BRANCH`, and returns the folder. The checkout itself is only read.
 */
export function cloneForWorkflow(source: string): string {
  const root = resolve(source);
  try {
    git(['rev-parse', '--verify', 'HEAD'], root);
  } catch {
    throw new Error(`${root} is not a git checkout with a commit: the editorial workflow runs on a clone of one.`);
  }
  const clone = mkdtempSync(join(tmpdir(), 'handbook-workflow-'));
  try {
    // --local shares the checkout's object files instead of copying them: cloning takes a moment.
    git(['clone', '--quiet', '--local', root, clone], root);
    // The clone starts on the checkout's branch (or on its commit, when the checkout is detached, as in CI).
    git(['checkout', '--quiet', '-B', WORKFLOW_BRANCH], clone);
    for (const branch of git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/'], clone).split('\n')) {
      if (branch && branch !== WORKFLOW_BRANCH) git(['branch', '--quiet', '-D', branch], clone);
    }
    git(['remote', 'remove', 'origin'], clone);
    if (!setting('user.name', clone)) git(['config', 'user.name', FALLBACK_AUTHOR.name], clone);
    if (!setting('user.email', clone)) git(['config', 'user.email', FALLBACK_AUTHOR.email], clone);
    return clone;
  } catch (error) {
    rmSync(clone, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Decap's workflow statuses as the editor names them. decap-server keeps a proposal's status as its branch's
 * description, in the form of the GitHub label Decap would put on its pull request: `decap-cms/pending_review`.
 */
export const WORKFLOW_STATUSES: Record<string, string> = {
  'decap-cms/draft': 'Draft',
  'decap-cms/pending_review': 'In review',
  'decap-cms/pending_publish': 'Ready',
};

/** The proposals not yet published in the clone: each branch (`cms/practices/x`) with its status as stored. */
export function workflowDrafts(clone: string): Map<string, string> {
  const drafts = new Map<string, string>();
  for (const branch of git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/'], clone).split('\n')) {
    if (branch) drafts.set(branch, setting(`branch.${branch}.description`, clone) ?? '');
  }
  return drafts;
}

/** The commit the clone's main branch is at. */
export function publishedHead(clone: string): string {
  return git(['rev-parse', WORKFLOW_BRANCH], clone);
}

/** The files publishing has added, changed or removed on the clone's main branch since commit `since`. */
export function publishedFiles(clone: string, since: string): string[] {
  return git(['diff', '--name-only', since, WORKFLOW_BRANCH], clone).split('\n').filter(Boolean);
}
