/**
 * The greeting on the editor's pull requests runs with a token that may write to pull requests, on strangers' pull
 * requests: it must never check out or run their code, and no text they wrote may reach its command.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_LABEL } from '../../cms-config/proposals/proposal';

const workflow = parse(readFileSync('.github/workflows/editor-pull-requests.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      if: string;
      permissions: Record<string, string>;
      steps: { uses?: string; run?: string; env?: Record<string, string>; with?: unknown }[];
    }
  >;
};
const job = workflow.jobs['welcome']!;

describe('the workflow that turns an accepted proposal into a pull request', () => {
  const accepted = parse(readFileSync('.github/workflows/proposal-accepted.yml', 'utf8')) as typeof workflow;
  const job = accepted.jobs['pull-request']!;

  it('starts only on the curators’ label, with no more permission than writing the page, the pull request and a comment', () => {
    expect(Object.keys(accepted.on)).toEqual(['issues']);
    expect(job.if).toBe(`\${{ github.event.label.name == '${ACCEPTED_LABEL}' }}`);
    expect(accepted.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
  });

  it('hands the command the issue’s number alone: no expression in a command, no text of the issue anywhere', () => {
    for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
    const values = job.steps.flatMap((step) => Object.values(step.env ?? {}));
    expect(values.filter((v) => v.includes('github.event'))).toEqual(['${{ github.event.issue.number }}']);
    expect(job.steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with).toBeUndefined();
  });
});

describe('the greeting on editor pull requests', () => {
  it('answers only the editor’s branches, with no permission but commenting on pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request_target']);
    expect(job.if).toContain("startsWith(github.event.pull_request.head.ref, 'cms/')");
    expect(workflow.permissions).toEqual({});
    expect(job.permissions).toEqual({ 'pull-requests': 'write' });
  });

  it('checks out nothing, and its command holds no expression: only the pull request’s number reaches it, through env', () => {
    expect(job.steps.every((step) => step.uses === undefined)).toBe(true);
    for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
    const values = job.steps.flatMap((step) => Object.values(step.env ?? {}));
    expect(values.sort()).toEqual(['${{ github.event.pull_request.number }}', '${{ github.repository }}', '${{ github.token }}']);
  });

  it('asks for sources, the contributor’s connection and agreement to the licence', () => {
    const text = job.steps.map((step) => step.run).join('\n');
    for (const asked of ['**Sources**', '**Your connection**', '**The licence**', 'CC BY-SA 4.0']) expect(text).toContain(asked);
  });
});
