/**
 * `npm run pdf` prints the whole handbook to a PDF that holds every page's title and numbers its pages. The PDF
 * is read back with pdf.js (npm `pdfjs-dist`), so the test needs no other tool. Its size and page count are
 * reported with the test.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import { smartPunctuation } from '../../src/lib/curation/smart-punctuation';

const OUT = 'test-results/handbook.pdf';

/** Text as it compares across HTML and PDF: compatibility forms folded (ligatures), white space collapsed. */
const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

test('npm run pdf writes the whole handbook, every page’s title in it, with page numbers', async () => {
  test.setTimeout(240_000);
  const { stdout } = await promisify(execFile)('npm', ['run', 'pdf', '--', '--out', OUT], { timeout: 200_000 });
  expect(stdout).toMatch(/Wrote .*handbook\.pdf/);

  const pdf = await getDocument({ data: new Uint8Array(readFileSync(OUT)) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  const text = normalise(pages.join('\n'));

  // Titles as the site prints them: with the body's smart punctuation (src/lib/curation/smart-punctuation.ts).
  const titleOf = (file: string) => smartPunctuation(String(splitFrontmatter(readFileSync(file, 'utf8')).data['title']));
  const titles = COLLECTIONS.flatMap((collection) => listPageFiles('.', collection).map((file) => normalise(titleOf(file))));
  expect(titles.length).toBeGreaterThanOrEqual(60);
  expect(titles.filter((title) => !text.includes(title))).toEqual([]);

  expect(normalise(pages[0]!)).toContain(`Page 1 of ${pdf.numPages}`);
  expect(normalise(pages.at(-1)!)).toContain(`Page ${pdf.numPages} of ${pdf.numPages}`);

  const megabytes = (statSync(OUT).size / 1024 / 1024).toFixed(1);
  test.info().annotations.push({ type: 'handbook.pdf', description: `${pdf.numPages} pages, ${megabytes} MB` });
  console.log(`handbook.pdf: ${pdf.numPages} pages, ${megabytes} MB`);
});
