/**
 * The handbook's editorial rules: what a page must hold, beyond valid fields and safe text, for a reader to
 * trust it and go on from it. The content checker (check-content.ts) applies them to every page, so
 * `npm run check:content`, the build and the editor's save report them with the file, the line and a fix.
 *
 * - **Links onward.** A page's text links to at least three other pages of the handbook: a wiki page with fewer is
 *   a dead end. A draft (`reviewStatus: draft`, such as a proposal turned into a page) is exempt until a curator
 *   reviews it.
 * - **Glossary terms linked at first use.** The first time a page's own running text uses a term of the glossary, it
 *   links to the term's entry. Drafts are exempt, as above.
 * - **Case studies say what they do not know.** A case study whose period is unknown, which is not marked complete, or
 *   which has fewer than two sources with a web address, says so in a section headed "What is not known".
 *
 * Where the handbook once disagreed with itself, the field table (page-kinds.ts) now decides: sources are at https
 * addresses (a reader's browser warns on http), a source with an address says when it was read there (pages
 * change), a guide about the handbook itself may cite no source, and a practice and a case study need not name each
 * other (a practice may come before the case that shows it; the curation desk lists both kinds of gap).
 */
import { plainText, positionOf, walk, type MdNode } from '../core/mdx-tree';
import type { HeadingId } from '../core/heading-ids';
import { site } from '../../site.config';

/** The thresholds, each said in its rule's message. */
export const EDITORIAL = {
  /** Links to other pages of the handbook a page's text holds at least. */
  internalLinks: 3,
  /** Sources with a web address a case study has, unless it says why not. */
  caseStudySourcesWithAddress: 2,
  /** The heading of the section where a case study says what its sources do not tell. */
  notKnownHeading: 'What is not known',
  /** The page whose `##` and `###` headings are the glossary's terms, and its address as pages link it. */
  glossaryPage: { collection: 'guides', id: 'glossary' },
  glossary: '/guides/glossary/',
} as const;

/**
 * Search terms kept anywhere but the glossary: search reads the glossary's list only (one list, with the terms it
 * names), so terms on another page would change nothing.
 */
export function searchTermsProblem(collection: string, id: string, data: Record<string, unknown>): string | undefined {
  const terms = data['searchTerms'];
  const { collection: glossaryKind, id: glossaryId } = EDITORIAL.glossaryPage;
  if (!Array.isArray(terms) || terms.length === 0 || (collection === glossaryKind && id === glossaryId)) return undefined;
  return `field "searchTerms": search reads the terms kept on the glossary only (content/${glossaryKind}/${glossaryId}.mdx), so these would change nothing. Move each term and its other names there, and delete the field here.`;
}

/** A problem an editorial rule found, at a line of the page's file. */
export interface EditorialProblem {
  line: number;
  column: number;
  message: string;
}

const at = (line: number, message: string): EditorialProblem => ({ line, column: 1, message });

/** A page with fewer links onward than a wiki page needs, reported at its last line, where a "see also" would go. */
export function internalLinkProblem(links: number, lastLine: number): EditorialProblem | undefined {
  if (links >= EDITORIAL.internalLinks) return undefined;
  return at(
    lastLine,
    `the page links to ${links} other page${links === 1 ? '' : 's'} of the handbook; it needs at least ${EDITORIAL.internalLinks}, so a reader can go on from it. Link the practices, case studies, questions or guides it mentions, for example [the Power question](/questions/power/).`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Case studies: what is not known.
// ---------------------------------------------------------------------------------------------------------------

/** Words a sentence about an unknown period uses ("The sources do not say when it began"). */
const PERIOD_WORDS = /\b(still|running|active|ended|ends|began|begin|started|start|closed|dates?)\b/i;
/** Words a sentence about few sources uses ("Only one source describes it, and it is not online"). */
const FEW_SOURCES_WORDS = /\b(only|single|one|few|fewer|no other|online|web|address|addresses)\b/i;
const SOURCE_WORD = /\bsources?\b/i;

const HEADING = /^h([1-6])$/;
const headingLevel = (node: MdNode) => (node.type === 'element' ? Number(HEADING.exec(String(node['tagName']))?.[1] ?? 0) : 0);

/** The text of the top-level section with this `##` heading, up to the next `#` or `##`; undefined when there is none. */
export function sectionText(tree: MdNode, heading: string): string | undefined {
  const blocks = tree.children ?? [];
  const start = blocks.findIndex(
    (node) => headingLevel(node) === 2 && plainText(node).trim().toLowerCase() === heading.toLowerCase(),
  );
  if (start < 0) return undefined;
  const text: string[] = [];
  for (const node of blocks.slice(start + 1)) {
    const level = headingLevel(node);
    if (level === 1 || level === 2) break;
    text.push(plainText(node));
  }
  return text.join(' ');
}

const sentences = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean);

/** What a case study needs of its "What is not known" section, from its fields as read and its tree. */
export interface CaseStudyFacts {
  status: string | undefined;
  completeness: string | undefined;
  namedOrganisations: number;
  sourcesWithAddress: number;
}

/** Each gap a case study leaves unexplained, at the line of the field that shows it. */
export function caseStudyProblems(facts: CaseStudyFacts, tree: MdNode, lineOf: (field: string) => number): EditorialProblem[] {
  const heading = EDITORIAL.notKnownHeading;
  const notKnown = sectionText(tree, heading);
  const says = (test: (sentence: string) => boolean) => (notKnown ? sentences(notKnown).some(test) : false);
  const problems: EditorialProblem[] = [];
  if ((facts.status ?? 'unknown') === 'unknown' && !says((s) => PERIOD_WORDS.test(s)))
    problems.push(
      at(
        lineOf('period'),
        `field "period": the status is unknown, so the page needs a "## ${heading}" section with a sentence saying what is not known about when it ran (using one of: still, running, active, ended, began, started, closed, dates). For example: "The sources do not say when it began or whether it is still running."`,
      ),
    );
  if (facts.namedOrganisations === 0)
    problems.push(
      at(
        lineOf('organisations'),
        'field "organisations": every organisation is unnamed. Name at least one, as the sources name it.',
      ),
    );
  const completeness = facts.completeness ?? 'partial';
  if (completeness !== 'complete' && notKnown === undefined)
    problems.push(
      at(
        lineOf('completeness'),
        `field "completeness": the page is marked ${completeness}, so it needs a "## ${heading}" section saying what public sources do not tell. Add one, or mark the page complete.`,
      ),
    );
  if (
    facts.sourcesWithAddress < EDITORIAL.caseStudySourcesWithAddress &&
    !says((s) => SOURCE_WORD.test(s) && FEW_SOURCES_WORDS.test(s))
  )
    problems.push(
      at(
        lineOf('sources'),
        `field "sources": ${facts.sourcesWithAddress} source${facts.sourcesWithAddress === 1 ? ' has' : 's have'} a web address; a case study needs at least ${EDITORIAL.caseStudySourcesWithAddress}, or a sentence in its "## ${heading}" section saying why (about the sources, using one of: only, single, one, few, no other, online, web, address). For example: "Only one source describes it, and it is not online."`,
      ),
    );
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Glossary terms linked at first use.
// ---------------------------------------------------------------------------------------------------------------

/** A term of the glossary: one of its `##` or `###` headings, with the id the site gives it. */
export interface GlossaryTerm {
  term: string;
  id: string;
  /** Its uses in a text (`termPattern`), made once for every page's check. */
  pattern: RegExp;
}

/** The glossary's terms, from its page's headings. */
export function glossaryTerms(headings: readonly Pick<HeadingId, 'depth' | 'text' | 'id'>[]): GlossaryTerm[] {
  return headings
    .filter((h) => (h.depth === 2 || h.depth === 3) && h.text.trim())
    .map((h) => ({ term: h.text.trim(), id: h.id, pattern: termPattern(h.text.trim()) }));
}

/**
 * A page's own running text, in pieces with where each starts, and its links to glossary entries. Left out: headings,
 * code, link text (a link cannot hold another), quotations (other people's words) and what the page names as proper
 * names (the handbook's name, its organisations, the titles of its sources), where a term is not a use.
 */
export interface RunningText {
  texts: { line: number; column: number; value: string }[];
  glossaryLinks: { line: number; column: number; id: string }[];
}

const NOT_RUNNING_TEXT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'blockquote', 'a']);
const QUOTATION_COMPONENTS = new Set(['Quote']);

/** The page's running text and glossary links, read from its tree. */
export function runningText(tree: MdNode): RunningText {
  const texts: RunningText['texts'] = [];
  const glossaryLinks: RunningText['glossaryLinks'] = [];
  const glossaryAnchor = `${EDITORIAL.glossary}#`;
  walk(tree, (node) => {
    if (node.type === 'element') {
      const tag = String(node['tagName']);
      const href = (node['properties'] as { href?: unknown } | undefined)?.href;
      if (tag === 'a' && typeof href === 'string' && href.startsWith(glossaryAnchor))
        glossaryLinks.push({ ...positionOf(node), id: href.slice(glossaryAnchor.length) });
      return !NOT_RUNNING_TEXT.has(tag);
    }
    if (String(node.type).startsWith('mdxJsx')) return !QUOTATION_COMPONENTS.has(String(node['name']));
    if (node.type === 'text') texts.push({ ...positionOf(node), value: String(node['value'] ?? '') });
    return true;
  });
  return { texts, glossaryLinks };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A term or name as a whole word, in any case, "s" or "es" after it, a space or hyphen between its words either way. */
export function termPattern(term: string): RegExp {
  const words = term
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]*')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** One pattern for a use of any of the terms (not global: for `test`), made once for each list of terms. */
const anyTermPatterns = new WeakMap<readonly GlossaryTerm[], RegExp>();
function anyOf(terms: readonly GlossaryTerm[]): RegExp {
  let pattern = anyTermPatterns.get(terms);
  if (!pattern) {
    // A pattern that matches nothing when there are no terms.
    pattern = new RegExp(terms.map((t) => `(?:${t.pattern.source})`).join('|') || '(?!)', 'iu');
    anyTermPatterns.set(terms, pattern);
  }
  return pattern;
}

/** A proper name's pattern, made once for all the pages that name it (the handbook's name is on every page). */
const patternOfName = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  let pattern = patternOfName.get(name);
  if (!pattern) {
    pattern = termPattern(name);
    patternOfName.set(name, pattern);
  }
  return pattern;
}

/**
 * The proper names a page may write without linking the terms inside them: the handbook's name, the organisations it
 * names and the titles of its sources. A name that is itself a term is not one, or that term could never be checked.
 */
export function properNames(
  organisations: readonly string[],
  sourceTitles: readonly string[],
  terms: readonly GlossaryTerm[],
): string[] {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  const termKeys = new Set(terms.map((t) => key(t.term)));
  // "The London VAWG Consortium" is also written without its "The".
  return [site.title, ...sourceTitles, ...organisations.flatMap((name) => [name, name.replace(/^the\s+/i, '')])].filter(
    (name) => name.trim().length > 2 && !termKeys.has(key(name)),
  );
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) =>
  a.line < b.line || (a.line === b.line && a.column < b.column);

/** Each term whose first use in the running text comes before any link to its entry, at that use's line. */
export function unlinkedFirstUses(
  running: RunningText,
  terms: readonly GlossaryTerm[],
  names: readonly string[] = [],
): EditorialProblem[] {
  const anyTerm = anyOf(terms);
  let namePatterns: RegExp[] | undefined;
  const firstUse = new Map<string, { line: number; column: number; words: string }>();
  for (const text of running.texts) {
    // Most pieces of text use no term: one pass tells, before any name is looked for.
    if (!anyTerm.test(text.value)) continue;
    const blank = (match: string) => ' '.repeat(match.length);
    let value = text.value;
    namePatterns ??= names.map(namePattern);
    for (const name of namePatterns) value = value.replace(name, blank);
    // Every use of every term, longest first; a use inside a longer one already taken is not a use.
    const uses = terms
      .flatMap((t) =>
        [...value.matchAll(t.pattern)].map((m) => ({ id: t.id, start: m.index, end: m.index + m[0].length, words: m[0] })),
      )
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof uses = [];
    for (const use of uses) if (!taken.some((t) => use.start < t.end && t.start < use.end)) taken.push(use);
    for (const use of taken.sort((a, b) => a.start - b.start)) {
      if (firstUse.has(use.id)) continue;
      const lines = value.slice(0, use.start).split('\n');
      const line = text.line + lines.length - 1;
      const column = lines.length > 1 ? lines.at(-1)!.length + 1 : text.column + use.start;
      firstUse.set(use.id, { line, column, words: use.words.replace(/\s+/g, ' ') });
    }
  }
  const problems: EditorialProblem[] = [];
  for (const term of terms) {
    const use = firstUse.get(term.id);
    if (!use) continue;
    const link = running.glossaryLinks.find((l) => l.id === term.id);
    if (link && before(link, use)) continue;
    problems.push({
      line: use.line,
      column: use.column,
      message: `"${use.words}" is a glossary term, first used here without a link. Link its first use: [${use.words}](${EDITORIAL.glossary}#${term.id})`,
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
