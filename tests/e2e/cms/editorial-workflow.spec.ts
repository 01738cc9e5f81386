/**
 * The editorial workflow on one machine, as `npm run editor:workflow` runs it: decap-server's git mode on a
 * throwaway clone of this repository. A contributor's new practice is saved as a draft on a branch of its own
 * while main stays as it was; a curator drags its card to "In Review", then "Ready" in the Workflow view; and
 * publishing merges it into the clone's main, where the content checker finds nothing wrong with it.
 *
 * The same laptop build as the other editor tests: Decap keeps the editorial workflow because decap-server's
 * git mode says it supports it (file mode does not, and Decap then switches to simple publishing).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent, formatContentProblems } from '../../../src/lib/check/check-content.node.ts';
import { cloneForWorkflow, publishedFiles, publishedHead, workflowDrafts } from '../../../src/cli/workflow-clone';
import { startDecapServer } from './decap-server';
import { writePractice } from './decap-forms';

const TITLE = 'Share the budget line by line';
const FILE = 'content/practices/share-the-budget-line-by-line.mdx';
const BRANCH = 'cms/practices/share-the-budget-line-by-line';
const BODY = `## Why it matters

A budget that every partner sees line by line shows who holds the money and who carries the risk. See [Pay partners fairly and resolve issues fairly](/practices/pay-fairly-and-resolve-issues-fairly/), [Agree terms before you start](/practices/agree-terms-before-you-start/) and [the Power question](/questions/power/).
`;

let clone: string | undefined;
let start: string;
let stopDecapServer: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  clone = cloneForWorkflow('.');
  start = publishedHead(clone);
  stopDecapServer = await startDecapServer(clone, 'git');
});

test.afterAll(async () => {
  await stopDecapServer?.();
  if (clone) rmSync(clone, { recursive: true, force: true });
});

test('a proposal is a draft on its own branch, moves through review to ready, and publishing merges it into main', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const repo = clone!;
  // Decap asks before publishing; any other question (restoring an unsaved draft from an earlier visit) is declined.
  page.on('dialog', (dialog) =>
    (dialog.message().includes('publish') ? dialog.accept() : dialog.dismiss()).catch(() => undefined),
  );

  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await writePractice(page, {
    title: TITLE,
    summary: 'Partners see every line of the budget before they agree to it, so the smaller ones can ask where the money goes.',
    question: 'Honesty',
    theme: 'Money and resources',
    body: BODY,
  });

  // In the editorial workflow the editor saves (no "Publish now"): a draft, on a branch of its own.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Status: Draft')).toBeVisible();
  await expect.poll(() => workflowDrafts(repo)).toEqual(new Map([[BRANCH, 'decap-cms/draft']]));
  expect(publishedHead(repo), 'main is unchanged by a draft').toBe(start);
  expect(existsSync(join(repo, FILE)), 'the draft is not on main').toBe(false);
  expect(existsSync(FILE), 'nothing reaches this checkout').toBe(false);

  // The curator's board: one column per status; a card moves by dragging it, as Decap offers.
  await page.goto('/admin/#/workflow');
  const column = (name: string) => page.getByRole('heading', { level: 2, name, exact: true }).locator('..');
  const card = page.locator('[draggable="true"]').filter({ hasText: TITLE });
  await expect(column('Drafts').getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  // Decap's "New Post" is a blog's word (cms-config/admin.ts).
  await expect(page.getByRole('button', { name: 'New page', exact: true })).toBeVisible();

  await card.dragTo(column('In Review'));
  await expect(column('In Review').getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  await expect.poll(() => workflowDrafts(repo)).toEqual(new Map([[BRANCH, 'decap-cms/pending_review']]));

  await card.dragTo(column('Ready'));
  await expect(column('Ready').getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
  await expect.poll(() => workflowDrafts(repo)).toEqual(new Map([[BRANCH, 'decap-cms/pending_publish']]));
  expect(publishedHead(repo), 'main is unchanged by review').toBe(start);
  await testInfo.attach('workflow-ready', { body: await page.screenshot(), contentType: 'image/png' });

  // Only a card in "Ready" can be published: its branch is merged into main and removed.
  await card.getByRole('button', { name: 'Publish new entry' }).click();
  await expect(page.getByText('Entry published')).toBeVisible();
  await expect.poll(() => workflowDrafts(repo)).toEqual(new Map());
  expect(publishedFiles(repo, start)).toEqual([FILE]);
  const saved = readFileSync(join(repo, FILE), 'utf8');
  expect(saved).toContain(`title: ${TITLE}\n`);
  expect(saved.endsWith(`---\n\n${BODY}`)).toBe(true);

  // The merged page passes every rule the build applies.
  const report = checkContent(repo);
  expect(report.problems, formatContentProblems(report.problems)).toEqual([]);
  expect(existsSync(FILE), 'nothing reaches this checkout').toBe(false);
});
