/**
 * GitHub's REST API as the editor (Decap CMS's GitHub backend, open authoring) uses it, answered in the test's
 * process for the browser's requests to https://api.github.com: repositories with branches, commits, trees and blobs;
 * forks; permissions (only a collaborator with write access may write to a repository; anyone may fork it and open a
 * pull request against it); pull requests and comparisons. It models what the stranger's route needs, and answers
 * anything else with 404, keeping a list of such requests so that a test shows what it did not model.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Route } from '@playwright/test';

interface Commit {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

interface Repo {
  owner: string;
  name: string;
  /** The repository it was forked from. */
  parent?: string;
  branches: Map<string, string>;
  /** Users with write access, besides the owner. */
  writers: Set<string>;
}

export interface FakePullRequest {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** "owner:branch" of the head, and the repository it is in. */
  head: { label: string; ref: string; repo: string };
  base: string;
  user: string;
}

const sha = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');

export class FakeGitHubRepos {
  readonly repos = new Map<string, Repo>();
  readonly blobs = new Map<string, Buffer>();
  /** Each tree as the full paths of its files and their blobs. */
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  readonly pulls: FakePullRequest[] = [];
  /** Requests it was not made to answer. */
  readonly unanswered: string[] = [];
  /** Writes it refused for want of permission. */
  readonly refused: string[] = [];

  constructor(
    readonly origin: string,
    readonly user: { login: string; name: string },
    files: Record<string, string>,
    readonly token: () => string | undefined,
  ) {
    const [owner, name] = origin.split('/') as [string, string];
    const tree = this.tree(new Map(Object.entries(files).map(([path, text]) => [path, this.blob(Buffer.from(text))])));
    const commit = this.commit({ tree, parents: [], message: 'The handbook', date: '2026-11-26T00:00:00Z' });
    this.repos.set(origin, { owner, name, branches: new Map([['main', commit]]), writers: new Set() });
  }

  private blob(content: Buffer): string {
    const id = sha(content);
    this.blobs.set(id, content);
    return id;
  }

  private tree(files: Map<string, string>): string {
    const id = sha(JSON.stringify([...files].sort()));
    this.trees.set(id, files);
    return id;
  }

  private commit(commit: Commit): string {
    const id = sha(JSON.stringify(commit));
    this.commits.set(id, commit);
    return id;
  }

  /** The files of a branch, by path. */
  files(repo: string, branch: string): Record<string, string> {
    const commit = this.repos.get(repo)?.branches.get(branch);
    const tree = commit ? this.trees.get(this.commits.get(commit)!.tree)! : new Map<string, string>();
    return Object.fromEntries([...tree].map(([path, blob]) => [path, this.blobs.get(blob)!.toString('utf8')]));
  }

  /** Answers the browser's requests to GitHub's API in `context`. */
  async attach(context: BrowserContext): Promise<void> {
    await context.route('https://api.github.com/**', (route) => this.answer(route));
  }

  private canWrite(repo: Repo): boolean {
    return repo.owner === this.user.login || repo.writers.has(this.user.login);
  }

  /** A commit from a branch name, "owner:branch" or a commit's own id, in `repo`. */
  private resolve(repo: Repo, ref: string): string | undefined {
    const [owner, branch] = ref.includes(':') ? (ref.split(':') as [string, string]) : [undefined, ref];
    const where = owner ? this.repos.get(`${owner}/${repo.name}`) : repo;
    return where?.branches.get(branch) ?? (this.commits.has(ref) ? ref : undefined);
  }

  private repoJson(full: string, repo: Repo) {
    return {
      full_name: full,
      name: repo.name,
      owner: { login: repo.owner },
      fork: Boolean(repo.parent),
      ...(repo.parent ? { parent: { full_name: repo.parent }, source: { full_name: repo.parent } } : {}),
      default_branch: 'main',
      permissions: { admin: repo.owner === this.user.login, push: this.canWrite(repo), pull: true },
    };
  }

  private pullJson(pull: FakePullRequest) {
    const headRepo = this.repos.get(pull.head.repo)!;
    const baseRepo = this.repos.get(this.origin)!;
    return {
      number: pull.number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      merged_at: null,
      labels: [],
      user: { login: pull.user },
      updated_at: '2026-12-07T10:00:00Z',
      head: {
        label: pull.head.label,
        ref: pull.head.ref,
        sha: headRepo.branches.get(pull.head.ref),
        repo: this.repoJson(pull.head.repo, headRepo),
      },
      base: { ref: pull.base, sha: baseRepo.branches.get(pull.base) },
    };
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const method = request.method();
    const reply = (status: number, json: unknown) =>
      route.fulfill({ status, json, headers: { 'Access-Control-Allow-Origin': '*' } });
    if (method === 'OPTIONS')
      return route.fulfill({
        status: 204,
        headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': '*' },
      });
    if (request.headers()['authorization'] !== `token ${this.token()}`) return reply(401, { message: 'Bad credentials' });
    const body = (): Record<string, unknown> =>
      request.postData() ? (JSON.parse(request.postData()!) as Record<string, unknown>) : {};
    const path = decodeURIComponent(url.pathname);

    if (path === '/user') return reply(200, { login: this.user.login, name: this.user.name, avatar_url: '' });
    if (path.startsWith('/users/')) return reply(200, { login: path.slice(7), name: path.slice(7) });
    if (path === '/search/issues') return reply(200, { total_count: 0, items: [] });

    const match = /^\/repos\/([^/]+\/[^/]+)(\/.*)?$/.exec(path);
    const full = match?.[1];
    const repo = full ? this.repos.get(full) : undefined;
    const rest = match?.[2] ?? '';
    if (full && !repo) return reply(404, { message: 'Not Found' });
    if (!repo || !full) {
      this.unanswered.push(`${method} ${path}`);
      return reply(404, { message: 'Not Found' });
    }
    const writing = ['POST', 'PATCH', 'PUT', 'DELETE'].includes(method);
    // Anyone may fork a public repository or open a pull request against it; every other write needs write access.
    if (writing && !['/forks', '/merge-upstream'].includes(rest) && !/^\/pulls(\/\d+)?$/.test(rest) && !this.canWrite(repo)) {
      this.refused.push(`${method} ${path}`);
      return reply(403, { message: 'Resource not accessible by integration' });
    }
    let m: RegExpExecArray | null;

    if (rest === '' && method === 'GET') return reply(200, this.repoJson(full, repo));
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = m[1]!;
      return reply(200, { permission: repo.owner === login ? 'admin' : repo.writers.has(login) ? 'write' : 'read' });
    }
    if (rest === '/forks' && method === 'POST') {
      const fork = `${this.user.login}/${repo.name}`;
      if (!this.repos.has(fork)) {
        this.repos.set(fork, {
          owner: this.user.login,
          name: repo.name,
          parent: full,
          branches: new Map(repo.branches),
          writers: new Set(),
        });
      }
      return reply(202, this.repoJson(fork, this.repos.get(fork)!));
    }
    if (rest === '/merge-upstream' && method === 'POST') {
      const parent = repo.parent ? this.repos.get(repo.parent) : undefined;
      if (!parent || repo.owner !== this.user.login) return reply(403, { message: 'Forbidden' });
      repo.branches.set('main', parent.branches.get('main')!);
      return reply(200, { message: 'Successfully fetched and fast-forwarded from upstream' });
    }
    if ((m = /^\/branches\/(.+)$/.exec(rest)) && method === 'GET') {
      const commit = repo.branches.get(m[1]!);
      return commit
        ? reply(200, { name: m[1], commit: { sha: commit, commit: { message: this.commits.get(commit)!.message } } })
        : reply(404, { message: 'Branch not found' });
    }
    if ((m = /^\/git\/trees\/([^:]+):?(.*)$/.exec(rest)) && method === 'GET') {
      const commit = this.resolve(repo, m[1]!);
      const tree = commit ? this.trees.get(this.commits.get(commit)!.tree) : this.trees.get(m[1]!);
      if (!tree) return reply(404, { message: 'Not Found' });
      const folder = m[2] ? `${m[2].replace(/\/$/, '')}/` : '';
      const recursive = url.searchParams.get('recursive') === '1';
      const entries = new Map<string, { path: string; type: string; sha: string; mode: string; size?: number }>();
      for (const [file, blob] of tree) {
        if (!file.startsWith(folder)) continue;
        const inside = file.slice(folder.length);
        const [first, ...more] = inside.split('/');
        if (recursive || more.length === 0)
          entries.set(inside, { path: inside, type: 'blob', sha: blob, mode: '100644', size: this.blobs.get(blob)!.length });
        else entries.set(first!, { path: first!, type: 'tree', sha: sha(`${folder}${first}`), mode: '040000' });
      }
      if (entries.size === 0 && folder) return reply(404, { message: 'Not Found' });
      return reply(200, { sha: 'tree', tree: [...entries.values()], truncated: false });
    }
    if ((m = /^\/git\/blobs\/(.+)$/.exec(rest)) && method === 'GET') {
      const content = this.blobs.get(m[1]!);
      return content
        ? reply(200, { sha: m[1], size: content.length, content: content.toString('base64'), encoding: 'base64' })
        : reply(404, {});
    }
    if (rest === '/git/blobs' && method === 'POST') {
      const { content, encoding } = body() as { content: string; encoding: string };
      return reply(201, { sha: this.blob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')) });
    }
    if (rest === '/git/trees' && method === 'POST') {
      const { base_tree: base, tree } = body() as { base_tree?: string; tree: { path: string; sha: string | null }[] };
      const from = base
        ? (this.trees.get(base) ?? this.trees.get(this.commits.get(base)?.tree ?? ''))
        : new Map<string, string>();
      if (!from) return reply(422, { message: 'base_tree is not a tree' });
      const files = new Map(from);
      for (const entry of tree) {
        if (entry.sha === null) files.delete(entry.path);
        else files.set(entry.path, entry.sha);
      }
      return reply(201, { sha: this.tree(files) });
    }
    if (rest === '/git/commits' && method === 'POST') {
      const { message, tree, parents } = body() as { message: string; tree: string; parents: string[] };
      return reply(201, { sha: this.commit({ message, tree, parents, date: new Date().toISOString() }) });
    }
    if (rest === '/git/refs' && method === 'POST') {
      const { ref, sha: commit } = body() as { ref: string; sha: string };
      const branch = ref.replace(/^refs\/heads\//, '');
      if (repo.branches.has(branch)) return reply(422, { message: 'Reference already exists' });
      repo.branches.set(branch, commit);
      return reply(201, { ref, object: { sha: commit } });
    }
    if ((m = /^\/git\/refs\/heads\/(.+)$/.exec(rest))) {
      const name = m[1]!;
      if (method === 'PATCH') {
        repo.branches.set(name, (body() as { sha: string }).sha);
        return reply(200, { ref: `refs/heads/${name}` });
      }
      if (method === 'DELETE') {
        repo.branches.delete(name);
        return route.fulfill({ status: 204, headers: { 'Access-Control-Allow-Origin': '*' } });
      }
      const matching = [...repo.branches].filter(([branch]) => branch === name || branch.startsWith(`${name}/`));
      if (matching.length === 0) return reply(404, { message: 'Not Found' });
      const refs = matching.map(([branch, commit]) => ({ ref: `refs/heads/${branch}`, object: { sha: commit, type: 'commit' } }));
      return reply(200, refs.length === 1 && matching[0]![0] === name ? refs[0] : refs);
    }
    if ((m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest)) && method === 'GET') {
      const base = this.resolve(repo, m[1]!);
      const head = this.resolve(repo, m[2]!);
      if (!base || !head) return reply(404, { message: 'Not Found' });
      const before = this.trees.get(this.commits.get(base)!.tree)!;
      const after = this.trees.get(this.commits.get(head)!.tree)!;
      const files = [...new Set([...before.keys(), ...after.keys()])]
        .filter((file) => before.get(file) !== after.get(file))
        .map((file) => ({
          filename: file,
          sha: after.get(file) ?? before.get(file),
          status: !before.has(file) ? 'added' : !after.has(file) ? 'removed' : 'modified',
        }));
      const commits: { sha: string; commit: { message: string } }[] = [];
      for (let at: string | undefined = head; at && at !== base; at = this.commits.get(at)!.parents[0]) {
        commits.unshift({ sha: at, commit: { message: this.commits.get(at)!.message } });
      }
      return reply(200, { files, commits, status: 'ahead' });
    }
    if (rest === '/pulls' && method === 'GET') {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const found = this.pulls.filter((p) => (!head || p.head.label === head) && (state === 'all' || p.state === state));
      return reply(
        200,
        found.map((p) => this.pullJson(p)),
      );
    }
    if (rest === '/pulls' && method === 'POST') {
      const { title, body: text, head, base } = body() as { title: string; body: string; head: string; base: string };
      const [owner, ref] = head.includes(':') ? (head.split(':') as [string, string]) : [repo.owner, head];
      const headRepo = `${owner}/${repo.name}`;
      if (!this.repos.get(headRepo)?.branches.has(ref)) return reply(422, { message: 'Validation Failed: head' });
      const pull: FakePullRequest = {
        number: this.pulls.length + 1,
        title,
        body: text,
        state: 'open',
        head: { label: `${owner}:${ref}`, ref, repo: headRepo },
        base,
        user: this.user.login,
      };
      this.pulls.push(pull);
      return reply(201, this.pullJson(pull));
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const pull = this.pulls[Number(m[1]) - 1];
      if (!pull || pull.user !== this.user.login) return reply(403, { message: 'Forbidden' });
      pull.state = (body() as { state: 'open' | 'closed' }).state;
      return reply(200, this.pullJson(pull));
    }
    if (/^\/pulls\/\d+\/commits$/.test(rest)) return reply(200, []);
    if ((m = /^\/commits\/([^/]+)\/status$/.exec(rest))) return reply(200, { state: 'pending', statuses: [] });
    if (rest === '/commits' && method === 'GET') {
      return reply(200, [
        {
          sha: 'x',
          commit: { author: { name: 'Handbook contributors', date: '2026-11-26T00:00:00Z' }, message: 'The handbook' },
        },
      ]);
    }
    if (rest.startsWith('/git/refs/meta/') || rest.startsWith('/contents/')) return reply(404, { message: 'Not Found' });
    this.unanswered.push(`${method} ${path}`);
    return reply(404, { message: 'Not Found' });
  }
}
