/**
 * The editor's preview renders a page's text with unified (cms-config/render-preview.ts), the site with
 * Sätteri. For every page of the built site, the two must agree on what a reader relies on: the words
 * (with the same smart punctuation), every heading's id, level and text (links to sections), and the
 * markup of tables, footnotes and the handbook's components. Reads dist/ after the build; needs no browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { idOf, listPageFiles } from '../../src/lib/content/content-files.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { splitFrontmatter } from '../../src/lib/core/frontmatter';
import { renderPreview } from '../../cms-config/render-preview';

/** Headings that the page frame adds around the text, not the text itself. */
const FRAME_HEADINGS = new Set(['sources-title']);

/** The text a reader reads: a block's edge is a break between words whatever the spacing around it. */
const decode = (html: string) =>
  html
    .replace(
      /<\/?(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|div|table|thead|tbody|tr|td|th|section|details|summary|pre|dl|dt|dd|hr|br)\b[^>]*>/g,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

function headings(html: string) {
  return [...html.matchAll(/<h([1-6])[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
    .map((m) => ({ depth: Number(m[1]), id: m[2]!, text: decode(m[3]!) }))
    .filter((h) => !FRAME_HEADINGS.has(h.id));
}

/**
 * Markup compared as a reader's browser sees it: same elements, attributes and text, whatever the spacing
 * between tags and at the edges of blocks (where a browser shows none).
 */
const normalise = (html: string) =>
  html
    .replace(
      /\s*(<\/?(?:blockquote|figure|figcaption|div|p|table|thead|tbody|tr|td|th|section|ol|ul|li|h[1-6])\b[^>]*>)\s*/g,
      '$1',
    )
    .replace(/>\s+</g, '><')
    .replace(/&#x3C;/g, '&lt;')
    .replace(/&#x26;/g, '&amp;')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/=""/g, '')
    .trim();

function blocks(html: string): string[] {
  const patterns = [
    /<table>[\s\S]*?<\/table>/g,
    /<section data-footnotes[\s\S]*?<\/section>/g,
    /<figure class="quote">[\s\S]*?<\/figure>/g,
    /<div class="callout[^"]*" role="note">[\s\S]*?<\/div>/g,
  ];
  return patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((m) => normalise(m[0])));
}

/** The page's own text: what the page template marks as it for /print/ (src/lib/render/print-document.ts). */
function pageText(built: string): string {
  const start = /<!--page-text [0-9a-f]+-->/.exec(built);
  const end = built.indexOf('<!--/page-text ');
  if (!start || end < 0) throw new Error('The built page has no marked page text.');
  return built.slice(start.index + start[0].length, end);
}

const pages = COLLECTIONS.flatMap((collection) =>
  listPageFiles('.', collection).map((file) => ({ collection, file, id: idOf(file) })),
);

for (const { collection, file, id } of pages) {
  test(`${file}: the preview gives the built page's headings, tables, footnotes and components`, () => {
    const built = readFileSync(`dist/${collection}/${id}/index.html`, 'utf8');
    const main = pageText(built);
    const preview = renderPreview(splitFrontmatter(readFileSync(file, 'utf8')).body);
    expect(preview.problem).toBeUndefined();
    expect(decode(preview.html)).toBe(decode(main));
    expect(headings(preview.html)).toEqual(headings(main));
    expect(blocks(preview.html)).toEqual(blocks(main));
  });
}

test('the handbook has tables and components for the comparison to cover', () => {
  const all = pages.map(({ file }) => readFileSync(file, 'utf8')).join('\n');
  expect(all).toMatch(/^\|.*\|$/m);
  expect(all).toContain('<Quote ');
  expect(all).toContain('<Callout ');
});
