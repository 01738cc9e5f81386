/**
 * The content checker's verdicts kept between runs (src/lib/check/check-cache.node.ts): an unchanged page gets the verdict
 * it got before, problems included, and anything a verdict depends on (the page's bytes, the media files)
 * changing means the page is checked again.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { CACHE_DIR } from '../../src/lib/check/check-cache.node.ts';
import { checkContent, formatContentProblems } from '../../src/lib/check/check-content.node.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function handbook(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
  for (const [path, text] of Object.entries(files)) write(path, text);
  return dir;
}
function write(path: string, text: string | Uint8Array) {
  mkdirSync(join(dir!, path, '..'), { recursive: true });
  writeFileSync(join(dir!, path), text);
}

const guide = (body: string) =>
  `---\ntitle: A guide\nsummary: A guide used to check that the checker's kept verdicts hold.\nlastReviewed: 2026-11-25\n---\n\n${body}\n\nSee [the practices](/practices/), [the case studies](/case-studies/) and [the guides](/guides/).\n`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const report = (root: string) => {
  const { problems, warnings, pages, checked, graph } = checkContent(root, { cache: true });
  return { problems: formatContentProblems(problems), warnings, pages, checked, backlinks: graph.backlinks };
};

it('gives an unchanged page the verdict it got before, problems and all', () => {
  const root = handbook({
    'content/guides/good.mdx': guide('## Start\n\nSee [the other guide](/guides/bad/).'),
    'content/guides/bad.mdx': guide('<script>alert(1)</script>\n\n[Gone](/guides/gone/) and {1 + 1}.'),
  });
  const first = report(root);
  expect(existsSync(join(root, CACHE_DIR))).toBe(true);
  expect(first.problems).toContain('content/guides/bad.mdx:7:1 <script>');
  expect(first.problems).toContain('links to /guides/gone/');
  expect(report(root)).toEqual(first);
});

it('checks a page again when its text changes', () => {
  const root = handbook({ 'content/guides/a.mdx': guide('Fine text.') });
  expect(report(root).problems).toBe('');
  write('content/guides/a.mdx', guide('<iframe src="https://example.org"></iframe>'));
  expect(report(root).problems).toContain('content/guides/a.mdx:7:1 <iframe>');
  write('content/guides/a.mdx', guide('Fine text again.'));
  expect(report(root).problems).toBe('');
});

it('checks every page again when the media files change', () => {
  const root = handbook({ 'content/guides/a.mdx': guide('![A chart](/media/chart.png)') });
  expect(report(root).problems).toContain('/media/chart.png');
  write('public/media/chart.png', PNG);
  expect(report(root).problems).toBe('');
});
