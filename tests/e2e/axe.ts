import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The accessibility rules every browser test runs axe with: WCAG 2.0 to 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Each WCAG violation axe finds on the page, as "rule: help (where)", so a failure names what to mend. axe runs in
 * the page itself (legacy mode): the default opens a second, blank page to merge the results of cross-origin frames,
 * which doubled each check's time, and the handbook's pages hold no frame (tests/e2e/built-html.spec.ts). (axe's
 * `resultTypes: ['violations']` would save more, but it changes what rules that compare elements find: on /print/ it
 * reported distinct landmarks as duplicates.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
