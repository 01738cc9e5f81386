/**
 * An accepted proposal becomes a pull request in one step for curators (src/cli/proposal-to-pull-request.ts),
 * against a stand-in for GitHub's REST API: the page it writes passes the content checker and credits the proposer
 * as they chose; a page the checker refuses gets a comment on the issue instead.
 */
import { describe, expect, it } from 'vitest';
import { proposalForm } from '../../cms-config/issue-form';
import { creditName, proposalToPullRequest, type Options } from '../../src/cli/proposal-to-pull-request';
import { proposalIssue, type Answers } from '../../cms-config/proposals/proposal';
import { STORY } from '../fixtures/proposal-story';

const REPO = 'owner/handbook';

/** GitHub's REST API as far as the command uses it, keeping what was asked of it. */
function fakeGitHub(issueBody: string) {
  const calls: { method: string; path: string; body: Record<string, unknown> | undefined }[] = [];
  const answers: Record<string, unknown> = {
    [`GET /repos/${REPO}/issues/7`]: { number: 7, body: issueBody },
    [`POST /repos/${REPO}/issues/7/comments`]: { id: 1 },
    [`GET /repos/${REPO}/git/ref/heads/main`]: { object: { sha: 'main-sha' } },
    [`GET /repos/${REPO}/git/commits/main-sha`]: { tree: { sha: 'tree-sha' } },
    [`POST /repos/${REPO}/git/blobs`]: { sha: 'blob-sha' },
    [`POST /repos/${REPO}/git/trees`]: { sha: 'new-tree-sha' },
    [`POST /repos/${REPO}/git/commits`]: { sha: 'commit-sha' },
    [`POST /repos/${REPO}/git/refs`]: { ref: 'x' },
    [`POST /repos/${REPO}/pulls`]: { html_url: `https://github.com/${REPO}/pull/8` },
  };
  const fetch = (async (url: string, init: RequestInit) => {
    const path = url.replace('http://github.test', '');
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined });
    const answer = answers[`${method} ${path}`];
    return answer ? Response.json(answer, { status: method === 'POST' ? 201 : 200 }) : new Response('not found', { status: 404 });
  }) as typeof globalThis.fetch;
  const options: Options = {
    issue: 7,
    token: 't',
    repository: REPO,
    api: 'http://github.test',
    root: process.cwd(),
    today: new Date('2026-12-07'),
    fetch,
  };
  return {
    calls,
    options,
    call: (method: string, suffix: string) => calls.find((c) => c.method === method && c.path.endsWith(suffix)),
  };
}

const filed = (answers: Answers) => proposalIssue('propose', answers, { day: '2026-12-07', form: '/api/propose' }).body;

describe('an accepted proposal', () => {
  it('becomes a pull request whose page passes the checker, crediting the proposer and linking the issue', async () => {
    const github = fakeGitHub(filed(STORY));
    const outcome = await proposalToPullRequest(github.options);
    expect(outcome).toEqual({
      done: 'pull request',
      url: `https://github.com/${REPO}/pull/8`,
      file: 'content/case-studies/riverside-tenants-and-the-housing-association.mdx',
    });
    const blob = String(github.call('POST', '/git/blobs')?.body?.['content']);
    expect(blob).toMatch(/^---\ntitle: Riverside tenants and the housing association\n/);
    expect(blob).toContain('reviewStatus: draft');
    expect(github.call('POST', '/git/trees')?.body).toEqual({
      base_tree: 'tree-sha',
      tree: [
        {
          path: 'content/case-studies/riverside-tenants-and-the-housing-association.mdx',
          mode: '100644',
          type: 'blob',
          sha: 'blob-sha',
        },
      ],
    });
    expect(github.call('POST', '/git/refs')?.body).toEqual({
      ref: 'refs/heads/proposal/7-riverside-tenants-and-the-housing-association',
      sha: 'commit-sha',
    });
    const pull = github.call('POST', '/pulls')?.body;
    expect(pull?.['base']).toBe('main');
    expect(String(pull?.['body'])).toContain('credited as “Amina”');
    expect(String(pull?.['body'])).toContain('Closes #7');
    expect(String(pull?.['body'])).toContain('- [ ] checks every fact against the sources');
    expect(String(github.call('POST', '/comments')?.body?.['body'])).toContain(`https://github.com/${REPO}/pull/8`);
  });

  it('credits no one who asked not to be named, and no name can mention anyone or carry markup', async () => {
    const github = fakeGitHub(filed({ ...STORY, credit: '' }));
    await proposalToPullRequest(github.options);
    expect(String(github.call('POST', '/pulls')?.body?.['body'])).toContain('someone who asked not to be named');
    expect(creditName('@equitable-collaboration/curators [x](https://evil.example) <b>Amina</b>')).toBe(
      'equitable-collaboration/curators xhttps://evil.example bAmina/b',
    );
  });

  it('gets a comment with the checker’s problems instead, when the page it makes is refused', async () => {
    // An answer edited on the issue so that it no longer gives a web address the checker accepts.
    const body = filed(STORY).replace('https://news.example.org/tenants-vote', 'https://user:pw@news.example.org/x');
    const github = fakeGitHub(body);
    const outcome = await proposalToPullRequest(github.options);
    expect(outcome.done).toBe('refused');
    expect(github.call('POST', '/pulls')).toBeUndefined();
    const comment = String(github.call('POST', '/comments')?.body?.['body']);
    expect(comment).toContain('does not pass the handbook’s content check');
    expect(comment).toMatch(/line \d+: field "sources\[1\]\.url"/);
  });

  it('is not a page when the issue is a suggestion or was not filed by the form: a comment says what a curator does', async () => {
    const suggestion = proposalIssue(
      'suggest',
      { page: '/guides/about/', change: 'A change worth making.' },
      { day: '2026-12-07', form: '/api/suggest' },
    ).body;
    for (const body of [suggestion, '### Title\n\nSomething typed by hand']) {
      const github = fakeGitHub(body);
      expect((await proposalToPullRequest(github.options)).done).toBe('not a page proposal');
      expect(github.call('POST', '/pulls')).toBeUndefined();
      expect(github.call('POST', '/comments')).toBeDefined();
    }
  });
});

/** An issue as GitHub writes it from an issue form: each answer under its label, "_No response_" for none. */
function issueFormBody(kind: 'case-studies' | 'practices', answers: Record<string, string>): string {
  return proposalForm(kind)
    .body.filter((element) => element.id)
    .map((element) =>
      element.type === 'checkboxes'
        ? `### ${String(element.attributes['label'])}\n\n- [X] I agree`
        : `### ${String(element.attributes['label'])}\n\n${answers[element.id!] || '_No response_'}`,
    )
    .join('\n\n');
}

describe('a proposal filed with an issue form', () => {
  const PRACTICE = {
    title: 'Ask the smallest partner first',
    summary: 'Before partners agree a plan, the smallest organisation at the table is asked first what it needs and can carry.',
    questions: 'Power, Empathy',
    themes: 'Equity, inclusion and anti-racism, Small and specialist organisations',
    // An answer holding another question's heading cannot stand in for that question.
    behaviours: '',
    sources:
      'Rebalancing the relationship: final report; NCVO, ACEVO and Lloyds Bank Foundation; 2021; https://www.ncvo.org.uk/; 2026-12-07',
    body: '## Why it matters\n\nThe smallest partner carries the most risk.\n\n### Themes\n\nFunder practice',
  };

  it('becomes a pull request of its kind, the answers turned back into the fields’ values, crediting the account', async () => {
    const github = fakeGitHub(issueFormBody('practices', PRACTICE));
    github.options.fetch = withIssue(github.options.fetch!, {
      labels: [{ name: 'practice' }, { name: 'proposal' }],
      user: { login: 'jane-doe' },
    });
    const outcome = await proposalToPullRequest(github.options);
    expect(outcome).toMatchObject({ done: 'pull request', file: 'content/practices/ask-the-smallest-partner-first.mdx' });
    const blob = String(github.call('POST', '/git/blobs')?.body?.['content']);
    expect(blob).toContain('questions: [power, empathy]');
    expect(blob).toContain('themes: [equity-and-inclusion, small-and-specialist]');
    expect(blob).toContain('url: https://www.ncvo.org.uk/');
    expect(blob).toContain('### Themes\n\nFunder practice');
    expect(String(github.call('POST', '/pulls')?.body?.['body'])).toContain('proposed by @jane-doe with the issue form');
  });
});

/** The stand-in's answer for the issue, with the labels and author GitHub gives an issue-form issue. */
function withIssue(send: typeof fetch, more: Record<string, unknown>): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    const response = await send(url, init);
    if ((init.method ?? 'GET') !== 'GET' || !url.endsWith('/issues/7')) return response;
    return Response.json({ ...((await response.json()) as object), ...more });
  }) as typeof fetch;
}
