/**
 * The health check's page as the browser tests use it (health-check.spec.ts, health-check-chart.spec.ts): an item
 * by its prompt, and the answers a team would give first.
 */
import type { Page } from '@playwright/test';

/** The first prompt of the Power question. */
export const POWER_PROMPT = /^List what your organisation brings/;

/** An item of the check, by its prompt. */
export const item = (page: Page, name: RegExp) => page.getByRole('group', { name });

/** Names the partnership and who answers, and answers three items: Partly, Not yet and Fully. */
export async function answerSome(page: Page) {
  await page.getByLabel('The partnership').fill('Riverside partnership');
  await page.getByLabel('Answered by').fill('Small charity');
  await item(page, POWER_PROMPT).getByLabel('Partly').check();
  await item(page, /^Compete in an ethical and responsible way/)
    .getByLabel('Not yet')
    .check();
  await item(page, /^Develop fair and equal partnerships/)
    .getByLabel('Fully')
    .check();
}
