/**
 * The handbook's own pages, checked as a curator would before publishing: every page's frontmatter is
 * valid, every internal link and anchor leads somewhere, pages link to each other, sources can be opened,
 * case studies say what they know and what they do not, glossary terms are linked on first use, and no
 * page copies its sources.
 *
 * Each rule below is a small function that returns the problems it finds. The functions are tested on a
 * good and a bad example first, then run over every page, so a failing test names the file, the line and
 * what to change.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idOf, listPageFiles, readKnownIds } from '../../src/lib/content-files';
import { COLLECTIONS } from '../../src/lib/page-kinds';
import { checkFrontmatter, formatProblems } from '../../src/lib/entry-errors';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { splitHref } from '../../src/lib/links';
import { headingIds, internalLinks } from '../support/page-links';
import { COPY_RUN_WORDS, indexSource, sharedRuns } from '../support/originality';
import { linkableRoutes, pageUrl } from '../../src/lib/routes';
import { site } from '../../src/site.config';

const root = resolve(import.meta.dirname, '../..');
const known = readKnownIds(root);
// A page whose frontmatter cannot be read fails its own test below instead of stopping the whole file.
const pages = COLLECTIONS.flatMap((collection) =>
  listPageFiles(root, collection).map((file) => {
    const page = { collection, file, id: idOf(file) };
    try {
      return { ...page, ...splitFrontmatter(readFileSync(join(root, file), 'utf8')), readError: undefined };
    } catch (error) {
      const readError = error instanceof Error ? error.message : String(error);
      return { ...page, data: {} as Record<string, unknown>, body: '', bodyStartLine: 1, frontmatter: '', readError };
    }
  }),
);

const anchorsByPath = new Map<string, string[]>(linkableRoutes().map((route) => [route, []]));
for (const page of pages) anchorsByPath.set(pageUrl(page.collection, page.id), headingIds(page.body));

describe('every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s can be read', (_file, page) => {
    expect(page.readError, `${page.file}: ${page.readError}`).toBeUndefined();
  });

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

describe('the second edition', () => {
  const count = (collection: string) => pages.filter((p) => p.collection === collection).length;

  it('has at least 60 pages: 5 questions, 24 practices and 30 case studies', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(count('questions')).toBe(5);
    expect(count('practices')).toBeGreaterThanOrEqual(24);
    expect(count('case-studies')).toBeGreaterThanOrEqual(30);
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

// ---------------------------------------------------------------------------------------------------
// Sources a reader can open.
// ---------------------------------------------------------------------------------------------------

interface SourceEntry {
  title?: unknown;
  url?: unknown;
  accessed?: unknown;
}

const sourcesOf = (data: Record<string, unknown>): SourceEntry[] =>
  Array.isArray(data['sources']) ? (data['sources'] as SourceEntry[]) : [];

/**
 * What is wrong with one source's address: it must parse, use https (a reader's browser warns on
 * http) and carry no user name or password ("https://user:secret@host/…" leaks a credential and can
 * disguise where a link goes). An entry without a url is not checked here; the share test counts it.
 */
function sourceUrlProblem(url: unknown): string | undefined {
  if (typeof url !== 'string') return 'has a url that is not text';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `has a url that is not a web address: ${url}`;
  }
  if (parsed.protocol !== 'https:') return `has a url that is not https: ${url}`;
  if (parsed.username || parsed.password) return `has a url with a user name or password in it: ${url}`;
  return undefined;
}

/** The share of source entries, across the handbook, that a reader can open: at least this. */
const MIN_SHARE_WITH_URL = 0.8;

describe('source addresses', () => {
  it('accepts a plain https address and refuses http, credentials and non-addresses', () => {
    expect(sourceUrlProblem('https://www.ncvo.org.uk/news-and-insights/')).toBeUndefined();
    expect(sourceUrlProblem('http://www.example.org/report')).toMatch(/not https/);
    expect(sourceUrlProblem('https://user:secret@example.org/')).toMatch(/user name or password/);
    expect(sourceUrlProblem('https://user@example.org/')).toMatch(/user name or password/);
    expect(sourceUrlProblem('www.example.org')).toMatch(/not a web address/);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s cites sources at https addresses without credentials', (_file, page) => {
    const problems = sourcesOf(page.data).flatMap((source, i) => {
      if (source.url === undefined) return [];
      const problem = sourceUrlProblem(source.url);
      const out = problem ? [`${page.file}: sources[${i}] ("${String(source.title)}") ${problem}`] : [];
      if (source.accessed === undefined)
        out.push(`${page.file}: sources[${i}] ("${String(source.title)}") has a url but no accessed date (YYYY-MM-DD)`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it(`gives at least ${MIN_SHARE_WITH_URL * 100}% of all source entries an address`, () => {
    const all = pages.flatMap((p) => sourcesOf(p.data).map((s) => ({ file: p.file, title: String(s.title), url: s.url })));
    const withUrl = all.filter((s) => typeof s.url === 'string' && s.url.trim() !== '').length;
    const share = all.length === 0 ? 0 : withUrl / all.length;
    const without = all.filter((s) => s.url === undefined).map((s) => `${s.file}: "${s.title}"`);
    expect(
      share,
      `${withUrl} of ${all.length} source entries have a url (${Math.round(share * 100)}%). Entries without one:\n${without.join('\n')}`,
    ).toBeGreaterThanOrEqual(MIN_SHARE_WITH_URL);
  });
});

// ---------------------------------------------------------------------------------------------------
// Case studies: when, who and from what.
// ---------------------------------------------------------------------------------------------------

/**
 * The convention a case study follows when a fact is missing: it has a section headed exactly
 * "## What is not known", and in it a sentence saying what is missing.
 *
 * - **When it ran.** A case whose `period.status` is "unknown" (or missing) must say so in that section:
 *   a sentence using one of PERIOD_WORDS, e.g. "The sources do not say when it began or whether it is
 *   still running."
 * - **Sources with addresses.** A case with fewer than two sources that have a url must explain why in
 *   that section: a sentence that names sources ("source" or "sources") and one of FEW_SOURCES_WORDS,
 *   e.g. "Only one published source describes it, and it is not online."
 *
 * Every case names at least one organisation (an entry in `organisations` without `unnamed: true`), and a
 * case that is not marked `completeness: complete` has the "## What is not known" section, since it has gaps
 * by its own account (the guides tell readers to look for that section).
 */
const NOT_KNOWN_HEADING = 'What is not known';
const PERIOD_WORDS = /\b(still|running|active|ended|ends|began|begin|started|start|closed|dates?)\b/i;
const FEW_SOURCES_WORDS = /\b(only|single|one|few|fewer|no other|online|web|address|addresses)\b/i;
const SOURCE_WORD = /\bsources?\b/i;

/** The Markdown heading pattern links.ts uses, so sections are found the way the site finds headings. */
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** A heading's text as a reader sees it: links, emphasis and code marks removed. */
function plainHeading(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

/** The text of the level-2 section with this heading, up to the next level-1 or level-2 heading. */
function sectionText(body: string, heading: string): string | undefined {
  let inside = false;
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    const match = HEADING.exec(line);
    if (match) {
      if (inside && match[1]!.length <= 2) break;
      if (match[1]!.length === 2 && plainHeading(match[2]!).toLowerCase() === heading.toLowerCase()) {
        inside = true;
        continue;
      }
    }
    if (inside) lines.push(line);
  }
  return inside ? lines.join('\n') : undefined;
}

const sentences = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean);

function caseStudyProblems(file: string, data: Record<string, unknown>, body: string): string[] {
  const problems: string[] = [];
  const notKnown = sectionText(body, NOT_KNOWN_HEADING);
  const says = (test: (sentence: string) => boolean) => (notKnown ? sentences(notKnown).some(test) : false);

  const period = (data['period'] ?? {}) as { status?: unknown };
  const status = typeof period.status === 'string' ? period.status : 'unknown';
  if (status === 'unknown' && !says((s) => PERIOD_WORDS.test(s)))
    problems.push(
      `${file}: period.status is unknown, and no "## ${NOT_KNOWN_HEADING}" section says what is not known about when it ran ` +
        `(a sentence using one of: still, running, active, ended, began, started, closed, dates).`,
    );

  const organisations = Array.isArray(data['organisations'])
    ? (data['organisations'] as { name?: unknown; unnamed?: unknown }[])
    : [];
  if (!organisations.some((o) => o && o.unnamed !== true && typeof o.name === 'string' && o.name.trim() !== ''))
    problems.push(`${file}: names no organisation (every entry in organisations has unnamed: true).`);

  const completeness = typeof data['completeness'] === 'string' ? data['completeness'] : 'partial';
  if (completeness !== 'complete' && notKnown === undefined)
    problems.push(
      `${file}: is marked ${completeness}, but has no "## ${NOT_KNOWN_HEADING}" section saying what public sources do not say` +
        (sectionText(body, 'What the sources do not tell us') !== undefined
          ? ' (rename "## What the sources do not tell us" to it).'
          : '.'),
    );

  const withAddress = sourcesOf(data).filter((s) => s.url !== undefined && !sourceUrlProblem(s.url)).length;
  if (withAddress < 2 && !says((s) => SOURCE_WORD.test(s) && FEW_SOURCES_WORDS.test(s)))
    problems.push(
      `${file}: has ${withAddress} source(s) with a web address (at least 2 needed), and no "## ${NOT_KNOWN_HEADING}" section ` +
        `says why (a sentence about the sources using one of: only, single, one, few, no other, online, web, address).`,
    );
  return problems;
}

describe('case studies', () => {
  const twoSources = [
    { title: 'A', url: 'https://example.org/a' },
    { title: 'B', url: 'https://example.org/b' },
  ];
  const named = [{ name: 'Groundswell', role: 'Lead' }];

  it('accepts a case with a known period, a named organisation and two sources with addresses', () => {
    const data = { period: { status: 'ended' }, organisations: named, sources: twoSources, completeness: 'complete' };
    expect(caseStudyProblems('good.mdx', data, '## Background\n\nText.\n')).toEqual([]);
  });

  it('accepts gaps that the "What is not known" section explains', () => {
    const data = { period: { status: 'unknown' }, organisations: named, sources: [{ title: 'Note' }] };
    const body =
      '## Lessons\n\nText.\n\n## What is not known\n\nThe sources do not say when it began or whether it is still running. ' +
      'Only one source describes it, and that source is not online.\n';
    expect(caseStudyProblems('gaps.mdx', data, body)).toEqual([]);
  });

  it('refuses an unknown period, unnamed organisations and one source, with no explanation', () => {
    const data = {
      period: { status: 'unknown' },
      organisations: [{ name: 'Member charities', unnamed: true, role: 'Members' }],
      sources: [{ title: 'A', url: 'https://example.org/a' }],
    };
    const body = '## Lessons\n\nText.\n\n## What the sources do not tell us\n\nWho funded it is not known.\n';
    const problems = caseStudyProblems('bad.mdx', data, body);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/is marked partial, but has no "## What is not known" section .*rename/);
    expect(problems.join('\n')).toMatch(/period\.status is unknown/);
    expect(problems.join('\n')).toMatch(/names no organisation/);
    expect(problems.join('\n')).toMatch(/1 source\(s\) with a web address/);
  });

  it('does not count an http address or one with credentials towards the two', () => {
    const data = {
      period: { status: 'active' },
      completeness: 'complete',
      organisations: named,
      sources: [
        { title: 'A', url: 'http://example.org/a' },
        { title: 'B', url: 'https://me@example.org/b' },
      ],
    };
    expect(caseStudyProblems('weak.mdx', data, '')).toHaveLength(1);
  });

  it.each(pages.filter((p) => p.collection === 'case-studies').map((p) => [p.file, p] as const))(
    '%s says when it ran, who took part and where it comes from, or says what is not known',
    (_file, page) => {
      expect(caseStudyProblems(page.file, page.data, page.body)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// Glossary terms linked on first use.
// ---------------------------------------------------------------------------------------------------

/**
 * The rule: on every page but the glossary, the first time the body uses a glossary term it links to
 * the term's entry, `[term](/guides/glossary/#term-id)`.
 *
 * - The terms are read from the glossary page itself: every `##` or `###` heading is a term, and its id
 *   is the heading id the site gives it. Add a term to the glossary and every page is checked for it.
 * - A use is the term as a whole word, in any case, with a plural "s" or "es" allowed, and a space or
 *   hyphen between its words matched either way ("grant-making" and "grant making").
 * - Not counted as uses: headings, code, the text of links (a link cannot hold another link; a link to
 *   a case study named "the London VAWG Consortium" is not a use of "consortium"), quotations (`<Quote>`
 *   and `>` blockquotes: they are other people's words), web addresses and HTML tags.
 * - Not counted either: a term inside a proper name, that is the handbook's own name ("Equitable
 *   Collaboration Handbook"), the name of an organisation the page lists in its `organisations`
 *   frontmatter (a case study of "London VAWG Consortium" need not link "consortium" in its name) or
 *   the title of a source the page lists in `sources` ("Collaboration and shared leadership"). On
 *   other pages, link such a name to its case study instead.
 * - Where terms overlap, the longest wins: "alliance commissioning" is a use of that term, not of
 *   "commissioning".
 * - Any link to a term's anchor, whatever its text, counts as linking it: "[consortia](…#consortium)".
 */
interface GlossaryTerm {
  term: string;
  id: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function termPattern(term: string): RegExp {
  const words = term
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]*')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** The glossary's terms: its `##` and `###` headings, each with the id the site gives it. */
function glossaryTerms(glossaryBody: string): GlossaryTerm[] {
  const ids = headingIds(glossaryBody);
  const terms: GlossaryTerm[] = [];
  let fenced = false;
  let index = 0;
  // The same walk as headingIds, so the n-th heading here has the n-th id there.
  for (const line of glossaryBody.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && HEADING.exec(line);
    if (!match) continue;
    const id = ids[index++]!;
    const level = match[1]!.length;
    const term = plainHeading(match[2]!);
    if ((level === 2 || level === 3) && term) terms.push({ term, id, pattern: termPattern(term) });
  }
  return terms;
}

const GLOSSARY_LINK = /^\/guides\/glossary\/#(.+)$/;

/** The page body with everything that is not the page's own running text blanked out, and its glossary links. */
function runningText(
  body: string,
  names: readonly string[] = [],
): { text: string; glossaryLinks: { offset: number; id: string }[] } {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const glossaryLinks: { offset: number; id: string }[] = [];
  let text = body
    .replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, blank) // fenced code
    .replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, blank) // quotations
    .replace(/^[ \t]*>.*$/gm, blank) // blockquotes
    .replace(/^[ \t]{0,3}#{1,6}[ \t].*$/gm, blank) // headings
    .replace(/`[^`\n]+`/g, blank) // inline code
    .replace(
      /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g,
      (match, _text: string, href: string, offset: number) => {
        const glossary = GLOSSARY_LINK.exec(href);
        if (glossary) glossaryLinks.push({ offset, id: glossary[1]! });
        return blank(match);
      },
    )
    .replace(/<[^>\n]*>/g, blank) // HTML and component tags, autolinks
    .replace(/https?:\/\/[^\s)]+/g, blank) // bare web addresses
    .replace(/[*_]/g, ' '); // emphasis marks
  for (const name of names) text = text.replace(termPattern(name), blank); // proper names
  return { text, glossaryLinks };
}

/** Each glossary term whose first use on the page is not a link to its entry, with the line it is on. */
function unlinkedFirstUses(body: string, terms: readonly GlossaryTerm[], firstLine = 1, names: readonly string[] = []): string[] {
  const { text, glossaryLinks } = runningText(body, names);
  // Every use of every term, longest first; a use inside a longer one already taken is dropped.
  const uses = terms
    .flatMap((t) =>
      [...text.matchAll(t.pattern)].map((m) => ({ id: t.id, start: m.index, end: m.index + m[0].length, words: m[0] })),
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: typeof uses = [];
  for (const use of uses) if (!taken.some((t) => use.start < t.end && t.start < use.end)) taken.push(use);

  const lineAt = (offset: number) => firstLine + body.slice(0, offset).split('\n').length - 1;
  const problems: string[] = [];
  for (const term of terms) {
    const firstUse = taken.filter((u) => u.id === term.id).sort((a, b) => a.start - b.start)[0];
    if (!firstUse) continue;
    const firstLink = glossaryLinks.find((l) => l.id === term.id);
    if (firstLink && firstLink.offset < firstUse.start) continue;
    const words = firstUse.words.replace(/\s+/g, ' ');
    problems.push(
      `line ${lineAt(firstUse.start)}: "${words}" is first used unlinked; write [${words}](/guides/glossary/#${term.id})`,
    );
  }
  return problems;
}

/**
 * The proper names a page may write without linking the terms inside them: the handbook's name, the
 * organisations it lists and the titles of the sources it cites. A name that is itself a glossary term
 * (NPC's text is titled "Equitable collaboration") is not a name for this purpose, or the term could never fail.
 */
function properNames(data: Record<string, unknown>, glossary: readonly GlossaryTerm[]): string[] {
  const organisations = Array.isArray(data['organisations'])
    ? (data['organisations'] as { name?: unknown; unnamed?: unknown }[])
    : [];
  const named = organisations.filter((o) => o && o.unnamed !== true && typeof o.name === 'string').map((o) => String(o.name));
  const titles = sourcesOf(data).flatMap((s) => (typeof s.title === 'string' ? [s.title] : []));
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  const termKeys = new Set(glossary.map((t) => key(t.term)));
  // "The London VAWG Consortium" is also written without its "The".
  return [site.title, ...titles, ...named.flatMap((name) => [name, name.replace(/^the\s+/i, '')])].filter(
    (name) => name.trim().length > 2 && !termKeys.has(key(name)),
  );
}

const glossaryPage = pages.find((p) => p.collection === 'guides' && p.id === 'glossary');
const terms = glossaryPage ? glossaryTerms(glossaryPage.body) : [];

describe('glossary terms', () => {
  const sampleGlossary = [
    'Intro.',
    '## #ShiftThePower',
    'Text.',
    '## Alliance commissioning',
    'Text.',
    '## Commissioning',
    'Text.',
    '## Participatory grant-making',
    '### Consortium',
  ].join('\n');
  const sampleTerms = glossaryTerms(sampleGlossary);

  it('reads the terms and their ids from the glossary headings', () => {
    expect(sampleTerms.map((t) => [t.term, t.id])).toEqual([
      ['#ShiftThePower', 'shiftthepower'],
      ['Alliance commissioning', 'alliance-commissioning'],
      ['Commissioning', 'commissioning'],
      ['Participatory grant-making', 'participatory-grant-making'],
      ['Consortium', 'consortium'],
    ]);
  });

  it('passes a page that links each term the first time it uses it', () => {
    const page = [
      '## Commissioning and consortia',
      'Most [commissioning](/guides/glossary/#commissioning) is competitive. Commissioning again needs no link.',
      'The [#ShiftThePower](/guides/glossary/#shiftthepower) movement, then #ShiftThePower again.',
      'Several [consortia](/guides/glossary/#consortium) bid; a consortium later.',
      'See [the London VAWG Consortium](/case-studies/london-vawg-consortium/) and `consortium` in code.',
      '<Quote source="A funder" year={2021}>Participatory grant-making works.</Quote>',
      '> Alliance commissioning, said someone.',
      'Funders use [participatory grant making](/guides/glossary/#participatory-grant-making).',
    ].join('\n');
    expect(unlinkedFirstUses(page, sampleTerms)).toEqual([]);
  });

  it('fails a page whose first use is unlinked, even if a later use is linked', () => {
    const page = [
      'Alliance commissioning came first.',
      'Then [alliance commissioning](/guides/glossary/#alliance-commissioning) was linked.',
      'Some COMMISSIONING here, and Participatory Grant Making there.',
      'A [consortium](/practices/check-before-joining-a-consortium-bid/) link is not a glossary link; a consortium.',
    ].join('\n');
    expect(unlinkedFirstUses(page, sampleTerms, 10)).toEqual([
      'line 10: "Alliance commissioning" is first used unlinked; write [Alliance commissioning](/guides/glossary/#alliance-commissioning)',
      'line 12: "COMMISSIONING" is first used unlinked; write [COMMISSIONING](/guides/glossary/#commissioning)',
      'line 12: "Participatory Grant Making" is first used unlinked; write [Participatory Grant Making](/guides/glossary/#participatory-grant-making)',
      'line 13: "consortium" is first used unlinked; write [consortium](/guides/glossary/#consortium)',
    ]);
  });

  it('treats organisation names and source titles as proper names, unless the name is itself a term', () => {
    const data = {
      organisations: [{ name: 'The London VAWG Consortium', role: 'Lead' }],
      sources: [{ title: 'Collaboration and shared leadership' }, { title: 'Commissioning' }],
    };
    expect(properNames(data, sampleTerms)).toEqual([
      site.title,
      'Collaboration and shared leadership',
      'The London VAWG Consortium',
      'London VAWG Consortium',
    ]);
  });

  it('does not count a term inside a proper name the page lists', () => {
    const page = 'The London VAWG Consortium works with others. Later, a consortium.';
    expect(unlinkedFirstUses(page, sampleTerms, 1, ['The London VAWG Consortium', 'London VAWG Consortium'])).toEqual([
      'line 1: "consortium" is first used unlinked; write [consortium](/guides/glossary/#consortium)',
    ]);
  });

  it('does not count a word that only contains a term', () => {
    expect(unlinkedFirstUses('Recommissioning and commissioningly are not terms.', sampleTerms)).toEqual([]);
  });

  it('finds the glossary and its terms', () => {
    expect(glossaryPage, 'content/guides/glossary.mdx is missing').toBeDefined();
    expect(terms.length).toBeGreaterThan(10);
  });

  it.each(pages.filter((p) => p !== glossaryPage).map((p) => [p.file, p] as const))(
    '%s links each glossary term the first time it uses it',
    (_file, page) => {
      const problems = unlinkedFirstUses(page.body, terms, page.bodyStartLine, properNames(page.data, terms)).map(
        (problem) => `${page.file} ${problem}`,
      );
      expect(problems).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// No page copies its sources.
// ---------------------------------------------------------------------------------------------------

// The source texts sit beside the repository (../shared/sources), not in it: they are other people's words,
// and a public clone does not have them. Without them there is nothing to compare against, so the check is
// skipped, and says why, wherever it runs (CI included); where they are present, it runs in full.
const sourcesDir = process.env['HANDBOOK_SOURCES_DIR'] ?? resolve(root, '../shared/sources');
const haveSources = existsSync(sourcesDir);
const skipReason = haveSources
  ? ''
  : ` [skipped: the founding texts are not at ${sourcesDir}; set HANDBOOK_SOURCES_DIR to check against them]`;

describe.skipIf(!haveSources)(`no page copies its sources (${COPY_RUN_WORDS}-word runs)${skipReason}`, () => {
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
