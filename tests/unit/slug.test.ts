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
import { checkContent } from '../../src/lib/check/check-content.node.ts';
import { isSlug, slugify } from '../../src/lib/core/slug';

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

/**
 * The file name Decap gives a new page titled so: the collection's `slug` template filled from the entry's data as
 * the editor saves it (admin.ts adds FILE_NAME), each value through Decap's sanitiser with the site's settings
 * (slugFormatter in decap-cms-core's lib/formatters.ts; its `prepareSlug` step, which lower-cases, drops "'" and
 * turns "." into "-", leaves a page id as it is).
 */
function editorFileName(title: string): string {
  const template = collections().find((c) => c.name === 'practices')!.slug!;
  const { slug } = cmsConfig({ local: false });
  const data = Map({ title, [FILE_NAME]: slugify(title) });
  return compileStringTemplate(template, null, title, data, (value: string) => sanitizeSlug(value, slug));
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
    expect(editorFileName(title)).toBe(id);
  });

  it('would otherwise let Decap keep "_" and "~" in a file name', () => {
    expect(sanitizeSlug('snake_case~title', cmsConfig({ local: false }).slug)).toBe('snake_case~title');
  });

  it('never writes the file name into the page', () => {
    expect(toFile({ title: 'Pay fairly', [FILE_NAME]: 'pay-fairly', body: 'Text.' })).toBe(
      '---\ntitle: Pay fairly\n---\n\nText.',
    );
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
