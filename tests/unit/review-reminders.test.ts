/**
 * The weekly review reminder (.github/workflows/review-reminders.yml): its settings, and its script run with bash
 * against a stand-in for GitHub's `gh` that records what it is asked to do, in each case the script must handle.
 * The issue body it posts is tested in curation.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { REMINDER_TITLE } from '../../src/lib/curation/curation-text';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parseYaml(readFileSync('.github/workflows/review-reminders.yml', 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const update = steps.find((step) => step.env?.['TITLE'])!;

describe('the review reminder workflow', () => {
  it('runs weekly and on demand, with a token that may write issues and read the code, nothing more', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(update.env?.['GH_TOKEN']).toBe('${{ github.token }}');
  });

  it('lists the pages from the full history with the Node of .nvmrc, into the folder the update step reads', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(steps.map((s) => s.run)).toContain('npm run curation -- --reminder "$RUNNER_TEMP/reminder"');
    expect(update.env?.['DIR']).toBe('${{ runner.temp }}/reminder');
    expect(update.env?.['TITLE']).toBe(REMINDER_TITLE);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.curation).toBe('tsx src/cli/curation.ts');
  });

  it('puts no expression into a script, where a value could become a command', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});

describe('the update script', () => {
  let dir = '';
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the step's script with `due` pages due and the given open issue, and returns the gh commands it ran. */
  function run(due: number, assignees: string, openIssue = ''): string[][] {
    dir = mkdtempSync(join(tmpdir(), 'handbook-reminder-'));
    made.push(dir);
    writeFileSync(join(dir, 'due.txt'), String(due));
    writeFileSync(join(dir, 'assignees.txt'), assignees);
    writeFileSync(join(dir, 'body.md'), 'The body.\n');
    // The stand-in gh: logs its arguments (one per line, a blank line after each call) and answers like gh.
    const gh = join(dir, 'gh');
    writeFileSync(
      gh,
      [
        '#!/bin/bash',
        'printf "%s\\n" "$@" >> "$DIR/calls"; echo >> "$DIR/calls"',
        'if [ "$1 $2" = "issue list" ]; then printf "%s" "$OPEN_ISSUE"; fi',
        'if [ "$1 $2" = "issue create" ]; then echo "https://github.com/owner/repo/issues/42"; fi',
      ].join('\n'),
    );
    chmodSync(gh, 0o755);
    const result = spawnSync('bash', ['-c', update.run!], {
      encoding: 'utf8',
      env: { PATH: `${dir}:${process.env['PATH']}`, DIR: dir, TITLE: update.env!['TITLE']!, OPEN_ISSUE: openIssue },
    });
    expect(result.status, result.stderr).toBe(0);
    let calls = '';
    try {
      calls = readFileSync(join(dir, 'calls'), 'utf8');
    } catch {
      // No call at all.
    }
    return calls
      .split('\n\n')
      .filter(Boolean)
      .map((call) => call.split('\n').filter(Boolean))
      .filter((args) => args[1] !== 'list');
  }

  it('creates the issue with the body from its file, then assigns the owners', () => {
    const calls = run(3, 'jane-doe,sam-smith');
    expect(calls).toEqual([
      ['issue', 'create', '--title', 'Pages due for review', '--body-file', `${dir}/body.md`],
      ['issue', 'edit', '42', '--add-assignee', 'jane-doe,sam-smith'],
    ]);
  });

  it('updates the open issue rather than opening a second, and assigns no one when no owner is a person', () => {
    expect(run(1, '', '7')).toEqual([['issue', 'edit', '7', '--body-file', `${dir}/body.md`]]);
  });

  it('closes the issue when nothing is due, and does nothing when there is none to close', () => {
    expect(run(0, '', '7')).toEqual([
      ['issue', 'close', '7', '--comment', 'No page is due for review now: closed by the review reminder.'],
    ]);
    expect(run(0, '')).toEqual([]);
  });
});
