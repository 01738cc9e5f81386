/**
 * The benchmark's synthetic handbook (tests/bench/synthetic-pages.ts) must be one the handbook accepts, or
 * `npm run bench` would time a build that stops at the content check. Its frontmatter is drawn from the field
 * descriptions, so a new field or rule is followed; this test says so in seconds instead of minutes.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent, formatContentProblems } from '../../src/lib/check/check-content.node.ts';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';
import { syntheticPages } from '../bench/synthetic-pages';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'synthetic-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes pages of every kind that pass every rule of the content check', () => {
  const pages = syntheticPages(120);
  cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
  cpSync(join(root, '.github'), join(dir, '.github'), { recursive: true });
  for (const page of pages) {
    mkdirSync(dirname(join(dir, page.file)), { recursive: true });
    writeFileSync(join(dir, page.file), page.text);
  }
  const report = checkContent(dir);
  expect(formatContentProblems(report.problems)).toBe('');
  expect(report.pages).toBe(120);
  expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(COLLECTIONS));
  // What a real page holds, so the build times real work: links between pages, tables, footnotes, components.
  const all = pages.map((p) => p.text).join('\n');
  for (const construct of ['](/practices/', '](/case-studies/', '#', '| --- |', '[^1]:', '<Quote source=', '<Callout type=']) {
    expect(all).toContain(construct);
  }
  expect([...report.graph.backlinks.values()].some((links) => links.length > 0)).toBe(true);
});

it('makes the same pages every time, so runs can be compared', () => {
  expect(syntheticPages(40)).toEqual(syntheticPages(40));
});
