/**
 * A practitioner who knows only an organisation's name finds the case it took part in:
 * for every case study, a search for each named organisation lists that case.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { idOf, listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';

interface Organisation {
  name: string;
  unnamed?: boolean;
}

const cases = listPageFiles('.', 'case-studies').map((file) => ({
  id: idOf(file),
  names: (splitFrontmatter(readFileSync(file, 'utf8')).data['organisations'] as Organisation[])
    .filter((org) => !org.unnamed)
    .map((org) => org.name),
}));

// One search page for every case, as a reader searching one name after another: Pagefind's engine and the index
// pieces it has fetched are loaded once, not again for each case.
test.describe.configure({ mode: 'default' });
let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await page.goto('/search/');
});
test.afterAll(async () => {
  await page?.close();
});

for (const { id, names } of cases) {
  test(`search finds /case-studies/${id}/ by ${names.join(', ') || 'its named organisations'}`, async () => {
    const found = await page.evaluate(async (queries) => {
      const path = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ path);
      const urls: Record<string, string[]> = {};
      for (const query of queries) {
        const search = await pagefind.search(query);
        urls[query] = await Promise.all(
          search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
        );
      }
      return urls;
    }, names);
    for (const name of names) expect(found[name], `a search for "${name}"`).toContain(`/case-studies/${id}/`);
  });
}
