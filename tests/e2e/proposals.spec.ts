/**
 * The route in for people without any account, end to end in a browser, against a stand-in for GitHub's API:
 * every page's "Suggest a change" link opens the form with the page filled in; the forms, with JavaScript and
 * without, file an issue and say where it is; a hostile or malformed proposal is refused with each problem in words
 * and the text kept; repeated posts from one address are throttled; and a curator's label turns the proposal into
 * a pull request whose page passes the content checker and credits the proposer (a refused page gets a comment).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { proposalToPullRequest } from '../../src/cli/proposal-to-pull-request';
import { site } from '../../src/site.config';
import { STORY } from '../fixtures/proposal-story';
import { startFakeGitHubApi, type FakeGitHubApi } from './proposals/fake-github-api';
import { serveProposals } from './proposals/serve-proposals';

let github: FakeGitHubApi;
let endpoint: { url: string; stop: () => Promise<void> };

const SECRET = 'a-long-random-text-for-the-browser-tests-0123456789';

test.beforeAll(async () => {
  github = await startFakeGitHubApi(site.repository);
  endpoint = await serveProposals({
    PROPOSALS_GITHUB_TOKEN: 'bot-token',
    PROPOSALS_SECRET: SECRET,
    GITHUB_API_URL: github.url,
    // A person takes longer than this; the test's browser does not (the unit tests prove the wait is enforced).
    PROPOSALS_MIN_SECONDS: '0',
    PROPOSALS_PER_HOUR: '100',
  });
});

test.afterAll(async () => {
  await endpoint?.stop();
  await github?.stop();
});

/** Axe runs as a script: on a page without JavaScript, it checks the same markup in a page of its own. */
async function expectNoAxeViolations(page: Page, { javaScript = true } = {}) {
  if (!javaScript) {
    const html = await page.content();
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    const checker = await context.newPage();
    await checker.setContent(html);
    try {
      return await expectNoAxeViolations(checker);
    } finally {
      await context.close();
    }
  }
  expect(await axeViolations(page)).toEqual([]);
}

test('every page’s “Suggest a change” link opens the form with that page filled in', async ({ page }) => {
  await page.goto('/practices/invest-in-coordination/');
  const link = page.getByRole('link', { name: 'Suggest a change' });
  const href = await link.getAttribute('href');
  const address = new URL('/practices/invest-in-coordination/', site.url).href;
  expect(href).toBe(`${site.proposals.baseUrl}/${site.proposals.suggest}?page=${encodeURIComponent(address)}`);
  await page.goto(`${endpoint.url}/${site.proposals.suggest}${new URL(href!).search}`);
  await expect(page.getByLabel('Which page?')).toHaveValue(address);
  await expectNoAxeViolations(page);
});

test('the case studies list offers the “Propose a page” form, for a story without an account', async ({ page }) => {
  await page.goto('/case-studies/');
  await expect(page.getByRole('link', { name: 'Share your partnership’s story' })).toHaveAttribute(
    'href',
    `${site.proposals.baseUrl}/${site.proposals.propose}`,
  );
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a suggestion is filed as an issue, and the page says where it is and what happens next', async ({ page }) => {
      const before = github.issues.length;
      await page.goto(`${endpoint.url}/${site.proposals.suggest}?page=/guides/about/`);
      await page
        .getByLabel('What should change?')
        .fill(`The curating cohort now meets monthly (${javaScriptEnabled ? 'js' : 'no js'}).`);
      await page.getByLabel('Where can a reader check it?').fill('Minutes of the cohort, https://example.org/minutes');
      await page.getByLabel(/I agree that what I write here/).check();
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your proposal has been sent');
      const issue = github.issues[before]!;
      expect(issue.token).toBe('bot-token');
      expect(issue.labels).toEqual(['inaccuracy', 'proposal']);
      expect(issue.body).toContain('The curating cohort now meets monthly');
      await expect(page.getByRole('link', { name: `number ${issue.number}` })).toHaveAttribute(
        'href',
        `https://github.com/${site.repository}/issues/${issue.number}`,
      );
      await expectNoAxeViolations(page, { javaScript: javaScriptEnabled });
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a hostile or malformed proposal is refused with each problem in words, and nothing typed is lost', async ({ page }) => {
    const before = github.issues.length;
    await page.goto(`${endpoint.url}/${site.proposals.propose}`);
    await page.getByLabel('What is the partnership called?').fill('Riverside tenants');
    await page
      .getByLabel('2. What did you do together?')
      .fill('We planned repairs together <script>alert(1)</script> {process.exit()}.');
    await page.getByLabel('3. How was power shared?').fill('Pay to moc.live\u202E@evil');
    await page.getByLabel('4. What happened?').fill('The repairs the tenants chose came first.');
    await page.getByLabel('5. Where can others read about it?').fill('http://insecure.example/report');
    await page.getByRole('button', { name: 'Send' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('answers need changing before it can be sent');
    await expect(summary).toContainText('Answer “1. Who worked together?”.');
    await expect(summary).toContainText('U+202E');
    await expect(summary).toContainText('https://');
    await expect(summary).toContainText('Tick the box');
    // Everything typed is still there, as text.
    await expect(page.getByLabel('2. What did you do together?')).toHaveValue(
      'We planned repairs together <script>alert(1)</script> {process.exit()}.',
    );
    await expect(page.getByLabel('5. Where can others read about it?')).toHaveValue('http://insecure.example/report');
    await expect(page.getByLabel('1. Who worked together?')).toHaveAttribute('aria-invalid', 'true');
    expect(github.issues.length).toBe(before);
    await expectNoAxeViolations(page, { javaScript: false });
    await page.screenshot({ path: 'test-results/contributor-guide/propose-refused.png', fullPage: true });
  });
});

test('repeated posts from one address are throttled, with the text kept', async ({ page }) => {
  const strict = await serveProposals({
    PROPOSALS_GITHUB_TOKEN: 'bot-token',
    PROPOSALS_SECRET: SECRET,
    GITHUB_API_URL: github.url,
    PROPOSALS_MIN_SECONDS: '0',
    PROPOSALS_PER_HOUR: '1',
  });
  try {
    const send = async (change: string) => {
      await page.goto(`${strict.url}/${site.proposals.suggest}?page=/guides/about/`);
      await page.getByLabel('What should change?').fill(change);
      await page.getByLabel(/I agree that what I write here/).check();
      await page.getByRole('button', { name: 'Send' }).click();
    };
    await send('The first suggestion of the hour.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your proposal has been sent');
    await send('The second suggestion of the hour.');
    await expect(page.getByRole('alert')).toContainText('Many proposals have come from your connection in the last hour');
    await expect(page.getByLabel('What should change?')).toHaveValue('The second suggestion of the hour.');
  } finally {
    await strict.stop();
  }
});

test('a proposed page becomes, with the curators’ label, a pull request whose page passes the checker and credits the proposer', async ({
  page,
}) => {
  await page.goto(`${endpoint.url}/${site.proposals.propose}`);
  await page.getByLabel('What is the partnership called?').fill(STORY['title']!);
  await page.getByLabel('1. Who worked together?').fill(STORY['who']!);
  await page.getByLabel('2. What did you do together?').fill(STORY['what']!);
  await page.getByLabel('3. How was power shared?').fill(STORY['power']!);
  await page.getByLabel('4. What happened?').fill(STORY['happened']!);
  await page.getByLabel('5. Where can others read about it?').fill(STORY['sources']!);
  await page.getByLabel('Where did it happen?').selectOption(STORY['region']!);
  await page.getByLabel('What field of work was it in?').selectOption(STORY['sector']!);
  await page.getByLabel('What kind of collaboration was it?').selectOption(STORY['kind']!);
  await page.getByLabel('Your connection to it').fill(STORY['connection']!);
  await page.getByLabel('How should we credit you?').fill(STORY['credit']!);
  await page.getByLabel(/I agree that what I write here/).check();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: 'test-results/contributor-guide/propose-320.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/contributor-guide/propose-1280.png', fullPage: true });
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your proposal has been sent');
  await page.screenshot({ path: 'test-results/contributor-guide/propose-sent.png', fullPage: true });
  const issue = github.issues.at(-1)!;
  expect(issue.labels).toEqual(['case study', 'proposal']);

  // What the workflow runs when a curator adds the label "accepted" (.github/workflows/proposal-accepted.yml).
  const options = {
    issue: issue.number,
    token: 'workflow-token',
    repository: site.repository,
    api: github.url,
    root: process.cwd(),
    today: new Date(),
  };
  const outcome = await proposalToPullRequest(options);
  expect(outcome.done).toBe('pull request');
  const pull = github.pulls.at(-1)!;
  expect(pull.base).toBe(site.branch);
  expect(pull.body).toContain(`credited as “${STORY['credit']}”`);
  expect(pull.body).toContain(`Closes #${issue.number}`);
  const [file, text] = Object.entries(pull.files)[0]!;
  expect(file).toBe('content/case-studies/riverside-tenants-and-the-housing-association.mdx');
  expect(text).toContain('The tenants’ group held the vote on priorities');
  expect(issue.comments.at(-1)).toContain('A draft page is ready for review');

  // The same proposal with an answer the checker refuses, edited into the issue: a comment, no pull request.
  issue.body = issue.body.replace('https://news.example.org/tenants-vote', 'https://user:secret@news.example.org/x');
  const pulls = github.pulls.length;
  expect((await proposalToPullRequest(options)).done).toBe('refused');
  expect(github.pulls.length).toBe(pulls);
  expect(issue.comments.at(-1)).toContain('does not pass the handbook’s content check');
});
