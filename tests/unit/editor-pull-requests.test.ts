/**
 * The greeting on the editor's pull requests runs with a token that may write to pull requests, on strangers' pull
 * requests: it must never check out or run their code, and no text they wrote may reach its command.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = parse(readFileSync('.github/workflows/editor-pull-requests.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { if: string; permissions: Record<string, string>; steps: { uses?: string; run?: string; env?: Record<string, string> }[] }
  >;
};
const job = workflow.jobs['welcome']!;

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
