import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLabels, labelsIn } from '../../src/lib/curation/github-labels';

describe('the labels an adopter creates', () => {
  it('are every label the issue forms and Dependabot add', () => {
    const folder = '.github/ISSUE_TEMPLATE';
    const files = Object.fromEntries(
      [...readdirSync(folder).map((n) => join(folder, n)), '.github/dependabot.yml'].map((f) => [f, readFileSync(f, 'utf8')]),
    );
    expect(labelsIn(files)).toEqual(['case study', 'dependencies', 'inaccuracy', 'page request', 'practice', 'proposal']);
  });

  it('are created through GitHub’s API, leaving those already there, and a failure is said in words', async () => {
    const calls: { url: string; body: unknown; auth: string | null }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { name: string };
      calls.push({ url, body, auth: new Headers(init.headers).get('Authorization') });
      const status = body.name === 'practice' ? 422 : body.name === 'proposal' ? 403 : 201;
      return new Response(status === 403 ? 'Resource not accessible' : '{}', { status });
    }) as typeof fetch;
    const outcomes = await createLabels(['case study', 'practice', 'proposal'], {
      repository: 'owner/handbook',
      token: 't0ken',
      api: 'http://github.test',
      fetch: fake,
    });
    expect(calls.map((c) => c.url)).toEqual(Array(3).fill('http://github.test/repos/owner/handbook/labels'));
    expect(calls[0]).toMatchObject({ body: { name: 'case study' }, auth: 'Bearer t0ken' });
    expect(outcomes).toEqual([
      { label: 'case study', outcome: 'created' },
      { label: 'practice', outcome: 'already there' },
      { label: 'proposal', outcome: 'failed', detail: 'GitHub answered 403 Resource not accessible' },
    ]);
  });
});
