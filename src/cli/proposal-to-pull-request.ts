/**
 * `npm run proposal -- <issue number>`: turns an accepted proposal into a pull request, in one step for curators.
 * The workflow .github/workflows/proposal-accepted.yml runs it when a curator adds the label `accepted` to an issue
 * that the proposals endpoint filed (cms-config/proposals/).
 *
 * It reads the issue through GitHub's API, writes the page with the field table's generator
 * (cms-config/proposals/proposal-page.ts, in the editor's file format), runs the content checker on the handbook with the page
 * added, and then either opens a pull request that credits the proposer as they chose, links the issue and lists
 * what the curator still has to check, or, when the checker refuses the page, comments on the issue with each
 * problem. The issue's text is only ever data: it reaches no shell and no workflow expression.
 *
 * Settings: GITHUB_TOKEN (may write contents, pull requests and issues), GITHUB_REPOSITORY (owner/name; the
 * handbook's own by default), GITHUB_API_URL (https://api.github.com by default).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toFile } from '../../cms-config/frontmatter-format';
import { readProposalForm } from '../../cms-config/issue-form';
import { checkContent } from '../lib/check/check-content.node.ts';
import { PAGE_KINDS } from '../lib/content/page-kinds';
import { isoDay } from '../lib/core/dates';
import { readProposalIssue, type Answers } from '../../cms-config/proposals/proposal';
import { proposalPage } from '../../cms-config/proposals/proposal-page';
import { slugify } from '../lib/core/slug';
import { pageUrl } from '../lib/content/routes';
import { site } from '../site.config';

export interface Options {
  issue: number;
  token: string;
  repository: string;
  api: string;
  /** The handbook's folder, whose content/ and public/ the page is checked with. */
  root: string;
  today: Date;
  fetch?: typeof fetch;
}

/** What the command did, for its log and its tests. */
export type Outcome =
  | { done: 'pull request'; url: string; file: string }
  | { done: 'refused'; problems: string[] }
  | { done: 'not a page proposal'; why: string };

/** A name fit to stand in a pull request: its own words, nothing GitHub would read as a mention or markup. */
export function creditName(credit: string | undefined): string | undefined {
  const name = (credit ?? '')
    .replace(/[@#<>[\]()`*_~|\\!]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return name || undefined;
}

/** Who proposed a page, as the pull request says it: the form's answers, or the account that filed an issue form. */
type Proposer = { form: Answers } | { account: string };

/** The pull request's text: who proposed it, the issue, and what the curator still has to check. */
export function pullRequestBody(issue: number, proposer: Proposer, file: string): string {
  const credit = 'form' in proposer ? creditName(proposer.form['credit']) : undefined;
  const connection = 'form' in proposer ? proposer.form['connection']?.trim() : undefined;
  const who =
    'account' in proposer
      ? `proposed by @${proposer.account} with the issue form`
      : `sent through the handbook’s form by ${credit ? `someone who asked to be credited as “${credit}”` : 'someone who asked not to be named'}`;
  return [
    `Written from the proposal in #${issue}, ${who}. Closes #${issue}.`,
    `The page \`${file}\` is a draft in the proposer’s own words, which the content checker has passed. Before it is published, the curator:`,
    [
      '- [ ] checks every fact against the sources listed in the page, and removes what no source supports;',
      '- [ ] completes the facts the proposal could not give: organisations’ sizes and kinds, which one led, when it began and ended, outcomes and lessons;',
      '- [ ] rewrites in the handbook’s voice where needed (third person, no promotion), keeping the proposer’s account of how power was shared;',
      '- [ ] adds the reflective questions, themes and practices it connects to;',
      '- [ ] sends the draft to the proposer (by the issue) before it is published, and sets `reviewStatus` to `reviewed` and the completeness it has reached.',
    ].join('\n'),
    connection
      ? `The proposer’s connection to it, as they gave it on the form, is in the issue: take it into account.`
      : 'form' in proposer
        ? 'The proposer gave no connection to the organisations.'
        : 'Ask the proposer on the issue about any connection to the organisations named.',
    'The proposer agreed on the form that their words are published under CC BY-SA 4.0.',
  ].join('\n\n');
}

async function github<T>(options: Options, method: string, path: string, body?: unknown): Promise<T> {
  const response = await (options.fetch ?? fetch)(`${options.api}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${options.token}`,
      Accept: 'application/vnd.github+json',
      'Content-Type': 'application/json',
      'User-Agent': 'equitable-collaboration-handbook-proposals',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`GitHub answered ${response.status} to ${method} ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The first free page id from `id`: `id`, `id-2`, `id-3` … */
function freeId(root: string, collection: string, id: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!existsSync(join(root, 'content', collection, `${candidate}.mdx`))) return candidate;
  }
}

/** The checker's problems with the handbook once `file` holds `text`; the rest of the handbook is checked as it is. */
function problemsWith(root: string, file: string, text: string): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'handbook-proposal-'));
  try {
    for (const folder of ['content', 'public']) cpSync(join(root, folder), join(copy, folder), { recursive: true });
    writeFileSync(join(copy, file), text);
    return checkContent(copy)
      .problems.filter((p) => p.file === file)
      .map((p) => `line ${p.line}: ${p.message}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The issue forms a page can be written from, by the label each adds. */
const FORM_LABELS = { 'case study': 'case-studies', practice: 'practices' } as const;

export async function proposalToPullRequest(options: Options): Promise<Outcome> {
  const issue = await github<{ body: string | null; number: number; labels?: { name: string }[]; user?: { login: string } }>(
    options,
    'GET',
    `/repos/${options.repository}/issues/${options.issue}`,
  );
  const comment = (body: string) =>
    github(options, 'POST', `/repos/${options.repository}/issues/${options.issue}/comments`, { body });
  const proposal = readProposalIssue(issue.body ?? '');
  const labels = (issue.labels ?? []).map((label) => label.name);
  const formKind = Object.entries(FORM_LABELS).find(([label]) => labels.includes(label))?.[1];
  let page: {
    collection: 'case-studies' | 'practices';
    id: string;
    data: Record<string, unknown>;
    body: string;
    proposer: Proposer;
  };
  if (proposal?.kind === 'propose') {
    const written = proposalPage(proposal.answers, { issue: options.issue, day: options.today });
    page = { collection: 'case-studies', ...written, proposer: { form: proposal.answers } };
  } else if (!proposal && formKind && issue.user) {
    // An issue filed with a "Propose a …" issue form: the editor's fields, answer by answer.
    const read = readProposalForm(formKind, issue.body ?? '');
    const title = typeof read.data['title'] === 'string' ? read.data['title'] : '';
    const data = { ...read.data, lastReviewed: isoDay(options.today), reviewStatus: 'draft' };
    const body = read.body.trim() ? `${read.body.trim()}\n` : '';
    page = { collection: formKind, id: slugify(title), data, body, proposer: { account: issue.user.login } };
  } else {
    const why = proposal
      ? 'This is a suggestion for a change to a page, not a new page: a curator makes the change in the editor or in a pull request, and links this issue.'
      : 'This issue was not filed by one of the handbook’s forms for proposing a page, so no page can be written from it automatically: a curator writes the page in the editor and links this issue.';
    await comment(why);
    return { done: 'not a page proposal', why };
  }

  const { collection } = page;
  const id = freeId(options.root, collection, page.id);
  const file = `content/${collection}/${id}.mdx`;
  const order = PAGE_KINDS[collection].fields.map((f) => f.name);
  const text = toFile({ ...page.data, body: page.body }, order);
  const problems = problemsWith(options.root, file, text);
  if (problems.length > 0) {
    await comment(
      [
        'The page written from this proposal does not pass the handbook’s content check, so no pull request was opened. The checker says:',
        problems.map((p) => `- ${p}`).join('\n'),
        'A curator can correct the answers in this issue (keeping its layout) and add the label again, or write the page in the editor.',
      ].join('\n\n'),
    );
    return { done: 'refused', problems };
  }

  const repo = `/repos/${options.repository}`;
  const base = await github<{ object: { sha: string } }>(options, 'GET', `${repo}/git/ref/heads/${site.branch}`);
  const parent = await github<{ tree: { sha: string } }>(options, 'GET', `${repo}/git/commits/${base.object.sha}`);
  const blob = await github<{ sha: string }>(options, 'POST', `${repo}/git/blobs`, { content: text, encoding: 'utf-8' });
  const tree = await github<{ sha: string }>(options, 'POST', `${repo}/git/trees`, {
    base_tree: parent.tree.sha,
    tree: [{ path: file, mode: '100644', type: 'blob', sha: blob.sha }],
  });
  const title = String(page.data['title']);
  const commit = await github<{ sha: string }>(options, 'POST', `${repo}/git/commits`, {
    message: `Add ${PAGE_KINDS[collection].label.toLowerCase()} "${id}" from the proposal in #${options.issue}`,
    tree: tree.sha,
    parents: [base.object.sha],
  });
  const branch = `proposal/${options.issue}-${id}`;
  await github(options, 'POST', `${repo}/git/refs`, { ref: `refs/heads/${branch}`, sha: commit.sha });
  const pull = await github<{ html_url: string }>(options, 'POST', `${repo}/pulls`, {
    title: `${PAGE_KINDS[collection].label} from a proposal: ${title}`,
    head: branch,
    base: site.branch,
    body: pullRequestBody(options.issue, page.proposer, file),
    draft: false,
  });
  await comment(
    `Thank you. A draft page is ready for review in ${pull.html_url}: once checked it will be published at ${new URL(pageUrl(collection, id), site.url).href}.`,
  );
  return { done: 'pull request', url: pull.html_url, file };
}

// Run as a command (not when a test imports it).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const issue = Number(process.argv[2]);
  const token = process.env['GITHUB_TOKEN']?.trim();
  if (!Number.isInteger(issue) || issue < 1 || !token) {
    console.error('Usage: GITHUB_TOKEN=… npm run proposal -- <issue number>');
    process.exit(2);
  }
  const outcome = await proposalToPullRequest({
    issue,
    token,
    repository: process.env['GITHUB_REPOSITORY'] || site.repository,
    api: (process.env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/$/, ''),
    root: process.cwd(),
    today: new Date(process.env['HANDBOOK_TODAY'] ?? Date.now()),
  });
  console.log(
    outcome.done === 'pull request'
      ? `Opened ${outcome.url} with ${outcome.file}.`
      : outcome.done === 'refused'
        ? `The page did not pass the content check; the issue has a comment with the problems:\n${outcome.problems.join('\n')}`
        : outcome.why,
  );
}
