/** Filling in the editor's forms in browser tests, the way a contributor does. */
import type { Page } from '@playwright/test';

/** Chooses options in one of Decap's dropdowns by typing each label and pressing Enter. */
export async function choose(page: Page, label: string, options: string[]) {
  const box = page.getByLabel(label, { exact: true });
  for (const option of options) {
    await box.fill(option);
    await page.getByRole('option', { name: option, exact: true }).click();
  }
}

/** A new practice as a contributor writes one in the editor, citing the final report of "Rebalancing the Relationship". */
export interface NewPractice {
  title: string;
  summary: string;
  question: string;
  theme: string;
  body: string;
}

/** Opens a new practice in the editor and fills in every field a practice needs, without saving it. */
export async function writePractice(page: Page, practice: NewPractice) {
  await page.goto('/admin/#/collections/practices/new');
  await page.getByLabel('Title', { exact: true }).fill(practice.title);
  await page.getByLabel('Summary', { exact: true }).fill(practice.summary);
  await choose(page, 'Reflective questions', [practice.question]);
  await choose(page, 'Themes', [practice.theme]);
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Title of the source', { exact: true }).fill('Rebalancing the relationship: final report');
  await page.getByLabel('Publisher', { exact: true }).fill('NCVO, ACEVO and Lloyds Bank Foundation');
  await page.getByLabel(/^Year published/).fill('2021');
  await page.getByRole('textbox', { name: /Page text/ }).fill(practice.body);
}
