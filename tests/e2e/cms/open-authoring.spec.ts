/**
 * The editor's route for a stranger: someone with a GitHub account but no write access to the handbook. End to end
 * in the editor of a laptop build, without GitHub: the sign-in goes through the real relay to a fake GitHub's
 * consent page (as in sign-in.spec.ts), and GitHub's API is answered by a model of repositories, forks and
 * permissions (fake-github-repos.ts). The stranger signs in, the editor forks the handbook into their account,
 * saves a new page to a branch of the fork (never to the handbook, which refuses their writes), and "In review"
 * opens a pull request against the handbook whose page passes the content checker. The screenshots of each step
 * are the contributor guide's.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LOCAL_RELAY } from '../../../cms-config/editor-policy';
import { checkContent, formatContentProblems } from '../../../src/lib/check/check-content.node.ts';
import { site } from '../../../src/site.config';
import { CLIENT_ID, CLIENT_SECRET, startFakeGitHub, type FakeGitHub } from '../sign-in/fake-github';
import { serveRelay } from '../sign-in/serve-relay';
import { writePractice } from './decap-forms';
import { FakeGitHubRepos } from './fake-github-repos';

const STRANGER = { login: 'riverside-tenant', name: 'A Riverside tenant' };
const TITLE = 'Ask the smallest partner first';
const SLUG = 'ask-the-smallest-partner-first';
const FILE = `content/practices/${SLUG}.mdx`;
const FORK = `${STRANGER.login}/${site.repository.split('/')[1]}`;
const BRANCH = `cms/${FORK}/practices/${SLUG}`;
/** Where the guide's pictures are written, for README's "Pictures in the contributor guide". */
const SHOTS = 'test-results/contributor-guide';

let github: FakeGitHub;
let stopRelay: () => Promise<void>;

test.beforeAll(async ({}, testInfo) => {
  github = await startFakeGitHub(0);
  stopRelay = await serveRelay(Number(new URL(LOCAL_RELAY).port), {
    GITHUB_CLIENT_ID: CLIENT_ID,
    GITHUB_CLIENT_SECRET: CLIENT_SECRET,
    GITHUB_BASE_URL: github.url,
    EDITOR_LOCAL_ORIGINS: new URL(testInfo.project.use.baseURL!).origin,
  });
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await stopRelay?.();
  await github?.stop();
});

/** The handbook's pages, as the repository on GitHub holds them. */
function handbookFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of readdirSync('content')) {
    for (const name of readdirSync(join('content', folder)))
      files[`content/${folder}/${name}`] = readFileSync(join('content', folder, name), 'utf8');
  }
  return files;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

test('a stranger signs in, the editor forks the handbook, saves to the fork, and “In review” opens a pull request', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const repos = new FakeGitHubRepos(site.repository, STRANGER, handbookFiles(), () => github.swaps.at(-1)?.token);
  await repos.attach(page.context());
  // As on the published site, no decap-server answers, so the editor signs in with GitHub.
  await page.route('http://localhost:8081/**', (route) => route.abort());
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
  await page.setViewportSize({ width: 1100, height: 760 });

  // 1. Sign in, and authorise the editor at GitHub.
  await page.goto('/admin/');
  await shot(page, '1-sign-in');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Login with GitHub/i }).click();
  const signIn = await popup;
  await expect(signIn.getByRole('heading', { name: 'Authorize the handbook’s editor' })).toBeVisible();
  const closed = signIn.waitForEvent('close');
  await signIn.getByRole('button', { name: 'Authorize' }).click();
  await closed;

  // 2. Without write access, the editor asks to fork the handbook, and uses the fork from then on.
  await expect(page.getByText(/Open Authoring is enabled: we need to use a fork/)).toBeVisible();
  await shot(page, '2-fork');
  await page.getByRole('button', { name: 'Fork the repo' }).click();
  await expect(page.getByRole('heading', { name: 'Collections' })).toBeVisible({ timeout: 30_000 });
  expect(repos.repos.get(FORK)?.parent).toBe(site.repository);

  // 3. Write a page and save it: a draft on a branch of the fork.
  await writePractice(page, {
    title: TITLE,
    summary:
      'Before partners agree a plan, the smallest organisation at the table is asked first what it needs and what it can carry.',
    question: 'Power',
    theme: 'Small and specialist organisations',
    body: '## Why it matters\n\nThe smallest partner carries the most risk and is heard last unless someone asks it first. See [Pay partners fairly and resolve issues fairly](/practices/pay-fairly-and-resolve-issues-fairly/), [Agree terms before you start](/practices/agree-terms-before-you-start/) and [the Power question](/questions/power/).\n',
  });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Status: Draft')).toBeVisible({ timeout: 30_000 });
  await shot(page, '3-saved-draft');
  expect(repos.files(FORK, BRANCH)[FILE]).toContain(`title: ${TITLE}`);
  expect(repos.repos.get(site.repository)!.branches.has(BRANCH), 'nothing is written to the handbook itself').toBe(false);
  expect(repos.refused).toEqual([]);
  expect(repos.pulls, 'a draft is not yet a pull request').toEqual([]);

  // 4. "In review": only now does the change reach the curators, as a pull request against the handbook.
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await expect(page.getByText('Status: In review')).toBeVisible({ timeout: 30_000 });
  await shot(page, '4-in-review');
  expect(repos.pulls).toHaveLength(1);
  expect(repos.pulls[0]).toMatchObject({
    state: 'open',
    base: 'main',
    head: { label: `${STRANGER.login}:${BRANCH}`, repo: FORK },
  });

  // What the curators see: the pull request's page passes every rule the build applies.
  const copy = mkdtempSync(join(tmpdir(), 'handbook-open-authoring-'));
  try {
    for (const folder of ['content', 'public']) cpSync(folder, join(copy, folder), { recursive: true });
    writeFileSync(join(copy, FILE), repos.files(FORK, BRANCH)[FILE]!);
    const report = checkContent(copy);
    expect(report.problems, formatContentProblems(report.problems)).toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  expect(repos.unanswered, 'requests the fake GitHub did not model').toEqual([]);
});
