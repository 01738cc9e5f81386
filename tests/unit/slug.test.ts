/**
 * One rule for a page's file name: the checker refuses what `isSlug` refuses, and the editor names a new page's
 * file with `slugify`, through Decap's own template and sanitiser, so it cannot make a file the checker refuses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileStringTemplate } from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { Map } from 'immutable';
import { describe, expect, it } from 'vitest';
import { collections } from '../../cms-config/collections';
import { cmsConfig } from '../../cms-config/config';
import { FILE_NAME, toFile } from '../../cms-config/frontmatter-format';
import { beforeSave } from '../../cms-config/save-check';
import { checkContent } from '../../src/lib/check-content';
import { isSlug, slugify } from '../../src/lib/slug';

const TITLES: [string, string][] = [
  ['Pay partners fairly and on time', 'pay-partners-fairly-and-on-time'],
  ['snake_case_title', 'snake-case-title'],
  ['About ~ roughly', 'about-roughly'],
  ['Café réseau, Zürich', 'cafe-reseau-zurich'],
  ['Don’t pay late: don’t', 'dont-pay-late-dont'],
  ["Partners' money", 'partners-money'],
  ['🎉 Launch 🎉', 'launch'],
  ['🎉 ✨ 🎉', 'page'],
  ['Nul', 'nul-page'],
  ['v2.0 -- the review', 'v2-0-the-review'],
];

/** A practice's data as the editor holds it before the first save. */
const practice = (title: string) => ({
  title,
  summary: 'A practice used to check how the editor names a new page’s file.',
  questions: ['power'],
  themes: ['power-and-decisions'],
  sources: [{ title: 'A source', publisher: 'A publisher', year: 2021 }],
  lastReviewed: '2026-11-25',
});

/**
 * The file name Decap gives a new page: the collection's `slug` template filled from the entry's data, each value
 * through its sanitiser, with the site's settings (slugFormatter in decap-cms-core's lib/formatters.ts; its
 * `prepareSlug` step, which lower-cases, drops "'" and turns "." into "-", leaves a page id as it is).
 */
function editorFileName(data: Record<string, unknown>): string {
  const template = collections().find((c) => c.name === 'practices')!.slug!;
  const { slug } = cmsConfig({ local: false });
  return compileStringTemplate(template, null, String(data['title']), Map(data), (value: string) => sanitizeSlug(value, slug));
}

describe('the slug rule', () => {
  it.each(TITLES)('turns %j into the page id %j', (title, id) => {
    expect(slugify(title)).toBe(id);
    expect(isSlug(id)).toBe(true);
  });

  it('refuses what cannot be an address, or a file name on Windows', () => {
    for (const name of ['a_b', 'a~b', 'A-b', 'a--b', '-a', 'a-', 'café', 'con', 'lpt1', ''])
      expect(isSlug(name), name).toBe(false);
  });

  it.each(TITLES)('has the editor name a new page titled %j by the same rule', (title, id) => {
    const data = practice(title);
    const fileName = beforeSave('practices', data, true);
    expect(editorFileName({ ...data, [FILE_NAME]: fileName })).toBe(id);
  });

  it('would otherwise let Decap keep "_" and "~" in a file name', () => {
    expect(sanitizeSlug('snake_case~title', cmsConfig({ local: false }).slug)).toBe('snake_case~title');
  });

  it('names no file when a page already exists, and never writes the name into the page', () => {
    expect(beforeSave('practices', practice('Pay fairly'), false)).toBeUndefined();
    expect(toFile({ ...practice('Pay fairly'), [FILE_NAME]: 'pay-fairly', body: 'Text.' })).not.toContain(FILE_NAME);
  });

  it('has the checker tell a contributor the name to rename a file to', () => {
    const root = mkdtempSync(join(tmpdir(), 'handbook-slug-'));
    try {
      mkdirSync(join(root, 'content/guides'), { recursive: true });
      writeFileSync(join(root, 'content/guides/snake_case~title.mdx'), '---\ntitle: A guide\n---\n');
      const messages = checkContent(root).problems.map((p) => p.message);
      expect(messages).toContainEqual(expect.stringContaining('Rename it to snake-case-title.mdx.'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
