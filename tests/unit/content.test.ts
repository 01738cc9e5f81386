/**
 * The handbook's own pages, checked as a curator would before publishing: every page's frontmatter is
 * valid, every internal link and anchor leads somewhere, pages link to each other, and no page copies
 * its sources.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, idOf, listPageFiles, readKnownIds } from '../../src/lib/content-files';
import { checkFrontmatter, formatProblems } from '../../src/lib/entry-errors';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { headingIds, internalLinks, splitHref } from '../../src/lib/links';
import { COPY_RUN_WORDS, indexSource, sharedRuns } from '../../src/lib/originality';
import { pageUrl } from '../../src/lib/routes';
import { themes } from '../../src/lib/vocabulary';

const root = resolve(import.meta.dirname, '../..');
const known = readKnownIds(root);
const pages = COLLECTIONS.flatMap((collection) =>
  listPageFiles(root, collection).map((file) => {
    const parsed = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
    return { collection, file, id: idOf(file), ...parsed };
  }),
);

// Routes that are not content pages but may be linked from content.
const FIXED_ROUTES = ['/', '/practices/', '/case-studies/', '/questions/', '/guides/', '/themes/', '/search/'];
const anchorsByPath = new Map<string, string[]>(FIXED_ROUTES.map((route) => [route, []]));
for (const theme of themes) anchorsByPath.set(`/themes/${theme.value}/`, []);
for (const page of pages) anchorsByPath.set(pageUrl(page.collection, page.id), headingIds(page.body));

describe('every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s has valid frontmatter', (_file, page) => {
    const problems = checkFrontmatter(page.collection, page.data, page.file, known);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s links only to pages and sections that exist', (_file, page) => {
    const broken = internalLinks(page.body).flatMap(({ href, line }) => {
      const { path, anchor } = splitHref(href);
      const anchors = anchorsByPath.get(path);
      if (!anchors) return [`${page.file}:${page.bodyStartLine + line - 1} links to ${href}, which is not a page`];
      if (anchor && !anchors.includes(anchor))
        return [`${page.file}:${page.bodyStartLine + line - 1} links to #${anchor}, not a heading of ${path}`];
      return [];
    });
    expect(broken).toEqual([]);
  });
});

describe('the first edition', () => {
  const count = (collection: string) => pages.filter((p) => p.collection === collection).length;

  it('has at least 40 pages: 5 questions, 12 practices and 15 case studies', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(count('questions')).toBe(5);
    expect(count('practices')).toBeGreaterThanOrEqual(12);
    expect(count('case-studies')).toBeGreaterThanOrEqual(15);
  });

  it('has the five questions and the three founding case studies', () => {
    expect([...known.questions].sort()).toEqual(['communication', 'empathy', 'honesty', 'impact', 'power']);
    for (const id of ['health-now-groundswell', 'detention-forum', 'london-community-response-fund'])
      expect(known['case-studies'].has(id), id).toBe(true);
  });

  it('links every practice to a case study and every case study to a practice', () => {
    const lonely = pages.flatMap((p) => {
      if (p.collection === 'practices' && !(p.data['relatedCaseStudies'] as string[] | undefined)?.length) return [p.file];
      if (p.collection === 'case-studies' && !(p.data['relatedPractices'] as string[] | undefined)?.length) return [p.file];
      return [];
    });
    expect(lonely).toEqual([]);
  });

  it('gives every page at least one source and at least 3 internal links', () => {
    const thin = pages.flatMap((p) => {
      const problems: string[] = [];
      if (!(p.data['sources'] as unknown[] | undefined)?.length) problems.push(`${p.file} cites no source`);
      const links = internalLinks(p.body).length;
      if (links < 3) problems.push(`${p.file} has ${links} internal links`);
      return problems;
    });
    expect(thin).toEqual([]);
  });
});

// The source texts sit beside the repository (../shared/sources), not in it: they are other people's words.
const sourcesDir = process.env['HANDBOOK_SOURCES_DIR'] ?? resolve(root, '../shared/sources');
const haveSources = existsSync(sourcesDir);

describe.skipIf(!haveSources && !process.env['CI'])(`no page copies its sources (${COPY_RUN_WORDS}-word runs)`, () => {
  const sources = haveSources
    ? readdirSync(sourcesDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ name, runs: indexSource(readFileSync(join(sourcesDir, name), 'utf8')) }))
    : [];

  it('finds the source texts', () => {
    expect(sources.length, `no source texts in ${sourcesDir}`).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s is in its own words', (_file, page) => {
    const text = `${JSON.stringify(page.data)}\n${page.body}`;
    const copied = sources.flatMap((source) => sharedRuns(text, source.runs).map((run) => `${source.name}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
