/**
 * A stand-in for GitHub's REST API on this computer, as far as the handbook's proposals use it: issues and their
 * comments, labels, and the git data calls that open a pull request (a ref, a commit, a tree, a blob, the pull
 * request). It keeps everything in memory, so a test can read what was asked of it.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  comments: string[];
  /** The token it was filed with. */
  token: string;
}

export interface FakePull {
  title: string;
  head: string;
  base: string;
  body: string;
  /** The files of its commit, by path. */
  files: Record<string, string>;
}

export interface FakeGitHubApi {
  url: string;
  issues: FakeIssue[];
  pulls: FakePull[];
  stop: () => Promise<void>;
}

async function json(request: import('node:http').IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Starts the fake API for `repository` (owner/name) on a free port of 127.0.0.1. */
export async function startFakeGitHubApi(repository: string): Promise<FakeGitHubApi> {
  const issues: FakeIssue[] = [];
  const pulls: FakePull[] = [];
  const blobs = new Map<string, string>();
  const trees = new Map<string, Record<string, string>>();
  const commits = new Map<string, string>([['main-commit', 'main-tree']]);
  const refs = new Map<string, string>([['heads/main', 'main-commit']]);
  trees.set('main-tree', {});
  let next = 1;
  const id = () => `sha-${next++}`;
  const repo = `/repos/${repository}`;

  const server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) =>
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!token) return send(401, { message: 'Requires authentication' });
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const method = request.method ?? 'GET';
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === `${repo}/issues`) {
      const body = await json(request);
      const issue: FakeIssue = {
        number: issues.length + 1,
        title: String(body['title']),
        body: String(body['body']),
        labels: (body['labels'] as string[]) ?? [],
        comments: [],
        token,
      };
      issues.push(issue);
      return send(201, { number: issue.number, html_url: `https://github.com/${repository}/issues/${issue.number}` });
    }
    if ((match = new RegExp(`^${repo}/issues/(\\d+)$`).exec(path)) && method === 'GET') {
      const issue = issues[Number(match[1]) - 1];
      return issue
        ? send(200, { number: issue.number, body: issue.body, labels: issue.labels.map((name) => ({ name })) })
        : send(404, {});
    }
    if ((match = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(path)) && method === 'POST') {
      const issue = issues[Number(match[1]) - 1];
      if (!issue) return send(404, {});
      issue.comments.push(String((await json(request))['body']));
      return send(201, { id: issue.comments.length });
    }
    if ((match = new RegExp(`^${repo}/git/ref/(.+)$`).exec(path)) && method === 'GET') {
      const sha = refs.get(match[1]!);
      return sha ? send(200, { object: { sha } }) : send(404, {});
    }
    if ((match = new RegExp(`^${repo}/git/commits/(.+)$`).exec(path)) && method === 'GET') {
      const tree = commits.get(match[1]!);
      return tree ? send(200, { tree: { sha: tree } }) : send(404, {});
    }
    if (path === `${repo}/git/blobs` && method === 'POST') {
      const sha = id();
      blobs.set(sha, String((await json(request))['content']));
      return send(201, { sha });
    }
    if (path === `${repo}/git/trees` && method === 'POST') {
      const body = await json(request);
      const files = { ...(trees.get(String(body['base_tree'])) ?? {}) };
      for (const entry of body['tree'] as { path: string; sha: string }[]) files[entry.path] = blobs.get(entry.sha) ?? '';
      const sha = id();
      trees.set(sha, files);
      return send(201, { sha });
    }
    if (path === `${repo}/git/commits` && method === 'POST') {
      const sha = id();
      commits.set(sha, String((await json(request))['tree']));
      return send(201, { sha });
    }
    if (path === `${repo}/git/refs` && method === 'POST') {
      const body = await json(request);
      const ref = String(body['ref']).replace(/^refs\//, '');
      if (refs.has(ref)) return send(422, { message: 'Reference already exists' });
      refs.set(ref, String(body['sha']));
      return send(201, { ref: body['ref'] });
    }
    if (path === `${repo}/pulls` && method === 'POST') {
      const body = await json(request);
      const head = String(body['head']);
      const files = trees.get(commits.get(refs.get(`heads/${head}`) ?? '') ?? '') ?? {};
      pulls.push({ title: String(body['title']), head, base: String(body['base']), body: String(body['body']), files });
      return send(201, { html_url: `https://github.com/${repository}/pull/${100 + pulls.length}` });
    }
    return send(404, { message: `Not Found: ${method} ${path}` });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    pulls,
    stop: async () => {
      server.close();
      server.closeAllConnections();
      await once(server, 'close');
    },
  };
}
