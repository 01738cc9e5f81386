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
