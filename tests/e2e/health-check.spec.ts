/**
 * The partnership health check as a team uses it: answers kept across a reload, exported and imported again
 * unchanged, cleared, and weak answers linked to the pages that help; without JavaScript, a worksheet.
 */
import { readFile } from 'node:fs/promises';
import { failOnConsoleErrors } from './no-console-errors';
import { answerSome, item, POWER_PROMPT } from './health-check-page';
import { expect, test, type Page } from '@playwright/test';

failOnConsoleErrors();

/** Fills in a few answers the way a team would, with a note. */
async function answerWithNotes(page: Page) {
  await answerSome(page);
  await item(page, POWER_PROMPT).getByLabel('Notes').fill('We hold the contract.\nThey hold the trust.');
}

async function expectAnswers(page: Page) {
  await expect(page.getByLabel('The partnership')).toHaveValue('Riverside partnership');
  await expect(page.getByLabel('Answered by')).toHaveValue('Small charity');
  await expect(item(page, POWER_PROMPT).getByLabel('Partly')).toBeChecked();
  await expect(item(page, POWER_PROMPT).getByLabel('Notes')).toHaveValue('We hold the contract.\nThey hold the trust.');
  await expect(item(page, /^Compete in an ethical and responsible way/).getByLabel('Not yet')).toBeChecked();
  await expect(item(page, /^Develop fair and equal partnerships/).getByLabel('Fully')).toBeChecked();
  await expect(page.getByText('3 of 25 items answered.')).toBeVisible();
}

test('answers survive a reload, and say plainly where they are kept', async ({ page }) => {
  await page.goto('/health-check/');
  await expect(page.getByText('Your answers stay in this browser.')).toBeVisible();
  await expect(page.getByText(/Nothing is sent to the handbook or to anyone else, and no cookies are used/)).toBeVisible();
  await answerWithNotes(page);
  await page.reload();
  await expectAnswers(page);
  expect(await page.context().cookies()).toEqual([]);
});

test('weak answers are listed with the practices and case studies that help', async ({ page }) => {
  await page.goto('/health-check/');
  const result = page.getByRole('region', { name: 'What to work on' });
  await expect(result).toBeHidden();
  await answerWithNotes(page);
  await expect(result).toBeVisible();
  await expect(result.getByText('2 items are answered Not yet, Partly or Not sure.', { exact: false })).toBeVisible();
  const power = result.getByRole('region', { name: 'Power' });
  await expect(power.getByText(/List what your organisation brings/)).toBeVisible();
  await expect(power.getByText('(Partly)')).toBeVisible();
  await expect(power.getByText('Your notes: We hold the contract.')).toBeVisible();
  await expect(power.getByRole('link', { name: 'Compete ethically and responsibly' })).toBeVisible();
  await expect(power.getByRole('link', { name: 'Health Now (Groundswell)' })).toBeVisible();
  const behaviours = result.getByRole('region', { name: 'Behaviours of collaborative organisations' });
  await expect(behaviours.getByText(/Compete in an ethical and responsible way/)).toBeVisible();
  // Answered "Fully": nothing to work on there.
  await expect(behaviours.getByText(/Develop fair and equal partnerships/)).toBeHidden();
  // Answers not weak in a section hide the section.
  await expect(result.getByRole('region', { name: 'Empathy' })).toBeHidden();
});

test('a JSON export, imported after clearing, gives back the same answers', async ({ page }) => {
  await page.goto('/health-check/');
  await answerWithNotes(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^health-check-riverside-partnership-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { answers: { id: string; rating: string }[] };
  expect(exported.answers.map((a) => [a.id, a.rating])).toEqual([
    ['power-1', 'partly'],
    ['compete-ethically', 'not-yet'],
    ['fair-and-equal-partnerships', 'fully'],
  ]);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clear all answers' }).click();
  await expect(page.getByText('All answers are cleared from this browser.')).toBeVisible();
  await expect(page.getByLabel('The partnership')).toHaveValue('');
  await expect(item(page, POWER_PROMPT).getByLabel('Partly')).not.toBeChecked();
  await page.reload();
  await expect(page.getByText('0 of 25 items answered.')).toBeVisible();

  await page.getByLabel('Import answers from a JSON file').setInputFiles(file);
  await expect(page.getByText(/Imported 3 answers from .+, replacing the answers that were here\./)).toBeVisible();
  await expectAnswers(page);
  // The imported answers are kept like typed ones.
  await page.reload();
  await expectAnswers(page);
});

test('a file that is not an export is refused and the answers are kept', async ({ page }) => {
  await page.goto('/health-check/');
  await answerWithNotes(page);
  await page
    .getByLabel('Import answers from a JSON file')
    .setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from('{"records": []}') });
  await expect(page.getByText(/This file cannot be imported: it is not a health check export/)).toBeVisible();
  await expectAnswers(page);
});

test('the Markdown export holds every answer and what to work on', async ({ page }) => {
  await page.goto('/health-check/');
  await answerWithNotes(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Partnership health check: Riverside partnership/);
  expect(markdown).toContain('Answered by Small charity.');
  expect(markdown).toMatch(
    /1\. List what your organisation brings[^\n]*\n {3}- Answer: Partly\n {3}- Notes:\n\n {5}We hold the contract\.\n {5}They hold the trust\./,
  );
  expect(markdown).toMatch(/## What to work on[\s\S]*- Compete in an ethical and responsible way \(Not yet\)/);
  expect(markdown).toMatch(/\[Compete ethically and responsibly\]\(http[^)]+\/practices\/compete-ethically\/\)/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is a worksheet to print, and says so', async ({ page }) => {
    await page.goto('/health-check/');
    await expect(page.getByText('This page works as a worksheet.')).toBeVisible();
    await expect(item(page, POWER_PROMPT).getByLabel('Not yet')).toBeVisible();
    await expect(item(page, POWER_PROMPT).getByLabel('Notes')).toBeVisible();
    await expect(page.getByRole('group')).toHaveCount(25);
    // Nothing is offered that cannot work.
    await expect(page.getByRole('button', { name: 'Export as JSON' })).toBeHidden();
    await expect(page.getByText('Your answers stay in this browser.')).toBeHidden();
  });
});
