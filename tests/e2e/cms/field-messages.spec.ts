/**
 * Bad input is explained before anything is saved: a rule of one field shows under that field, in the
 * schema's terms; a rule across fields (one lead at most) stops the save with the build's own message.
 * Runs against a copy of content/, so nothing reaches this checkout even if a save slipped through.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDecapServer } from './decap-server';
import { choose } from './decap-forms';

let repo: string;
let stopDecapServer: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'handbook-messages-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  stopDecapServer = await startDecapServer(repo);
});

test.afterAll(async () => {
  await stopDecapServer?.();
  rmSync(repo, { recursive: true, force: true });
});

async function newCaseStudy(page: Page) {
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto('/admin/#/collections/case-studies/new');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

test('a summary that is too short is explained under the field, and nothing is saved', async ({ page }) => {
  await newCaseStudy(page);
  await page.getByLabel('Title', { exact: true }).fill('A short summary test');
  await page.getByLabel('Summary', { exact: true }).fill('Too short.');
  await publish(page);
  await expect(page.getByText('Write a summary of between 30 and 320 characters: one or two sentences.')).toBeVisible();
  expect(existsSync(join(repo, 'content/case-studies/a-short-summary-test.mdx'))).toBe(false);
});

test('two organisations marked as the lead stop the save with the build’s message', async ({ page }) => {
  await newCaseStudy(page);
  await page.getByLabel('Title', { exact: true }).fill('A two leads test');
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Two organisations both claimed to lead, which the handbook does not allow.');
  await page.getByText('No name').locator('xpath=..').getByRole('button').first().click();
  await page.getByLabel('Name', { exact: true }).fill('First charity');
  await page.getByLabel('Role', { exact: true }).fill('Led the work');
  await page.getByLabel('Led the collaboration (optional)').click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  await page.getByLabel('Name', { exact: true }).nth(1).fill('Second charity');
  await page.getByLabel('Role', { exact: true }).nth(1).fill('Also led the work');
  await page.getByLabel('Led the collaboration (optional)').nth(1).click();
  await choose(page, 'Where', ['London']);
  await choose(page, 'Sectors', ['Across sectors']);
  await choose(page, 'Kind of collaboration', ['Partnership']);
  await page.getByLabel('What was done about power', { exact: true }).fill('Both partners said they held the power.');
  await choose(page, 'Themes', ['Power and decision-making']);
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Title of the source', { exact: true }).fill('A report');
  await page.getByLabel('Publisher', { exact: true }).fill('NPC');
  await page.getByLabel(/^Year published/).fill('2021');
  await publish(page);
  await expect(page.getByText('Only one organisation can be the lead (lead: true).', { exact: false })).toBeVisible();
  expect(existsSync(join(repo, 'content/case-studies/a-two-leads-test.mdx'))).toBe(false);
});
