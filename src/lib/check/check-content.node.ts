/**
 * The content checker: every rule a page must pass, run over the whole handbook without a build.
 * One definition with two entry points: `npm run check:content` (src/cli/check-content.ts) for a
 * contributor's answer in seconds, and the build (src/integrations/content.ts), which refuses to
 * publish a handbook with any problem. It reports every problem of every file, not only the first,
 * and an unexpected failure on one file as that file's problem.
 *
 * The rules live beside it, one concern each: frontmatter fences (frontmatter.ts), YAML (check-yaml.ts),
 * fields (entry-errors.ts, from schemas.ts), characters (text-safety.ts), the page's MDX (mdx-guard.ts),
 * links (link-graph.ts), the editorial rules (editorial.ts) and the files in public/ (public-files.ts).
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCheckCache, type CheckCache } from './check-cache.node.ts';
import { plainDataProblem, yamlProblems } from '../core/check-yaml';
import { CONTENT_DIR, idOf } from '../content/content-files.node.ts';
import { COLLECTIONS, RELATED_FIELD, relatedIds } from '../content/page-kinds';
import { readFrontmatter, type PageFields } from '../content/entry-errors';
import { fenceProblem, frontmatterLine, frontmatterText, splitFrontmatter, type ContentFile } from '../core/frontmatter';
import { buildLinkGraph, type GraphPage, type LinkGraph } from '../wiki/link-graph';
import { linksOf } from '../wiki/links';
import { checkMdx, type GuardResult } from './mdx-guard';
import { checkPublicFolder, LINK_MESSAGE } from './public-files.node.ts';
import { codeOwnerTeams, ownerProblem } from '../core/owners';
import { oneWayRelations } from '../core/relations';
import { site } from '../../site.config';
import { lawProblems } from './law-check';
import {
  caseStudyProblems,
  EDITORIAL,
  glossaryTerms,
  internalLinkProblem,
  properNames,
  runningText,
  searchTermsProblem,
  unlinkedFirstUses,
  type EditorialProblem,
  type RunningText,
} from './editorial';
import type { HeadingId } from '../core/heading-ids';
import type { MdNode } from '../core/mdx-tree';
import { lifeCycleStages, LIFE_CYCLE_GUIDE } from '../content/life-cycle';
import { linkableRoutes, pageUrl } from '../content/routes';
import type { CollectionName } from '../content/page-kinds';
import { referenceFields } from '../content/schemas';
import { isSlug, slugify } from '../core/slug';
import { invisibleCharacterProblem } from '../core/text-safety';

export interface ContentProblem {
  /** Relative to the project, e.g. content/practices/x.mdx. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Limits that keep pages readable and the build fast; each message says the limit. */
export const LIMITS = {
  /** A page file; the longest first-edition page is about 10 kB. */
  pageBytes: 150_000,
  /** Any one frontmatter value. */
  valueLength: 2_000,
  /** Images on one page. */
  images: 20,
} as const;

export { yamlProblems };

/** Every text value in the frontmatter, with its `field` path. */
function stringValues(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringValues(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => stringValues(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** What the link graph needs of one page, from its parsed file and what the guard read of its text. */
export function graphPage(
  collection: CollectionName,
  file: string,
  parsed: ContentFile,
  fields: [string, CollectionName][],
  { tree, headings = [] }: Partial<GuardResult> = {},
): GraphPage {
  const { data, frontmatter } = parsed;
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
  const references = fields.flatMap(([field, target]) =>
    list(field).map((id) => ({ url: pageUrl(target, id), line: frontmatterLine(frontmatter, field, id) })),
  );
  const organisations = Array.isArray(data['organisations'])
    ? (data['organisations'] as { name?: unknown; unnamed?: unknown }[])
        .filter((o) => o && !o.unnamed && typeof o.name === 'string')
        .map((o) => String(o.name))
    : [];
  // The tree was parsed from the whole file (frontmatter blanked), so its lines are file lines.
  const { links, images } = tree ? linksOf(tree) : { links: [], images: [] };
  return {
    url: pageUrl(collection, idOf(file)),
    file,
    links,
    images,
    headingIds: headings.map((heading) => heading.id),
    references,
    questions: collection === 'questions' ? [idOf(file)] : list('questions'),
    themes: list('themes'),
    organisations,
  };
}

/** A page that passed every check, with its fields as the schema gives them: what the build will publish. */
export interface CheckedPage {
  collection: CollectionName;
  id: string;
  file: string;
  fields: PageFields;
  /** Its frontmatter text, to point at the line of a field. */
  frontmatter: string;
}

export interface ContentReport {
  problems: ContentProblem[];
  /** What a curator may want to tidy, which does not stop the build (relations stated on one side only). */
  warnings: ContentProblem[];
  pages: number;
  /** The pages without problems, in file order: the curation desk reads them (src/lib/curation/curation.ts). */
  checked: CheckedPage[];
  mediaFiles: number;
  graph: LinkGraph;
  /** Milliseconds spent on the link graph alone (for the build log and benchmarks). */
  graphMs: number;
}

type Add = (file: string, line: number, column: number, message: string) => void;

/** What a page's check yields: its part of the link graph when it could be read, its fields when they are valid. */
export interface PageResult {
  page: GraphPage;
  fields?: PageFields | undefined;
  frontmatter: string;
  /** Its running text, for the glossary rule, which needs every page's (editorial.ts). */
  running?: RunningText | undefined;
  /** Its headings: the glossary's are its terms. */
  headings?: HeadingId[] | undefined;
}

/** A page's problems (line, column, message) and what its check yields: the same for the same bytes. */
export interface Verdict {
  problems: [number, number, string][];
  result: PageResult | undefined;
  /** False when a rule failed on the page halfway: such a verdict is reported but never kept. */
  keep: boolean;
}

/** A page file to judge, with its kind. */
export interface PageTask {
  collection: CollectionName;
  file: string;
}

/**
 * Every problem of one page file, and its part of the link graph when it could be read: the work of the check that
 * depends on the page alone, so that it can be kept for the same bytes (check-cache.node.ts) and shared out among
 * processor cores (check-workers.node.ts).
 */
export function judgePage(root: string, { collection, file }: PageTask, mediaFiles: ReadonlySet<string>): Verdict {
  const problems: Verdict['problems'] = [];
  const size = lstatSync(join(root, file)).size;
  if (size > LIMITS.pageBytes) {
    const message = `is ${Math.round(size / 1000)} kB; a page may be at most ${LIMITS.pageBytes / 1000} kB. Split it into shorter pages that link to each other.`;
    return { problems: [[1, 1, message]], result: undefined, keep: false };
  }
  const fields = Object.entries(referenceFields(collection)) as [string, CollectionName][];
  try {
    const bytes = readFileSync(join(root, file));
    const result = readPage(collection, file, bytes, mediaFiles, fields, (_, line, column, message) =>
      problems.push([line, column, message]),
    );
    return { problems, result, keep: true };
  } catch (error) {
    // A rule that fails on a strange file must not hide the file or stop the others; what it found so far is kept.
    const message = `could not be checked (${(error as Error).message.split('\n')[0]}). Simplify the page, or ask the curators for help.`;
    return { problems: [...problems, [1, 1, message]], result: undefined, keep: false };
  }
}

/** Every problem of one page, read from its bytes. */
function readPage(
  collection: CollectionName,
  file: string,
  bytes: Uint8Array,
  mediaFiles: ReadonlySet<string>,
  fields: [string, CollectionName][],
  add: Add,
): PageResult | undefined {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    add(file, 1, 1, 'is not UTF-8 text. Save it again as UTF-8 (the editor and most text editors do this by default).');
    return undefined;
  }
  const invisible = invisibleCharacterProblem(source, { fileStart: true });
  if (invisible) add(file, invisible.line, invisible.column, invisible.message);

  const yamlText = frontmatterText(source);
  if (yamlText === undefined) {
    add(
      file,
      1,
      1,
      'has no frontmatter. A page starts with a block between two --- lines holding its title, summary and other fields.',
    );
    return undefined;
  }
  const fence = fenceProblem(source);
  if (fence) {
    add(file, 1, 1, fence);
    return undefined;
  }
  const unsafe = yamlProblems(yamlText.replace(/^\r?\n/, ''));
  for (const p of unsafe) add(file, p.line, 1, p.message);
  // Unsafe YAML is not parsed further (an alias bomb would blow up); a bad date does not stop the other checks.
  if (unsafe.some((p) => p.fatal !== false)) return undefined;

  let parsed: ContentFile;
  try {
    parsed = splitFrontmatter(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    add(file, (mark?.line ?? 0) + 2, 1, `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}.`);
    return undefined;
  }
  const notPlain = plainDataProblem(parsed.data);
  if (notPlain) {
    add(file, 2, 1, notPlain);
    return undefined;
  }
  const misplaced = searchTermsProblem(collection, idOf(file), parsed.data);
  if (misplaced) add(file, frontmatterLine(parsed.frontmatter, 'searchTerms'), 1, misplaced);

  // Links to other pages are checked once, by the link graph, which points at the exact line;
  // checking them here too would report each missing page twice.
  const read = readFrontmatter(collection, parsed.data, file);
  const result = (page: GraphPage, guard?: GuardResult): PageResult => ({
    page,
    fields: read.fields,
    frontmatter: parsed.frontmatter,
    running: guard?.tree ? runningText(guard.tree) : undefined,
    headings:
      collection === EDITORIAL.glossaryPage.collection && idOf(file) === EDITORIAL.glossaryPage.id ? guard?.headings : undefined,
  });
  for (const problem of read.problems) {
    add(
      file,
      frontmatterLine(parsed.frontmatter, problem.at),
      1,
      problem.field ? `field "${problem.field}": ${problem.message}` : problem.message,
    );
  }
  for (const [path, value] of stringValues(parsed.data, '')) {
    const line = frontmatterLine(parsed.frontmatter, path.split(/[.[]/)[0] ?? '');
    // YAML escapes ("\x0c", "\u202e") put characters in a value that the file itself does not show.
    const invisible = invisibleCharacterProblem(value);
    if (invisible) add(file, line, 1, `field "${path}" ${invisible.message}`);
    if (value.length > LIMITS.valueLength) {
      add(
        file,
        line,
        1,
        `field "${path}" is longer than ${LIMITS.valueLength} characters. Shorten it, or move the detail into the page text.`,
      );
    }
  }

  if (!parsed.body.trim()) {
    add(file, parsed.bodyStartLine, 1, 'the page has no text below the frontmatter. Write the page, or delete the file.');
    return result(graphPage(collection, file, parsed, fields));
  }
  const guard = checkMdx(parsed.source, mediaFiles);
  for (const p of guard.problems) add(file, p.line, p.column, `${p.construct}: ${p.message}`);
  if (guard.tree) {
    const sources = Array.isArray(parsed.data['sources']) ? (parsed.data['sources'] as { url?: unknown }[]) : [];
    for (const p of lawProblems(guard.tree, sources, (url) => frontmatterLine(parsed.frontmatter, 'sources', url))) {
      add(file, p.line, p.column, p.message);
    }
    // The life-cycle diagram (home page and the guide) is drawn from this guide's table of stages.
    const lifeCycle = collection === 'guides' && idOf(file) === LIFE_CYCLE_GUIDE ? lifeCycleStages(guard.tree) : undefined;
    if (lifeCycle && 'problem' in lifeCycle) add(file, parsed.bodyStartLine, 1, lifeCycle.problem);
  }
  const page = graphPage(collection, file, parsed, fields, guard);
  if (guard.tree && read.fields) {
    for (const p of editorialProblems(collection, read.fields, guard.tree, page, parsed)) add(file, p.line, p.column, p.message);
  }
  if (page.images.length > LIMITS.images) {
    add(
      file,
      parsed.bodyStartLine,
      1,
      `the page has ${page.images.length} images; at most ${LIMITS.images} are allowed. Keep the ones that matter most.`,
    );
  }
  return result(page, guard);
}

/** The editorial rules a single page can be judged by (editorial.ts); the glossary rule needs them all. */
function editorialProblems(
  collection: CollectionName,
  fields: PageFields,
  tree: MdNode,
  page: GraphPage,
  parsed: ContentFile,
): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  if (!isDraft(fields)) {
    const few = internalLinkProblem(page.links.length, parsed.source.trimEnd().split('\n').length);
    if (few) problems.push(few);
  }
  if (collection === 'case-studies' && 'period' in fields) {
    const facts = {
      status: fields.period.status,
      completeness: fields.completeness,
      namedOrganisations: page.organisations.length,
      sourcesWithAddress: fields.sources.filter((source) => source.url !== undefined).length,
    };
    problems.push(...caseStudyProblems(facts, tree, (field) => frontmatterLine(parsed.frontmatter, field)));
  }
  return problems;
}

const isDraft = (fields: PageFields | undefined) =>
  fields !== undefined && 'reviewStatus' in fields && fields.reviewStatus === 'draft';

/** The files of one collection's folder, with a problem for anything that cannot be a page. */
function pageFiles(root: string, collection: CollectionName, add: Add): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(root, CONTENT_DIR, collection), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  const bySlug = new Map<string, string>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name;
    const file = `${CONTENT_DIR}/${collection}/${name}`;
    if (entry.isSymbolicLink()) {
      add(file, 1, 1, LINK_MESSAGE);
      continue;
    }
    if (!entry.isFile() || !name.endsWith('.mdx')) {
      const stem = slugify(name.replace(/\.[^.]*$/, ''));
      add(
        file,
        1,
        1,
        entry.isFile()
          ? `is not a page: pages are .mdx files. Rename it to ${stem}.mdx, or move it elsewhere (images go in public/media/).`
          : `is a folder; ${CONTENT_DIR}/${collection}/ holds page files only. Move the pages in it up into ${CONTENT_DIR}/${collection}/.`,
      );
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    if (!isSlug(id)) {
      add(
        file,
        1,
        1,
        `the file name "${id}" cannot be a page address: use lower-case letters a to z, digits and single hyphens only. Rename it to ${slugify(id)}.mdx.`,
      );
    }
    const key = slugify(id);
    const twin = bySlug.get(key);
    if (twin) {
      // Blame the file whose name is not a proper address (About.mdx beside about.mdx), else the later one.
      const [offender, other] = isSlug(idOf(twin)) ? [file, twin] : [twin, file];
      add(offender, 1, 1, `has the same address as ${other}: two pages cannot share one. Rename or remove it.`);
    }
    bySlug.set(key, file);
    files.push(file);
  }
  return files;
}

/**
 * Checks every page and every public file under `root`. With `cache`, each page's verdict is kept in the
 * project's `node_modules/.cache/handbook/` and an unchanged page is not checked again (src/lib/check/check-cache.node.ts).
 */
export function checkContent(root: string, options: { cache?: boolean } = {}): ContentReport {
  // The same check on every processor core: checkContentOnEveryCore (check-workers.node.ts).
  const check = startCheck(root, options);
  return finishCheck(
    check,
    check.unjudged.map((task) => judgePage(root, task, check.mediaFiles)),
  );
}

/** What a check knows before it judges any page: the files, the problems found so far, the verdicts kept. */
export interface StartedCheck {
  root: string;
  problems: ContentProblem[];
  tasks: PageTask[];
  mediaFiles: ReadonlySet<string>;
  cache: CheckCache<Verdict> | undefined;
  /** The kept verdict of each page whose bytes are unchanged, by file. */
  kept: Map<string, Verdict>;
  /** Each page's key in the cache, by file: where its new verdict is kept. */
  keys: Map<string, string>;
  /** The pages without a kept verdict, in the order of `tasks`: the ones to judge. */
  unjudged: PageTask[];
}

/** The check up to its judging of pages: the folders, the public files, the page files and their kept verdicts. */
export function startCheck(root: string, { cache: useCache = false }: { cache?: boolean }): StartedCheck {
  const problems: ContentProblem[] = [];
  const add: Add = (file, line, column, message) => problems.push({ file, line, column, message });

  let folders: import('node:fs').Dirent[] = [];
  try {
    folders = readdirSync(join(root, CONTENT_DIR), { withFileTypes: true });
  } catch {
    add(CONTENT_DIR, 1, 1, 'the content folder is missing.');
  }
  for (const folder of folders) {
    const path = `${CONTENT_DIR}/${folder.name}`;
    if (folder.isSymbolicLink()) add(path, 1, 1, LINK_MESSAGE);
    else if (folder.isDirectory() && (COLLECTIONS as readonly string[]).includes(folder.name)) continue;
    else {
      const kinds = COLLECTIONS.map((c) => `${CONTENT_DIR}/${c}/`).join(', ');
      const inside = folder.isDirectory() ? readdirSync(join(root, path)).map((name) => `${path}/${name}`) : [path];
      for (const file of inside)
        add(
          file,
          1,
          1,
          `is in ${folder.isDirectory() ? `${path}/` : CONTENT_DIR}, which is not a kind of page. Pages go in one of: ${kinds}.`,
        );
    }
  }

  const publicFolder = checkPublicFolder(root);
  for (const p of publicFolder.problems) add(p.file, 1, 1, p.message);
  const cache = useCache ? openCheckCache<Verdict>(root, publicFolder.mediaFiles) : undefined;
  const tasks = COLLECTIONS.flatMap((collection) => pageFiles(root, collection, add).map((file) => ({ collection, file })));
  const kept = new Map<string, Verdict>();
  const keys = new Map<string, string>();
  if (cache) {
    for (const { file } of tasks) {
      // A page too large to read is judged again, by its size alone.
      if (lstatSync(join(root, file)).size > LIMITS.pageBytes) continue;
      const key = cache.key(file, readFileSync(join(root, file)));
      keys.set(file, key);
      const verdict = cache.get(key);
      if (verdict) kept.set(file, verdict);
    }
  }
  const unjudged = tasks.filter((task) => !kept.has(task.file));
  return { root, problems, tasks, mediaFiles: publicFolder.mediaFiles, cache, kept, keys, unjudged };
}

/**
 * The check with the verdicts on its unjudged pages (`judged`, in their order): each page's problems, then the rules
 * that need every page: links, glossary, owners.
 */
export function finishCheck(check: StartedCheck, judged: readonly Verdict[]): ContentReport {
  const { root, problems, tasks, cache, kept, keys, unjudged } = check;
  const add: Add = (file, line, column, message) => problems.push({ file, line, column, message });
  const verdicts = new Map(kept);
  unjudged.forEach((task, i) => {
    const verdict = judged[i]!;
    verdicts.set(task.file, verdict);
    const key = keys.get(task.file);
    if (key !== undefined && verdict.keep) cache?.set(key, verdict);
  });
  cache?.save();

  const graphPages: GraphPage[] = [];
  const read: (PageResult & { collection: CollectionName; file: string })[] = [];
  for (const { collection, file } of tasks) {
    const verdict = verdicts.get(file)!;
    for (const [line, column, message] of verdict.problems) add(file, line, column, message);
    if (verdict.result) {
      graphPages.push(verdict.result.page);
      read.push({ ...verdict.result, collection, file });
    }
  }
  const started = performance.now();
  const graph = buildLinkGraph(graphPages, linkableRoutes());
  const graphMs = performance.now() - started;
  for (const broken of graph.broken) add(broken.file, broken.line, 1, broken.message);

  // Glossary terms linked at first use: the terms are the glossary page's headings (editorial.ts).
  const glossary = read.find((page) => page.headings);
  const terms = glossary?.headings ? glossaryTerms(glossary.headings) : [];
  for (const page of read) {
    if (page === glossary || !page.running || !page.fields || isDraft(page.fields)) continue;
    const titles = 'sources' in page.fields ? page.fields.sources.map((source) => source.title) : [];
    const names = properNames(page.page.organisations, titles, terms);
    for (const p of unlinkedFirstUses(page.running, terms, names)) add(page.file, p.line, p.column, p.message);
  }

  // A page's owner is mentioned and assigned every week: only the curating cohort may be named (owners.ts).
  const codeowners = join(root, '.github', 'CODEOWNERS');
  const teams = codeOwnerTeams(existsSync(codeowners) ? readFileSync(codeowners, 'utf8') : '');
  for (const { file, fields, frontmatter } of read) {
    const owner = fields && 'owner' in fields ? fields.owner : undefined;
    const problem = typeof owner === 'string' ? ownerProblem(owner, site.curators, teams) : undefined;
    if (problem) add(file, frontmatterLine(frontmatter, 'owner'), 1, `field "owner": ${problem}`);
  }

  const failed = new Set(problems.map((p) => p.file));
  const checked = read.flatMap(({ collection, file, fields, frontmatter }) =>
    fields && !failed.has(file) ? [{ collection, id: idOf(file), file, fields, frontmatter }] : [],
  );
  const byFile = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  problems.sort(byFile);
  const warnings = relationWarnings(checked).sort(byFile);
  return { problems, warnings, pages: graphPages.length, checked, mediaFiles: check.mediaFiles.size, graph, graphMs };
}

/**
 * A practice and a case study should name each other. The site shows a relation on both pages whichever side
 * states it (src/lib/core/relations.ts), so one side only is not a problem, but a warning at the line that states it,
 * saying what to add where.
 */
function relationWarnings(pages: readonly CheckedPage[]): ContentProblem[] {
  const side = (collection: CollectionName, field: string) =>
    pages.flatMap((p) => (p.collection === collection ? [{ id: p.id, related: relatedIds(p.fields, field) }] : []));
  const sides = {
    practices: side('practices', RELATED_FIELD.practices),
    caseStudies: side('case-studies', RELATED_FIELD.caseStudies),
  };
  const byKey = new Map(pages.map((p) => [`${p.collection}/${p.id}`, p]));
  return oneWayRelations(sides).map(({ practice, caseStudy, statedBy }) => {
    const [from, fromField, to, toField, kind] =
      statedBy === 'practices'
        ? [`practices/${practice}`, RELATED_FIELD.practices, `case-studies/${caseStudy}`, RELATED_FIELD.caseStudies, 'case study']
        : [`case-studies/${caseStudy}`, RELATED_FIELD.caseStudies, `practices/${practice}`, RELATED_FIELD.practices, 'practice'];
    const stating = byKey.get(from)!;
    const other = byKey.get(to)!;
    return {
      file: stating.file,
      line: frontmatterLine(stating.frontmatter, fromField, other.id),
      column: 1,
      message: `field "${fromField}" names the ${kind} ${other.id}, which does not name this page back. Add ${stating.id} to ${toField} in ${other.file}, or remove ${other.id} here.`,
    };
  });
}

/**
 * Text as it may be printed: characters that could start a new line or a terminal escape are written as
 * \u{…}, so a file name or a value quoted in a message cannot forge lines of the report.
 */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/**
 * Problems as `file:line:column message` lines, or as GitHub workflow annotations, whose properties and
 * message are escaped as GitHub's workflow commands require (a file name cannot start a command of its own).
 */
export function formatContentProblems(
  problems: readonly ContentProblem[],
  githubActions = false,
  level: 'error' | 'warning' = 'error',
): string {
  if (githubActions) {
    const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
    return problems
      .map((p) => `::${level} file=${property(p.file)},line=${p.line},col=${p.column}::${data(p.message)}`)
      .join('\n');
  }
  return problems.map((p) => `${printable(p.file)}:${p.line}:${p.column} ${printable(p.message)}`).join('\n');
}
